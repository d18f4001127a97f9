// The dialect objects' shared behaviour, and the one place a backend's name
// picks one: every other part of the host asks the object it was handed.
#include "dialect/dialect.h"

#include <algorithm>
#include <tuple>

#include "base/error.h"
#include "catalog_readers.h"
#include "config/db_url.h"
#include "dialect/catalog.h"
#include "dialect_instances.h"
#include "table_sql.h"

// Reflection's mapping rules, shared by the three catalog readers:
// - Types: each catalog type becomes the Type whose rendering on that dialect
//   creates it (type_sql): PG real -> Float(24), double precision -> Float();
//   MySQL tinyint(1) -> Boolean (SQLAlchemy's BOOL), tinyint(n) ->
//   TinyInteger(n), double -> Float(53); SQLite by name, then by affinity.
//   MySQL enums have no type name (""). Anything else: dbm::Error.
// - Defaults: `'x'` (PG also `'x'::type`) -> literal x; true/false (and 1/0
//   on a boolean where booleans are integers) -> true/false kinds; NULL ->
//   none; PG nextval() -> no default, autoincrement kYes; anything else ->
//   expression, verbatim.
// - Autoincrement: kYes where the database generates values (PG serial or
//   identity, MySQL auto_increment, SQLite AUTOINCREMENT); kNo where the
//   renderer's kAuto would have generated but the database does not; kAuto
//   otherwise.
// - Order: tables by name; columns by position; keys, checks, indexes by name.

namespace dbm::dialect {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

bool integer_kind(TypeKind kind) {
  return kind == TypeKind::kInteger || kind == TypeKind::kBigInteger || kind == TypeKind::kSmallInteger ||
         kind == TypeKind::kTinyInteger;
}

// Mirrors the renderer's choice of the column kAuto makes SERIAL / AUTO_INCREMENT.
void settle_autoincrement(Table& table) {
  if (table.primary_key.columns.size() != 1) return;
  for (auto& c : table.columns) {
    if (c.name != table.primary_key.columns.front() || c.autoincrement != Autoincrement::kAuto) continue;
    const bool in_foreign_key = std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(),
                                            [&](const ForeignKey& fk) { return contains(fk.columns, c.name); });
    if (integer_kind(c.type.kind) && !c.server_default && !in_foreign_key) c.autoincrement = Autoincrement::kNo;
  }
}

/// Runs one reflection step, naming `what` when the catalog query fails.
template <typename Read>
auto reflecting(const std::string& what, Read read) {
  try {
    return read();
  } catch (const DatabaseError& e) {
    throw DatabaseError("Can't reflect " + what + ": " + e.what());
  }
}

}  // namespace

std::string Dialect::column_spec(const Column& c, bool) const {
  std::string out = type_sql(c.type);
  if (c.server_default) out += " DEFAULT " + default_sql(*c.server_default, *this);
  out += generated_sql(c, *this);
  if (c.nullable && !c.primary_key) return out;
  return out + " NOT NULL";
}

std::string Dialect::table_options(const Table&) const { return {}; }

std::string Dialect::begin_sql() const { return "BEGIN"; }

std::string Dialect::explain_failure(const std::string& message, bool) const { return message; }

std::vector<std::string> Dialect::enum_types(Catalog&) const { return {}; }

Table Dialect::finished(Table table) const {
  for (auto& c : table.columns) c.primary_key = contains(table.primary_key.columns, c.name);
  if (abilities_.autoincrements_sole_integer_key) settle_autoincrement(table);
  auto& fks = table.foreign_keys;
  std::sort(fks.begin(), fks.end(), [](const ForeignKey& a, const ForeignKey& b) {
    return std::tie(a.name, a.columns, a.ref_table, a.ref_columns) <
           std::tie(b.name, b.columns, b.ref_table, b.ref_columns);
  });
  auto& ucs = table.unique_constraints;
  std::sort(ucs.begin(), ucs.end(), [](const UniqueConstraint& a, const UniqueConstraint& b) {
    return std::tie(a.name, a.columns) < std::tie(b.name, b.columns);
  });
  auto& checks = table.check_constraints;
  std::sort(checks.begin(), checks.end(), [](const CheckConstraint& a, const CheckConstraint& b) {
    return std::tie(a.name, a.sql) < std::tie(b.name, b.sql);
  });
  auto& indexes = table.indexes;
  std::sort(indexes.begin(), indexes.end(), [](const Index& a, const Index& b) {
    return std::tie(a.name, a.columns) < std::tie(b.name, b.columns);
  });
  return table;
}

std::vector<std::string> Dialect::reflect_table_names(Catalog& catalog) const {
  std::vector<std::string> names = reflecting("the list of tables", [&] { return table_names(catalog); });
  std::sort(names.begin(), names.end());
  return names;
}

schema::Schema Dialect::reflect_schema(Catalog& catalog, const std::vector<std::string>& exclude) const {
  schema::Schema out;
  for (const auto& name : reflect_table_names(catalog)) {
    if (contains(exclude, name)) continue;
    out.tables.push_back(finished(reflecting("table '" + name + "'", [&] { return read_table(catalog, name); })));
  }
  out.enum_types = reflecting("the enum types", [&] { return enum_types(catalog); });
  return out;
}

std::optional<Table> Dialect::reflect_table(Catalog& catalog, const std::string& name) const {
  return reflecting("table '" + name + "'", [&]() -> std::optional<Table> {
    if (!contains(table_names(catalog), name)) return std::nullopt;
    return finished(read_table(catalog, name));
  });
}

Type column_type(const std::string& table, const std::string& column, Type (*map)(const std::string&),
                 const std::string& text) {
  try {
    return map(text);
  } catch (const DatabaseError&) {
    throw;
  } catch (const Error& e) {
    throw Error("table '" + table + "' column '" + column + "': " + e.what());
  }
}

namespace {

// The backend names SQLAlchemy 1.4 accepts for the dialects we speak; null for any other.
const Dialect* find_dialect(std::string_view backend) {
  if (backend == "sqlite") return &sqlite_dialect();
  if (backend == "postgresql" || backend == "postgres") return &postgresql_dialect();
  if (backend == "mysql" || backend == "mariadb") return &mysql_dialect();
  return nullptr;
}

[[noreturn]] void unsupported(std::string_view backend, const std::string& where) {
  throw ConfigError("unsupported database dialect '" + std::string(backend) + "'" + where +
                    ": db-manage supports sqlite, postgresql and mysql");
}

}  // namespace

const Dialect& dialect_named(std::string_view backend) {
  const Dialect* dialect = find_dialect(backend);
  if (dialect == nullptr) unsupported(backend, "");
  return *dialect;
}

const Dialect& dialect_for(const config::DbUrl& url) {
  const Dialect* dialect = find_dialect(url.backend);
  if (dialect == nullptr) unsupported(url.backend, " in URL '" + url.written + "'");
  dialect->check_url(url);
  return *dialect;
}

}  // namespace dbm::dialect
