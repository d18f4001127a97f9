// The column types tacker's revisions share: its two TypeDecorators
// (tacker.db.types) and the per-dialect choices its revisions make with
// `op.get_bind().engine.name == 'postgresql'`.
#pragma once

#include <vector>

#include <dbm/columns.h>
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

/// `t` keyed by a table-level PRIMARY KEY (id) with `foreign_keys`, InnoDB on
/// MySQL: how most of tacker's tables are declared (a sole integer id gets
/// SERIAL / AUTO_INCREMENT, as SQLAlchemy gives it).
Table keyed(Table t, std::vector<ForeignKey> foreign_keys);

/// The bookkeeping columns the VNF package and LCM tables end with:
/// created_at (NOT NULL), updated_at, deleted_at, and `deleted` of `deleted`'s type.
std::vector<Column> soft_delete_columns(Type deleted);

}  // namespace dbm::tacker
