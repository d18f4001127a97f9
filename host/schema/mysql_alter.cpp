// Port of the decision in Alembic 1.8.1's MySQLImpl.alter_column, including
// its DATETIME rule: a DATETIME column gets CHANGE unless the op sets the
// default to None, because MySQL only accepts functional defaults there.
#include "schema/mysql_alter.h"

#include "schema/type_affinity.h"

namespace dbm::schema {

MysqlAlter plan_mysql_alter(const AlterColumn& op, const Column& current) {
  MysqlAlter plan;
  const std::optional<Type> given_type = op.type ? op.type : op.existing_type;
  plan.type = given_type.value_or(current.type);
  plan.nullable = op.nullable.value_or(op.existing_nullable.value_or(true));
  plan.server_default = op.server_default ? *op.server_default : op.existing_server_default;
  plan.new_name = op.new_name.value_or(op.column);

  const bool default_set_to_none = op.server_default.has_value() && !op.server_default->has_value();
  const bool functional_default = given_type.has_value() &&
                                  affinity_of(given_type->kind) == Affinity::kDateTime &&
                                  !default_set_to_none;
  if (op.new_name.has_value() || functional_default) {
    plan.kind = MysqlAlter::Kind::kChange;
  } else if (op.nullable.has_value() || op.type.has_value()) {
    plan.kind = MysqlAlter::Kind::kModify;
  } else if (op.server_default.has_value()) {
    plan.kind = MysqlAlter::Kind::kAlterDefault;
    plan.server_default = *op.server_default;
  }
  return plan;
}

}  // namespace dbm::schema
