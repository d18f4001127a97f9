// The recorder's verbs: each appends one operation. Compiled once into the
// SDK library rather than into every revision that calls them.
#include "dbm/operations.h"

namespace dbm {

const std::string& Execute::sql_for(std::string_view dialect) const {
  for (const DialectSql& own : per_dialect) {
    if (own.dialect == dialect) return own.sql;
  }
  return sql;
}

Operations::Operations(const Context& context, std::string revision_id)
    : context_(context), revision_id_(std::move(revision_id)) {}

void Operations::create_table(Table table) { ops_.emplace_back(CreateTable{std::move(table)}); }

void Operations::drop_table(std::string table) { ops_.emplace_back(DropTable{std::move(table)}); }

void Operations::rename_table(std::string table, std::string new_name) {
  rename_table(RenameTable{std::move(table), std::move(new_name)});
}

void Operations::rename_table(RenameTable rename) { ops_.emplace_back(std::move(rename)); }

void Operations::add_column(std::string table, Column column) {
  add_column(AddColumn{std::move(table), std::move(column)});
}

void Operations::add_column(AddColumn add) { ops_.emplace_back(std::move(add)); }

void Operations::drop_column(std::string table, std::string column) {
  drop_column(DropColumn{std::move(table), std::move(column)});
}

void Operations::drop_column(DropColumn drop) { ops_.emplace_back(std::move(drop)); }

void Operations::alter_column(AlterColumn alter) { ops_.emplace_back(std::move(alter)); }
void Operations::alter_column_keeping_foreign_keys(AlterColumnKeepingForeignKeys alter) {
  ops_.emplace_back(std::move(alter));
}

void Operations::alter_enum(AlterEnum alter) { ops_.emplace_back(std::move(alter)); }

void Operations::create_index(CreateIndex index) { ops_.emplace_back(std::move(index)); }

void Operations::drop_index(DropIndex index) { ops_.emplace_back(std::move(index)); }

void Operations::create_foreign_key(CreateForeignKey key) { ops_.emplace_back(std::move(key)); }

void Operations::create_unique_constraint(CreateUniqueConstraint constraint) {
  ops_.emplace_back(std::move(constraint));
}

void Operations::create_check_constraint(CreateCheckConstraint constraint) {
  ops_.emplace_back(std::move(constraint));
}

void Operations::create_primary_key(CreatePrimaryKey key) { ops_.emplace_back(std::move(key)); }

void Operations::drop_constraint(DropConstraint constraint) { ops_.emplace_back(std::move(constraint)); }

void Operations::execute(std::string sql) { ops_.emplace_back(Execute{std::move(sql), {}}); }

void Operations::execute(Execute execute) {
  if (execute.schema_change != nullptr) {
    Operations change(context_, revision_id_);
    execute.schema_change(change);
    execute.schema_change_operations =
        std::make_shared<const RecordedSchemaChange>(RecordedSchemaChange{change.release()});
  }
  ops_.emplace_back(std::move(execute));
}

void Operations::bulk_insert(BulkInsert insert) { ops_.emplace_back(std::move(insert)); }

void Operations::run_online(OnlineCallback callback) { ops_.emplace_back(std::move(callback)); }

void add_column_filling_rows(Operations& op, const std::string& table, Column column, const std::string& fill) {
  const std::string name = column.name;
  const Type type = column.type;
  column.nullable = true;
  op.add_column(table, std::move(column));
  op.execute("UPDATE " + table + " SET " + name + " = " + fill + " WHERE " + name + " IS NULL");
  op.alter_column({.table = table, .column = name, .nullable = false, .existing_type = type});
}

}  // namespace dbm
