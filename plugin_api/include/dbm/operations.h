// The operations a revision may ask for, with Alembic's verbs, recorded as
// plain data. Recording never touches a database: the host decides whether the
// operations run on a connection or are written to a script, so online and
// offline (--sql) runs share everything but the last step.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "dbm/context.h"
#include "dbm/schema.h"

namespace dbm {

struct CreateTable { Table table{}; };
struct DropTable { std::string table{}; };
struct RenameTable { std::string table{}; std::string new_name{}; };
struct AddColumn { std::string table{}; Column column{}; };
struct DropColumn { std::string table{}; std::string column{}; };

/// alter_column: every std::optional left empty means "unchanged". The
/// existing_* fields describe the column as it is, which MySQL's MODIFY needs.
struct AlterColumn {
  std::string table{};
  std::string column{};
  std::optional<std::string> new_name{};
  std::optional<Type> type{};
  std::optional<bool> nullable{};
  /// Set to change the default; holding std::nullopt inside means DROP DEFAULT.
  std::optional<std::optional<ServerDefault>> server_default{};
  std::optional<Type> existing_type{};
  std::optional<bool> existing_nullable{};
  std::optional<ServerDefault> existing_server_default{};
};

struct CreateIndex { Index index{}; };
struct DropIndex { std::string name{}; std::string table{}; };

struct CreateForeignKey { std::string table{}; ForeignKey key{}; };
struct CreateUniqueConstraint { std::string table{}; UniqueConstraint constraint{}; };
struct CreateCheckConstraint { std::string table{}; CheckConstraint constraint{}; };
struct CreatePrimaryKey { std::string table{}; PrimaryKey key{}; };

enum class ConstraintType : std::uint8_t { kForeignKey, kUnique, kCheck, kPrimary };

/// drop_constraint. A constraint the database named itself (an unnamed
/// UNIQUE in the upstream tree) is found by `columns` when `name` is empty:
/// the host looks its name up in the schema, online or offline.
struct DropConstraint {
  std::string table{};
  std::string name{};
  ConstraintType type = ConstraintType::kForeignKey;
  std::vector<std::string> columns{};
};

/// Raw SQL. `sql` is used on every dialect unless `per_dialect` has the
/// current dialect's name; a dialect with neither gets nothing.
struct Execute {
  std::string sql{};
  std::map<std::string, std::string> per_dialect{};
  bool all_dialects = true;  ///< false: only the dialects named in per_dialect
};

/// A literal value for bulk_insert.
using Value = std::variant<std::monostate, std::int64_t, double, bool, std::string>;

struct BulkInsert {
  std::string table{};
  std::vector<std::string> columns{};
  std::vector<std::vector<Value>> rows{};
};

/// The connection an online callback is given. Implemented by the host; no
/// database library type crosses into a plugin.
class Connection {
 public:
  virtual ~Connection() = default;
  /// Runs one statement that returns no rows.
  virtual void execute(const std::string& sql) = 0;
  /// Runs a query; NULL comes back as std::nullopt.
  virtual std::vector<std::vector<std::optional<std::string>>> query(const std::string& sql) = 0;
};

/// A data migration that needs logic. Refused in offline mode unless
/// `offline_sql` says what to write instead.
struct OnlineCallback {
  std::string description{};
  std::function<void(Connection&)> run{};
  std::optional<Execute> offline_sql{};
};

using Operation =
    std::variant<CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
                 CreateIndex, DropIndex, CreateForeignKey, CreateUniqueConstraint,
                 CreateCheckConstraint, CreatePrimaryKey, DropConstraint, Execute, BulkInsert,
                 OnlineCallback>;

/// The recorder handed to a revision's upgrade/downgrade. Each verb appends
/// one Operation; the host reads them back with operations().
class Operations {
 public:
  explicit Operations(const Context& context) : context_(context) {}

  const Context& context() const { return context_; }
  /// Shorthand for context().dialect(): "sqlite", "postgresql" or "mysql".
  const std::string& dialect() const { return context_.dialect(); }

  void create_table(Table table) { ops_.emplace_back(CreateTable{std::move(table)}); }
  void drop_table(std::string table) { ops_.emplace_back(DropTable{std::move(table)}); }
  void rename_table(std::string table, std::string new_name) {
    ops_.emplace_back(RenameTable{std::move(table), std::move(new_name)});
  }
  void add_column(std::string table, Column column) {
    ops_.emplace_back(AddColumn{std::move(table), std::move(column)});
  }
  void drop_column(std::string table, std::string column) {
    ops_.emplace_back(DropColumn{std::move(table), std::move(column)});
  }
  void alter_column(AlterColumn alter) { ops_.emplace_back(std::move(alter)); }
  void create_index(std::string name, std::string table, std::vector<std::string> columns,
                    bool unique = false) {
    ops_.emplace_back(CreateIndex{Index{std::move(name), std::move(table), std::move(columns), unique}});
  }
  void drop_index(std::string name, std::string table) {
    ops_.emplace_back(DropIndex{std::move(name), std::move(table)});
  }
  void create_foreign_key(std::string name, std::string table, std::string ref_table,
                          std::vector<std::string> columns, std::vector<std::string> ref_columns,
                          std::string ondelete = {}, std::string onupdate = {}) {
    ops_.emplace_back(CreateForeignKey{
        std::move(table), ForeignKey{std::move(name), std::move(columns), std::move(ref_table),
                                     std::move(ref_columns), std::move(ondelete), std::move(onupdate)}});
  }
  void create_unique_constraint(std::string name, std::string table, std::vector<std::string> columns) {
    ops_.emplace_back(CreateUniqueConstraint{std::move(table), UniqueConstraint{std::move(name), std::move(columns)}});
  }
  void create_check_constraint(std::string name, std::string table, std::string sql) {
    ops_.emplace_back(CreateCheckConstraint{std::move(table), CheckConstraint{std::move(name), std::move(sql)}});
  }
  void create_primary_key(std::string name, std::string table, std::vector<std::string> columns) {
    ops_.emplace_back(CreatePrimaryKey{std::move(table), PrimaryKey{std::move(name), std::move(columns)}});
  }
  void drop_constraint(std::string name, std::string table, ConstraintType type) {
    ops_.emplace_back(DropConstraint{std::move(table), std::move(name), type, {}});
  }
  /// Drops the constraint of `type` on exactly `columns`, whatever the database named it.
  void drop_constraint_on(std::string table, ConstraintType type, std::vector<std::string> columns) {
    ops_.emplace_back(DropConstraint{std::move(table), {}, type, std::move(columns)});
  }
  void execute(std::string sql) { ops_.emplace_back(Execute{std::move(sql), {}, true}); }
  /// One statement per dialect; dialects not named get nothing.
  void execute(std::map<std::string, std::string> per_dialect) {
    ops_.emplace_back(Execute{{}, std::move(per_dialect), false});
  }
  void bulk_insert(std::string table, std::vector<std::string> columns,
                   std::vector<std::vector<Value>> rows) {
    ops_.emplace_back(BulkInsert{std::move(table), std::move(columns), std::move(rows)});
  }
  void run_online(std::string description, std::function<void(Connection&)> run,
                  std::optional<Execute> offline_sql = std::nullopt) {
    ops_.emplace_back(OnlineCallback{std::move(description), std::move(run), std::move(offline_sql)});
  }

  const std::vector<Operation>& operations() const { return ops_; }

 private:
  const Context& context_;
  std::vector<Operation> ops_{};
};

}  // namespace dbm
