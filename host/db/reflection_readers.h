// One catalog reader per dialect. Each returns the facts as the database
// states them; reflection.cpp applies what is common (ordering, primary key
// flags, autoincrement). soci::soci_error and dbm::Error propagate.
#pragma once

#include <string>
#include <vector>

#include "dbm/schema.h"

namespace soci {
class session;
}

namespace dbm::db::reflection {

/// Base tables of the connection's own schema, unsorted.
std::vector<std::string> postgresql_table_names(soci::session& session);
std::vector<std::string> mysql_table_names(soci::session& session);
std::vector<std::string> sqlite_table_names(soci::session& session);

/// REQUIRES: `name` is one of the *_table_names.
Table postgresql_table(soci::session& session, const std::string& name);
Table mysql_table(soci::session& session, const std::string& name);
Table sqlite_table(soci::session& session, const std::string& name);

/// PostgreSQL ENUM types of the current schema, in creation (oid) order.
std::vector<std::string> postgresql_enum_types(soci::session& session);

/// `map(text)`, its dbm::Error prefixed with "table 't' column 'c': ".
Type column_type(const std::string& table, const std::string& column, Type (*map)(const std::string&),
                 const std::string& text);

}  // namespace dbm::db::reflection
