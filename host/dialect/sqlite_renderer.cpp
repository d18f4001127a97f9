// SQLite: native ALTER where SQLite has it (ADD COLUMN, RENAME column/table,
// DROP COLUMN of a plain column), a batch table rebuild for the rest.
// Alembic 1.8 emits the native text even where SQLite rejects it (ALTER
// COLUMN … DROP NOT NULL, DROP COLUMN of a keyed column); we rebuild instead.
#include <algorithm>

#include "dialect_renderers.h"
#include "dialect/quoting.h"
#include "table_sql.h"

namespace dbm::dialect::detail {
namespace {

bool has(const std::vector<std::string>& columns, const std::string& column) {
  return std::find(columns.begin(), columns.end(), column) != columns.end();
}

// SQLite 3.35+ refuses DROP COLUMN on a column that a key, index or CHECK uses.
bool column_is_keyed(const Table& t, const std::string& column) {
  if (has(schema::primary_key_columns(t), column)) return true;
  for (const auto& fk : t.foreign_keys) {
    if (has(fk.columns, column)) return true;
  }
  for (const auto& uc : t.unique_constraints) {
    if (has(uc.columns, column)) return true;
  }
  for (const auto& ix : t.indexes) {
    if (has(ix.columns, column)) return true;
  }
  return std::any_of(t.check_constraints.begin(), t.check_constraints.end(),
                     [&](const CheckConstraint& ck) { return schema::check_mentions(ck, column); });
}

}  // namespace

Statements render_sqlite(const Operation& op, const schema::Schema& before, const Dialect& d) {
  if (const auto* alter = std::get_if<AlterColumn>(&op)) {
    if (alter->type || alter->nullable || alter->server_default) {
      return sqlite_batch(op, alter->table, before, d);
    }
    if (!alter->new_name || *alter->new_name == alter->column) return {};
    return {alter_table(alter->table, d) + " RENAME " + quote(alter->column, d) + " TO " +
            quote(*alter->new_name, d)};
  }
  if (const auto* drop = std::get_if<DropColumn>(&op)) {
    if (column_is_keyed(before.table(drop->table), drop->column)) {
      return sqlite_batch(op, drop->table, before, d);
    }
    return render_common(op, before, d);
  }
  if (const auto* add = std::get_if<AddColumn>(&op); add != nullptr && add->column.unique &&
                                                     !add->column.index) {
    return sqlite_batch(op, add->table, before, d);
  }
  if (const auto* fk = std::get_if<CreateForeignKey>(&op)) return sqlite_batch(op, fk->table, before, d);
  if (const auto* uc = std::get_if<CreateUniqueConstraint>(&op)) {
    return sqlite_batch(op, uc->table, before, d);
  }
  if (const auto* ck = std::get_if<CreateCheckConstraint>(&op)) {
    return sqlite_batch(op, ck->table, before, d);
  }
  if (const auto* pk = std::get_if<CreatePrimaryKey>(&op)) return sqlite_batch(op, pk->table, before, d);
  if (const auto* drop = std::get_if<DropConstraint>(&op)) {
    if (!dropped_constraint_name(*drop, before)) return {};
    return sqlite_batch(op, drop->table, before, d);
  }
  return render_common(op, before, d);
}

}  // namespace dbm::dialect::detail
