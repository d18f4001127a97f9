// What Alembic 1.8's MySQLImpl.alter_column does with one alter_column: which
// statement (CHANGE, MODIFY, ALTER … DEFAULT) and the full column it restates.
// Shared by the MySQL renderer and replay, so the schema follows the SQL.
#pragma once

#include <optional>
#include <string>

#include "dbm/operations.h"

namespace dbm::schema {

struct MysqlAlter {
  enum class Kind : std::uint8_t { kNone, kChange, kModify, kAlterDefault };
  Kind kind = Kind::kNone;
  std::string new_name{};  ///< kChange: the name after the statement
  Type type{};
  /// Alembic restates NULL unless nullable or existing_nullable says otherwise.
  bool nullable = true;
  /// kChange/kModify: restated from server_default, else existing_server_default
  /// (a default the op does not mention is dropped, as in Alembic).
  /// kAlterDefault: the new default, std::nullopt = DROP DEFAULT.
  std::optional<ServerDefault> server_default{};
};

/// `current` supplies the type only when the op gives neither type nor
/// existing_type (where Alembic raises "… require the existing type").
MysqlAlter plan_mysql_alter(const AlterColumn& op, const Column& current);

}  // namespace dbm::schema
