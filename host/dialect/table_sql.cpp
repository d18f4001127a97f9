// Shared DDL text, laid out as SQLAlchemy's compilers lay it out; what a
// dialect spells its own way (column specs, table options) it says itself.
#include "table_sql.h"

#include <algorithm>
#include <cctype>

#include "dialect/literal.h"
#include "dialect/quoting.h"
#include "base/error.h"
#include "schema/schema.h"
#include "schema/type_affinity.h"

namespace dbm::dialect {
namespace {

bool in_any_foreign_key(const Table& table, const std::string& column) {
  return std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(), [&](const ForeignKey& fk) {
    return std::find(fk.columns.begin(), fk.columns.end(), column) != fk.columns.end();
  });
}

std::string named(const std::string& name, const Dialect& d) {
  return name.empty() ? std::string() : "CONSTRAINT " + quote(name, d) + " ";
}

}  // namespace

std::string default_sql(const ServerDefault& value, const Dialect& d) {
  switch (value.kind) {
    case ServerDefault::Kind::kLiteral: return string_literal(value.value, d);
    case ServerDefault::Kind::kExpression: return value.value;
    case ServerDefault::Kind::kTrue:
    case ServerDefault::Kind::kFalse: {
      // sa.true() is a SQL element, which SQLite's compiler wraps in parentheses.
      const std::string b = boolean_literal(value.kind == ServerDefault::Kind::kTrue, d);
      return d.syntax().native_boolean ? b : "(" + b + ")";
    }
  }
  return value.value;
}

std::string autoincrement_column(const Table& table) {
  const std::vector<std::string> pk = schema::primary_key_columns(table);
  for (const auto& name : pk) {
    const Column* c = schema::find_column(table, name);
    if (c == nullptr || schema::affinity_of(c->type.kind) != schema::Affinity::kInteger) continue;
    if (c->autoincrement == Autoincrement::kYes) return c->name;
    if (pk.size() == 1 && c->autoincrement == Autoincrement::kAuto && !c->server_default &&
        !in_any_foreign_key(table, c->name)) {
      return c->name;
    }
  }
  return "";
}

std::string generated_sql(const Column& c, const Dialect& d) {
  if (!c.computed) return "";
  const std::string out = " GENERATED ALWAYS AS (" + c.computed->sql + ")";
  if (d.syntax().generated_columns_stored || c.computed->persisted == true) return out + " STORED";
  if (c.computed->persisted == false) return out + " VIRTUAL";
  return out;
}

std::string column_sql(const Column& c, const Table* table, const Dialect& d) {
  const bool autoinc = table != nullptr && !c.name.empty() && autoincrement_column(*table) == c.name;
  return quote(c.name, d) + " " + d.column_spec(c, autoinc);
}

std::string primary_key_sql(const PrimaryKey& key, const Dialect& d) {
  return named(key.name, d) + "PRIMARY KEY (" + quote_list(key.columns, d) + ")";
}

std::string foreign_key_sql(const ForeignKey& key, const Dialect& d) {
  std::string out = named(key.name, d) + "FOREIGN KEY(" + quote_list(key.columns, d) +
                    ") REFERENCES " + quote(key.ref_table, d) + " (" +
                    quote_list(key.ref_columns, d) + ")";
  if (!key.ondelete.empty()) out += " ON DELETE " + key.ondelete;
  if (!key.onupdate.empty()) out += " ON UPDATE " + key.onupdate;
  return out;
}

std::string unique_sql(const UniqueConstraint& constraint, const Dialect& d) {
  return named(constraint.name, d) + "UNIQUE (" + quote_list(constraint.columns, d) + ")";
}

std::string check_sql(const CheckConstraint& constraint, const Dialect& d) {
  return named(constraint.name, d) + "CHECK (" + constraint.sql + ")";
}

std::string create_table_sql(const Table& table, const Dialect& d) {
  std::string out = "CREATE TABLE " + quote(table.name, d) + " (";
  std::string separator = "\n";
  for (const auto& c : table.columns) {
    out += separator + "\t" + column_sql(c, &table, d);
    separator = ", \n";
  }
  std::vector<std::string> constraints;
  if (!table.primary_key.columns.empty()) constraints.push_back(primary_key_sql(table.primary_key, d));
  for (const auto& ck : table.check_constraints) constraints.push_back(check_sql(ck, d));
  for (const auto& fk : table.foreign_keys) constraints.push_back(foreign_key_sql(fk, d));
  for (const auto& uc : table.unique_constraints) constraints.push_back(unique_sql(uc, d));
  for (const auto& text : constraints) {
    out += separator + "\t" + text;
    separator = ", \n";
  }
  out += "\n)";
  out += d.table_options(table);
  return out;
}

std::string create_index_sql(const Index& index, const Dialect& d) {
  return std::string("CREATE ") + (index.unique ? "UNIQUE " : "") + "INDEX " + quote(index.name, d) +
         " ON " + quote(index.table, d) + " (" + quote_list(index.columns, d) + ")";
}

std::string alter_table(const std::string& table, const Dialect& d) {
  return "ALTER TABLE " + quote(table, d);
}

std::string insert_sql(const std::string& table, const std::vector<std::string>& columns,
                       const std::vector<Value>& row, const Dialect& d) {
  if (row.size() != columns.size()) {
    throw Error("bulk_insert into '" + table + "': a row has " + std::to_string(row.size()) +
                " values for " + std::to_string(columns.size()) + " columns");
  }
  std::string values;
  for (const auto& v : row) values += (values.empty() ? "" : ", ") + value_literal(v, d);
  return "INSERT INTO " + quote(table, d) + " (" + quote_list(columns, d) + ") VALUES (" + values + ")";
}

}  // namespace dbm::dialect
