// What each dialect makes of a SQLAlchemy URL: the forms it accepts, the
// connect string its SOCI backend takes, the query keys it does not pass on.
// Private to host/dialect: each dialect object answers with its own.
#pragma once

#include <string>
#include <vector>

#include "config/db_url.h"

namespace dbm::dialect {

/// A server URL: an '@' in the database part after a password means the
/// password held an unescaped '@'. Throws ConfigError rather than print the
/// rest of it.
void check_server_url(const config::DbUrl& url);
/// A SQLite URL names a file, or memory: no user, password, host or port.
void check_sqlite_url(const config::DbUrl& url);

/// libpq conninfo: every query parameter goes to libpq, as psycopg2 passes
/// them; connect_timeout defaults to 10 s.
std::string postgresql_conninfo(const config::DbUrl& url);
/// SOCI mysql's key=value list from the pymysql query keys it knows.
std::string mysql_connect_string(const config::DbUrl& url);
/// SOCI sqlite3's `db=<file> timeout=<s>`. Throws ConfigError for URI
/// filenames and paths SOCI cannot quote.
std::string sqlite_connect_string(const config::DbUrl& url);

std::vector<std::string> postgresql_ignored_keys(const config::DbUrl& url);
std::vector<std::string> mysql_ignored_keys(const config::DbUrl& url);
std::vector<std::string> sqlite_ignored_keys(const config::DbUrl& url);

}  // namespace dbm::dialect
