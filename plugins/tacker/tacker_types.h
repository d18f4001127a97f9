// The column types tacker's revisions share: its two TypeDecorators
// (tacker.db.types) and the per-dialect choices its revisions make with
// `op.get_bind().engine.name == 'postgresql'`.
#pragma once

#include <string>

#include <dbm/operations.h>
#include <dbm/schema.h>

namespace dbm::tacker {

/// tacker's `types.Uuid`: VARCHAR(36) (also when upstream passes length=36).
Type uuid();
/// tacker's `types.Json`: JSON kept in TEXT (unlike `sa.JSON`, types::sql_json()).
Type json_text();
/// `sa.PickleType`: BYTEA on PostgreSQL, BLOB elsewhere.
Type pickle();
/// `deleted_type`: SMALLINT on PostgreSQL, BOOLEAN elsewhere.
Type deleted_type(const Operations& op);
/// `text_type_maxlen`: VARCHAR(65535) on PostgreSQL, TEXT(65535) elsewhere.
Type text_type_maxlen(const Operations& op);

/// Makes `column` of `table`, just added as nullable, NOT NULL after giving
/// the rows that have none the value of the SQL expression `fill`. Upstream
/// adds such columns NOT NULL without a default in one step, which only an
/// empty table takes on PostgreSQL and SQLite (MySQL fills '' or 0). The
/// schema is the same either way; rows survive with a meaningful value.
void fill_then_require(Operations& op, const std::string& table, const std::string& column, const Type& type,
                       const std::string& fill);

}  // namespace dbm::tacker
