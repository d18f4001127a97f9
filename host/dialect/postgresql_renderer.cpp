// PostgreSQL: ALTER COLUMN in Alembic's order (TYPE, NULL, DEFAULT, then
// RENAME) and DROP CONSTRAINT by name for every constraint kind.
#include "dialect_renderers.h"
#include "dialect/quoting.h"
#include "table_sql.h"

namespace dbm::dialect::detail {
namespace {

Statements alter_column(const AlterColumn& op, const Dialect& d) {
  Statements out;
  const std::string prefix = alter_table(op.table, d) + " ALTER COLUMN " + quote(op.column, d);
  if (op.type) {
    out.push_back(prefix + " TYPE " + d.type_sql(*op.type) +
                  (op.postgresql_using.empty() ? "" : " USING " + op.postgresql_using));
  }
  if (op.nullable) out.push_back(prefix + (*op.nullable ? " DROP NOT NULL" : " SET NOT NULL"));
  if (op.server_default) {
    out.push_back(*op.server_default ? prefix + " SET DEFAULT " + default_sql(**op.server_default, d)
                                     : prefix + " DROP DEFAULT");
  }
  if (op.new_name && *op.new_name != op.column) {
    out.push_back(alter_table(op.table, d) + " RENAME " + quote(op.column, d) + " TO " +
                  quote(*op.new_name, d));
  }
  return out;
}

}  // namespace

Statements render_postgresql(const Operation& op, const schema::Schema& before, const Dialect& d) {
  if (const auto* alter = std::get_if<AlterColumn>(&op)) return alter_column(*alter, d);
  if (const auto* drop = std::get_if<DropConstraint>(&op)) {
    const auto name = dropped_constraint_name(*drop, before);
    if (!name) return {};
    return {alter_table(drop->table, d) + " DROP CONSTRAINT " + quote(*name, d)};
  }
  return render_common(op, before, d);
}

}  // namespace dbm::dialect::detail
