// Alembic's version table, byte for byte (ANCHORS.md §2.1): its DDL and the
// row changes, for any table name. Text only.
#pragma once

#include <string>
#include <string_view>

#include "dialect/dialect.h"

namespace dbm::dialect {

/// CREATE TABLE <t> (version_num VARCHAR(32) NOT NULL, CONSTRAINT <t>_pkc PRIMARY KEY …).
std::string version_table_create(std::string_view table, const Dialect& dialect);
/// DELETE FROM <t>: every row, before stamp --purge writes its own.
std::string version_table_purge(std::string_view table, const Dialect& dialect);
/// DROP TABLE <t> (what offline 1.8.1 emits after a downgrade to base).
std::string version_table_drop(std::string_view table, const Dialect& dialect);
/// INSERT …; PostgreSQL adds ` RETURNING <t>.version_num` as SQLAlchemy 1.4 does.
std::string version_insert(std::string_view table, std::string_view version, const Dialect& dialect);
std::string version_update(std::string_view table, std::string_view from, std::string_view to,
                           const Dialect& dialect);
std::string version_delete(std::string_view table, std::string_view version, const Dialect& dialect);

}  // namespace dbm::dialect
