// SQLite's "move and copy" (Alembic batch mode, recreate="always"): create
// _alembic_tmp_<t> in the new shape, copy the rows over, drop the old table,
// rename, re-create the indexes. The new shape comes from replaying the op on
// a copy of the schema, so rebuild and replay cannot disagree. Differences
// from Alembic: every index is re-created (Alembic 1.8 loses the ones declared
// with Column(index=True)); constraint order inside CREATE TABLE is PK, CHECK,
// FOREIGN KEY, UNIQUE (Alembic's follows Python set order and varies per run).
#include "dialect_renderers.h"
#include "dialect/quoting.h"
#include "table_sql.h"
#include "schema/replay.h"
#include "schema/type_affinity.h"

namespace dbm::dialect::detail {

Statements sqlite_batch(const Operation& op, const std::string& table_name,
                        const schema::Schema& before, const Dialect& d) {
  const Table& old_table = before.table(table_name);
  schema::Schema after = before;
  schema::apply(after, op, d.rules());
  Table new_table = after.table(table_name);

  const std::string temp = ("_alembic_tmp_" + table_name).substr(0, 50);
  const std::string source = quote(table_name, d);
  const auto* alter = std::get_if<AlterColumn>(&op);

  std::string insert_columns;
  std::string select_columns;
  for (const auto& column : new_table.columns) {
    // A renamed column is read under its old name.
    const std::string from =
        (alter != nullptr && alter->new_name && *alter->new_name == column.name) ? alter->column
                                                                                 : column.name;
    const Column* old_column = schema::find_column(old_table, from);
    if (old_column == nullptr) continue;  // added by this op: nothing to copy
    if (column.computed || old_column->computed) continue;  // computed, never copied
    std::string expr = source + "." + quote(from, d);
    if (schema::affinity_of(old_column->type.kind) != schema::affinity_of(column.type.kind) &&
        column.type.kind != TypeKind::kJson) {
      expr = "CAST(" + expr + " AS " + d.type_sql(column.type) + ") AS " + quote(from, d);
    }
    insert_columns += (insert_columns.empty() ? "" : ", ") + quote(column.name, d);
    select_columns += (select_columns.empty() ? "" : ", ") + expr;
  }

  Table temp_table = new_table;
  temp_table.name = temp;
  Statements out;
  out.push_back(create_table_sql(temp_table, d));
  out.push_back("INSERT INTO " + quote(temp, d) + " (" + insert_columns + ") SELECT " +
                select_columns + " \nFROM " + source);
  out.push_back("DROP TABLE " + source);
  out.push_back(alter_table(temp, d) + " RENAME TO " + source);
  for (const auto& ix : new_table.indexes) out.push_back(create_index_sql(ix, d));
  return out;
}

}  // namespace dbm::dialect::detail
