// Reading Alembic's version table: one row per current head. Layout is
// persistent and shared with Alembic: version_num VARCHAR(32) NOT NULL,
// primary key <table>_pkc. Writing rows comes with the migration engine.
#pragma once

#include <string>
#include <vector>

#include "db/database.h"

namespace dbm::db {

/// Throws ConfigError unless `table` is a plain SQL identifier.
void check_version_table_name(const std::string& table);

/// The rows of `table` in stored order; empty when the table does not exist
/// (a database Alembic never touched). Never creates or changes anything.
std::vector<std::string> read_version_rows(Database& database, const std::string& table);

}  // namespace dbm::db
