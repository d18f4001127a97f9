// MySQL: alter_column restates the whole column (MODIFY / CHANGE) from the
// op's existing_* values, as Alembic's MySQLImpl does (alter_enum too, each
// table's columns in one statement); constraints are dropped with the
// statement their kind needs.
#include <algorithm>
#include <utility>

#include "dialect_renderers.h"
#include "dialect/quoting.h"
#include "table_sql.h"
#include "schema/mysql_alter.h"
#include "schema/replay.h"

namespace dbm::dialect::detail {
namespace {

std::string restated(const schema::MysqlAlter& plan, const Dialect& d) {
  std::string spec = d.type_sql(plan.type) + (plan.nullable ? " NULL" : " NOT NULL");
  if (plan.server_default) spec += " DEFAULT " + default_sql(*plan.server_default, d);
  return spec;
}

Statements alter_column(const AlterColumn& op, const schema::Schema& before, const Dialect& d) {
  const Column& current = schema::column_of(before.table(op.table), op.column);
  const schema::MysqlAlter plan = schema::plan_mysql_alter(op, current);
  const std::string prefix = alter_table(op.table, d);
  switch (plan.kind) {
    case schema::MysqlAlter::Kind::kChange:
      return {prefix + " CHANGE " + quote(op.column, d) + " " + quote(plan.new_name, d) + " " +
              restated(plan, d)};
    case schema::MysqlAlter::Kind::kModify:
      return {prefix + " MODIFY " + quote(op.column, d) + " " + restated(plan, d)};
    case schema::MysqlAlter::Kind::kAlterDefault:
      return {prefix + " ALTER COLUMN " + quote(op.column, d) +
              (plan.server_default ? " SET DEFAULT " + default_sql(*plan.server_default, d)
                                   : " DROP DEFAULT")};
    case schema::MysqlAlter::Kind::kNone:
      break;
  }
  return {};
}

// One ALTER TABLE per table, a MODIFY per listed column: MySQL's DDL is not
// transactional, and a row holding a label no longer listed must leave every
// column as it was, not the first ones changed.
Statements alter_enum(const AlterEnum& op, const schema::Schema& before, const Dialect& d) {
  std::vector<std::pair<std::string, std::string>> clauses_by_table;
  for (const Operation& step : schema::expanded(op, before)) {
    const auto& alter = std::get<AlterColumn>(step);
    const schema::MysqlAlter plan =
        schema::plan_mysql_alter(alter, schema::column_of(before.table(alter.table), alter.column));
    const std::string clause = "MODIFY " + quote(alter.column, d) + " " + restated(plan, d);
    auto same_table = std::find_if(clauses_by_table.begin(), clauses_by_table.end(),
                                   [&](const auto& entry) { return entry.first == alter.table; });
    if (same_table == clauses_by_table.end()) {
      clauses_by_table.emplace_back(alter.table, clause);
    } else {
      same_table->second += ", " + clause;
    }
  }
  Statements out;
  for (const auto& [table, clauses] : clauses_by_table) out.push_back(alter_table(table, d) + " " + clauses);
  return out;
}

// CHECK is dropped with MariaDB's DROP CONSTRAINT (which MySQL ≥ 8.0.19 also
// accepts); Alembic's offline `mysql://` spelling, DROP CHECK, fails on MariaDB.
Statements drop_constraint(const DropConstraint& op, const schema::Schema& before, const Dialect& d) {
  const auto name = dropped_constraint_name(op, before);
  if (!name) return {};
  const std::string prefix = alter_table(op.table, d);
  switch (op.type) {
    case ConstraintType::kForeignKey: return {prefix + " DROP FOREIGN KEY " + quote(*name, d)};
    case ConstraintType::kUnique: return {prefix + " DROP INDEX " + quote(*name, d)};
    case ConstraintType::kPrimary: return {prefix + " DROP PRIMARY KEY"};
    case ConstraintType::kCheck: return {prefix + " DROP CONSTRAINT " + quote(*name, d)};
  }
  return {};
}

}  // namespace

Statements render_mysql(const Operation& op, const schema::Schema& before, const Dialect& d) {
  if (const auto* alter = std::get_if<AlterColumn>(&op)) return alter_column(*alter, before, d);
  if (const auto* drop = std::get_if<DropConstraint>(&op)) return drop_constraint(*drop, before, d);
  if (const auto* alter = std::get_if<AlterEnum>(&op)) return alter_enum(*alter, before, d);
  return render_common(op, before, d);
}

}  // namespace dbm::dialect::detail
