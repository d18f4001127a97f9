// The operations whose SQL is the same on every dialect (up to quoting,
// types and literals, which table_sql handles), plus PostgreSQL's CREATE TYPE
// for enums, which Alembic's create_table triggers before CREATE TABLE.
#include <algorithm>

#include "dialect_renderers.h"
#include "dialect/literal.h"
#include "dialect/quoting.h"
#include "table_sql.h"
#include "base/error.h"
#include "schema/replay.h"

namespace dbm::dialect::detail {
namespace {

// Skips types the schema already has: Alembic would emit CREATE TYPE again
// and fail on a re-upgrade after downgrade (drop_table never drops the type).
Statements create_enum_types(const std::vector<Column>& columns, const schema::Schema& before,
                             const Dialect& d) {
  Statements out;
  std::vector<std::string> seen = before.enum_types;
  for (const auto& c : columns) {
    if (c.type.kind != TypeKind::kEnum || c.type.enum_name.empty()) continue;
    if (std::find(seen.begin(), seen.end(), c.type.enum_name) != seen.end()) continue;
    seen.push_back(c.type.enum_name);
    std::string values;
    for (const auto& v : c.type.enum_values) values += (values.empty() ? "" : ", ") + string_literal(v, d);
    out.push_back("CREATE TYPE " + quote(c.type.enum_name, d) + " AS ENUM (" + values + ")");
  }
  return out;
}

Statements render_op(const CreateTable& op, const schema::Schema& before, const Dialect& d) {
  Statements out;
  if (d.abilities().named_enum_types) out = create_enum_types(op.table.columns, before, d);
  // Normalized without naming: constraints the database names stay unnamed in the DDL.
  const Table table = schema::normalized_table(op.table, schema::Schema{}, schema::DatabaseRules{});
  out.push_back(create_table_sql(table, d));
  for (const auto& ix : table.indexes) out.push_back(create_index_sql(ix, d));
  return out;
}

Statements render_op(const DropTable& op, const schema::Schema&, const Dialect& d) {
  return {"DROP TABLE " + quote(op.table, d)};
}

Statements render_op(const RenameTable& op, const schema::Schema&, const Dialect& d) {
  return {alter_table(op.table, d) + " RENAME TO " + quote(op.new_name, d)};
}

Statements render_op(const AddColumn& op, const schema::Schema& before, const Dialect& d) {
  Statements out;
  if (d.abilities().named_enum_types) out = create_enum_types({op.column}, before, d);
  Column column = op.column;
  column.primary_key = false;
  out.push_back(alter_table(op.table, d) + " ADD COLUMN " + column_sql(column, nullptr, d));
  if (op.column.index) {
    out.push_back(create_index_sql(
        Index{"ix_" + op.table + "_" + op.column.name, op.table, {op.column.name}, op.column.unique}, d));
  } else if (op.column.unique) {
    out.push_back(alter_table(op.table, d) + " ADD " + unique_sql(UniqueConstraint{"", {op.column.name}}, d));
  }
  return out;
}

Statements render_op(const DropColumn& op, const schema::Schema&, const Dialect& d) {
  return {alter_table(op.table, d) + " DROP COLUMN " + quote(op.column, d)};
}

Statements render_op(const CreateIndex& op, const schema::Schema&, const Dialect& d) {
  return {create_index_sql(schema::index_of(op), d)};
}

// MySQL needs the table; a drop_index without one finds it in the schema.
std::string index_table(const DropIndex& op, const schema::Schema& before) {
  if (!op.table.empty()) return op.table;
  for (const auto& t : before.tables) {
    for (const auto& ix : t.indexes) {
      if (ix.name == op.name) return t.name;
    }
  }
  throw Error("index '" + op.name + "' does not exist; MySQL's DROP INDEX needs its table");
}

Statements render_op(const DropIndex& op, const schema::Schema& before, const Dialect& d) {
  std::string sql = "DROP INDEX " + quote(op.name, d);
  if (d.syntax().drop_index_names_table) sql += " ON " + quote(index_table(op, before), d);
  return {sql};
}

Statements render_op(const CreateForeignKey& op, const schema::Schema&, const Dialect& d) {
  return {alter_table(op.table, d) + " ADD " + foreign_key_sql(schema::foreign_key_of(op), d)};
}

Statements render_op(const CreateUniqueConstraint& op, const schema::Schema&, const Dialect& d) {
  return {alter_table(op.table, d) + " ADD " + unique_sql(schema::unique_constraint_of(op), d)};
}

Statements render_op(const CreateCheckConstraint& op, const schema::Schema&, const Dialect& d) {
  return {alter_table(op.table, d) + " ADD " + check_sql(schema::check_constraint_of(op), d)};
}

Statements render_op(const CreatePrimaryKey& op, const schema::Schema&, const Dialect& d) {
  return {alter_table(op.table, d) + " ADD " + primary_key_sql(schema::primary_key_of(op), d)};
}

Statements render_op(const Execute& op, const schema::Schema&, const Dialect& d) {
  const std::string& sql = op.sql_for(d.name());
  // Alembic strips the text before writing it; the database ignores the difference.
  const auto first = sql.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = sql.find_last_not_of(" \t\r\n");
  return {sql.substr(first, last - first + 1)};
}

// Each step rendered by the dialect as if recorded alone, against the schema
// the steps before it leave.
Statements render_steps(const std::vector<Operation>& steps, const schema::Schema& before, const Dialect& d) {
  Statements out;
  schema::Schema schema = before;
  for (const Operation& step : steps) {
    for (auto& sql : d.render(step, schema)) out.push_back(std::move(sql));
    schema::apply(schema, step, d.rules());
  }
  return out;
}

Statements render_op(const AlterColumnKeepingForeignKeys& op, const schema::Schema& before, const Dialect& d) {
  return render_steps(schema::expanded(op, before), before, d);
}

// Where each column has its own enum type: an alter_column per column.
Statements render_op(const AlterEnum& op, const schema::Schema& before, const Dialect& d) {
  return render_steps(schema::expanded(op, before), before, d);
}

Statements render_op(const BulkInsert& op, const schema::Schema&, const Dialect& d) {
  Statements out;
  for (const auto& row : op.rows) out.push_back(insert_sql(op.table, op.columns, row, d));
  return out;
}

Statements render_op(const OnlineCallback& op, const schema::Schema& before, const Dialect& d) {
  if (!op.offline_sql) return {};
  return render_op(*op.offline_sql, before, d);
}

template <typename Op>
Statements render_op(const Op&, const schema::Schema&, const Dialect& d) {
  throw Error("internal: operation has no common rendering on " + std::string(d.name()));
}

}  // namespace

Statements render_common(const Operation& op, const schema::Schema& before, const Dialect& d) {
  return std::visit([&](const auto& concrete) { return render_op(concrete, before, d); }, op);
}

std::optional<std::string> dropped_constraint_name(const DropConstraint& op,
                                                   const schema::Schema& before) {
  if (!op.name.empty()) return op.name;
  return schema::constraint_name_on(before.table(op.table), op.type, op.columns);
}

}  // namespace dbm::dialect::detail
