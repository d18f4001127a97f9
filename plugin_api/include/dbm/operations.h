// The operations a revision may ask for, with Alembic's verbs, recorded as
// plain data. Recording never touches a database: the host decides whether the
// operations run on a connection or are written to a script, so online and
// offline (--sql) runs share everything but the last step.
//
// Every verb takes one struct, so a call reads like Alembic's keyword
// arguments and says which field is which:
//   op.alter_column({.table = "leases", .column = "name", .nullable = false,
//                    .existing_type = types::string(80)});
// Fields are declared in Alembic's argument order (designated initializers
// must follow it); what a field leaves empty means what Alembic's None does.
// The verbs are compiled into the SDK library, not inlined into revisions.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dbm/connection.h"
#include "dbm/context.h"
#include "dbm/schema.h"

namespace dbm {

struct CreateTable {
  Table table{};
};
struct DropTable {
  std::string table{};
};
struct RenameTable {
  std::string table{};
  std::string new_name{};
};
struct AddColumn {
  std::string table{};
  Column column{};
};
struct DropColumn {
  std::string table{};
  std::string column{};
};

/// alter_column: every std::optional left empty means "unchanged". The
/// existing_* fields describe the column as it is, which MySQL's MODIFY needs.
struct AlterColumn {
  std::string table{};
  std::string column{};
  std::optional<bool> nullable{};
  /// Set to change the default; holding std::nullopt inside means DROP DEFAULT.
  std::optional<std::optional<ServerDefault>> server_default{};
  std::optional<std::string> new_name{};
  std::optional<Type> type{};
  std::optional<Type> existing_type{};
  std::optional<ServerDefault> existing_server_default{};
  std::optional<bool> existing_nullable{};
  /// Alembic's postgresql_using: how PostgreSQL converts the values when the
  /// type changes (`TYPE ... USING <expression>`); other dialects ignore it.
  std::string postgresql_using{};
};

/// An alter_column that foreign keys would block (MySQL refuses to change a
/// column a foreign key uses): the foreign keys of `tables` are dropped under
/// the names the database gave them, `alter` runs, and they are created again
/// under the same names, with the same columns, references and ON DELETE (a
/// rename in `alter` is followed). With `column` set, only the foreign keys of
/// those tables that use that column are dropped. The names come from the
/// live schema online and from the replayed schema offline, so --sql writes
/// what an online run executes.
struct AlterColumnKeepingForeignKeys {
  AlterColumn alter{};
  std::vector<std::string> tables{};
  std::string column{};
};

/// A table's column, named.
struct TableColumn {
  std::string table{};
  std::string column{};
};

/// The labels of an enum type become `values` (in that order), and so do the
/// columns using it: what `alter_column` with another sa.Enum cannot do on
/// PostgreSQL, where the labels belong to the named type (CREATE TYPE), not
/// to a column. There, labels only added are added (ALTER TYPE ... ADD VALUE,
/// in place: a row cannot hold one until its transaction commits); otherwise
/// the type is made again and every column of that type converted (USING
/// column::text: a row holding a label no longer listed makes it fail, and
/// nothing is lost). Elsewhere the type is each column's own: every column in
/// `columns` is altered to sa.Enum(values, name=name) (MySQL's MODIFY, a
/// VARCHAR long enough on SQLite). List every column that uses the type.
struct AlterEnum {
  std::string name{};
  std::vector<std::string> values{};
  std::vector<TableColumn> columns{};
};

/// create_index(index_name, table_name, columns, unique).
struct CreateIndex {
  std::string name{};
  std::string table{};
  std::vector<std::string> columns{};
  bool unique = false;
};
/// drop_index(index_name, table_name): MySQL needs the table; left empty it
/// is looked up in the schema.
struct DropIndex {
  std::string name{};
  std::string table{};
};

/// create_foreign_key(constraint_name, source_table, referent_table,
/// local_cols, remote_cols, onupdate, ondelete).
struct CreateForeignKey {
  std::string name{};  ///< empty: the database chooses
  std::string table{};
  std::string ref_table{};
  std::vector<std::string> columns{};
  std::vector<std::string> ref_columns{};
  std::string onupdate{};
  std::string ondelete{};
};
/// create_unique_constraint(constraint_name, table_name, columns).
struct CreateUniqueConstraint {
  std::string name{};  ///< empty: the database chooses
  std::string table{};
  std::vector<std::string> columns{};
};
/// create_check_constraint(constraint_name, table_name, condition).
struct CreateCheckConstraint {
  std::string name{};
  std::string table{};
  std::string condition{};  ///< SQL text, without CHECK and its parentheses
};
/// create_primary_key(constraint_name, table_name, columns).
struct CreatePrimaryKey {
  std::string name{};  ///< empty: the database chooses
  std::string table{};
  std::vector<std::string> columns{};
};

enum class ConstraintType : std::uint8_t { kForeignKey, kUnique, kCheck, kPrimary };

/// drop_constraint(constraint_name, table_name, type_). A constraint the
/// database named itself (an unnamed UNIQUE upstream) is found by `columns`
/// when `name` is empty: the host looks its name up in the schema, online or
/// offline, and a drop that finds nothing does nothing.
struct DropConstraint {
  std::string name{};
  std::string table{};
  ConstraintType type = ConstraintType::kForeignKey;
  std::vector<std::string> columns{};
};

/// SQL for one dialect, by the name Context::dialect() gives.
struct DialectSql {
  std::string dialect{};
  std::string sql{};
};

class Operations;
struct RecordedSchemaChange;

/// Raw SQL. A dialect named in `per_dialect` runs its own text; every other
/// dialect runs `sql`, or nothing when `sql` is empty.
///
/// The host reads no SQL: where it knows the schema without a database (the
/// replay behind --sql, `check`, `check --live` and `revision --autogenerate`)
/// a statement that changes the schema goes unseen, unless `schema_change`
/// tells it with the other verbs:
///   op.execute({.per_dialect = {{"postgresql", "ALTER TABLE t DROP COLUMN c"}},
///               .schema_change = [](Operations& op) { op.drop_column("t", "c"); }});
/// Those operations are only replayed, never run; a database that ran the SQL
/// is read again instead. Online, the schema is read again after raw SQL anyway.
struct Execute {
  std::string sql{};
  std::vector<DialectSql> per_dialect{};
  /// Called with a recorder of the same context when the Execute is recorded.
  void (*schema_change)(Operations&) = nullptr;
  /// What schema_change recorded; set by Operations::execute.
  std::shared_ptr<const RecordedSchemaChange> schema_change_operations{};

  /// The text `dialect` runs: its own, else `sql` ("" for nothing).
  const std::string& sql_for(std::string_view dialect) const;
};

/// A literal value for bulk_insert.
using Value = std::variant<std::monostate, std::int64_t, double, bool, std::string>;

struct BulkInsert {
  std::string table{};
  std::vector<std::string> columns{};
  std::vector<std::vector<Value>> rows{};
};

/// A data migration that needs logic: a function of the live connection.
/// Refused in offline mode unless `offline_sql` says what to write instead.
struct OnlineCallback {
  std::string description{};
  void (*run)(Connection&) = nullptr;
  std::optional<Execute> offline_sql{};
};

/// One recorded operation. Persistent across the plugin boundary: append new
/// alternatives at the end only.
using Operation =
    std::variant<CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn, CreateIndex,
                 DropIndex, CreateForeignKey, CreateUniqueConstraint, CreateCheckConstraint, CreatePrimaryKey,
                 DropConstraint, Execute, BulkInsert, OnlineCallback, AlterColumnKeepingForeignKeys, AlterEnum>;

/// The operations an Execute's schema_change recorded.
struct RecordedSchemaChange {
  std::vector<Operation> operations{};
};

/// The recorder handed to a revision's upgrade/downgrade. Each verb appends
/// one Operation; the host reads them back with operations().
class Operations {
 public:
  /// REQUIRES: `context` outlives the recorder. `revision_id` names the
  /// revision being recorded.
  Operations(const Context& context, std::string revision_id);

  const Context& context() const { return context_; }
  /// Shorthand for context().dialect(): "sqlite", "postgresql" or "mysql".
  const std::string& dialect() const { return context_.dialect(); }
  /// The id of the revision whose function is running.
  const std::string& revision_id() const { return revision_id_; }

  void create_table(Table table);
  void drop_table(std::string table);
  /// The two-argument verbs also take their struct: `op.add_column({.table = "t", .column = ...})`.
  void rename_table(std::string table, std::string new_name);
  void rename_table(RenameTable rename);
  void add_column(std::string table, Column column);
  void add_column(AddColumn add);
  void drop_column(std::string table, std::string column);
  void drop_column(DropColumn drop);
  void alter_column(AlterColumn alter);
  void alter_column_keeping_foreign_keys(AlterColumnKeepingForeignKeys alter);
  void alter_enum(AlterEnum alter);
  void create_index(CreateIndex index);
  void drop_index(DropIndex index);
  void create_foreign_key(CreateForeignKey key);
  void create_unique_constraint(CreateUniqueConstraint constraint);
  void create_check_constraint(CreateCheckConstraint constraint);
  void create_primary_key(CreatePrimaryKey key);
  void drop_constraint(DropConstraint constraint);
  /// The same SQL on every dialect.
  void execute(std::string sql);
  /// SQL per dialect, with `sql` for the dialects not named (see Execute).
  void execute(Execute execute);
  void bulk_insert(BulkInsert insert);
  /// A data migration in C++ (see OnlineCallback).
  void run_online(OnlineCallback callback);

  /// What was recorded, in order.
  const std::vector<Operation>& operations() const { return ops_; }
  /// Hands the recorded operations over, leaving the recorder empty.
  std::vector<Operation> release() { return std::move(ops_); }

 private:
  const Context& context_;
  std::string revision_id_;
  std::vector<Operation> ops_{};
};

/// add_column of a NOT NULL column without a server default, as the upstream
/// trees write it, in the steps a table with rows takes: the column is added
/// nullable, rows get the value of the SQL expression `fill` (which may read
/// the row's other columns), then it is made NOT NULL. In one step, as
/// upstream, PostgreSQL and SQLite refuse it once the table has rows (MySQL
/// fills its implicit default). The schema is the same either way; say in
/// the revision's note which value the rows get and why.
void add_column_filling_rows(Operations& op, const std::string& table, Column column, const std::string& fill);

}  // namespace dbm
