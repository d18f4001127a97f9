// PostgreSQL: ALTER COLUMN in Alembic's order (TYPE, NULL, DEFAULT, then
// RENAME), DROP CONSTRAINT by name for every constraint kind, and an enum
// type's labels changed on the type itself.
#include <algorithm>
#include <optional>
#include <utility>

#include "dialect_renderers.h"
#include "dialect/literal.h"
#include "dialect/quoting.h"
#include "table_sql.h"
#include "schema/replay.h"

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

// Whether `after` is `before` with labels added, the old ones in their order.
bool only_adds_labels(const std::vector<std::string>& before, const std::vector<std::string>& after) {
  auto next = after.begin();
  for (const std::string& label : before) {
    next = std::find(next, after.end(), label);
    if (next == after.end()) return false;
    ++next;
  }
  return true;
}

// Labels only added: ALTER TYPE ... ADD VALUE, each placed before the first
// old label that follows it. Otherwise the type is made again under its name
// and every column of it converted through text (a row holding a label no
// longer listed fails the cast: nothing is lost), its default set aside
// while the type changes.
Statements alter_enum(const AlterEnum& op, const schema::Schema& before, const Dialect& d) {
  schema::require_enum_type(op, before);
  std::optional<std::vector<std::string>> labels;
  std::vector<std::pair<std::string, const Column*>> users;
  for (const Table& table : before.tables) {
    for (const Column& column : table.columns) {
      if (column.type.kind != TypeKind::kEnum || column.type.enum_name != op.name) continue;
      labels = column.type.enum_values;
      users.emplace_back(table.name, &column);
    }
  }
  if (labels == op.values) return {};
  const std::string type = quote(op.name, d);
  Statements out;
  if (labels && only_adds_labels(*labels, op.values)) {
    for (auto label = op.values.begin(); label != op.values.end(); ++label) {
      if (std::find(labels->begin(), labels->end(), *label) != labels->end()) continue;
      std::string sql = "ALTER TYPE " + type + " ADD VALUE " + string_literal(*label, d);
      const auto old_after = std::find_if(label, op.values.end(), [&](const std::string& v) {
        return std::find(labels->begin(), labels->end(), v) != labels->end();
      });
      if (old_after != op.values.end()) sql += " BEFORE " + string_literal(*old_after, d);
      out.push_back(std::move(sql));
    }
    return out;
  }
  const std::string old_type = quote(op.name + "_old", d);
  std::string values;
  for (const std::string& v : op.values) values += (values.empty() ? "" : ", ") + string_literal(v, d);
  out.push_back("ALTER TYPE " + type + " RENAME TO " + old_type);
  out.push_back("CREATE TYPE " + type + " AS ENUM (" + values + ")");
  for (const auto& [table, column] : users) {
    const std::string prefix = alter_table(table, d) + " ALTER COLUMN " + quote(column->name, d);
    if (column->server_default) out.push_back(prefix + " DROP DEFAULT");
    out.push_back(prefix + " TYPE " + type + " USING " + quote(column->name, d) + "::text::" + type);
    if (column->server_default) out.push_back(prefix + " SET DEFAULT " + default_sql(*column->server_default, d));
  }
  out.push_back("DROP TYPE " + old_type);
  return out;
}

}  // namespace

Statements render_postgresql(const Operation& op, const schema::Schema& before, const Dialect& d) {
  if (const auto* alter = std::get_if<AlterColumn>(&op)) return alter_column(*alter, d);
  if (const auto* alter = std::get_if<AlterEnum>(&op)) return alter_enum(*alter, before, d);
  if (const auto* drop = std::get_if<DropConstraint>(&op)) {
    const auto name = dropped_constraint_name(*drop, before);
    if (!name) return {};
    return {alter_table(drop->table, d) + " DROP CONSTRAINT " + quote(*name, d)};
  }
  return render_common(op, before, d);
}

}  // namespace dbm::dialect::detail
