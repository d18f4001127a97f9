// Checks a multi-project run makes before any project starts: projects that
// share a database must not share a version table, nor create the same table.
#pragma once

#include <string>
#include <vector>

#include "config/db_url.h"

namespace dbm::dialect {
class Dialect;
}
namespace dbm::session {
class ProjectSession;
}

namespace dbm::deployment {

/// The database a URL of `dialect` points at, as far as the URL can tell:
/// dialect, host (case-insensitive; localhost, 127.0.0.1, ::1 and none are
/// one), port (the dialect's default when absent) and database name; for a
/// file database the absolute file. Two URLs with equal identities share a
/// database. An in-memory database is private to its connection: a unique
/// identity.
std::string database_identity(const config::DbUrl& url, const dialect::Dialect& dialect);

/// Every table `project` creates on the way from base to its heads (renames
/// included), plus its version table, for its URL's dialect. Recording only:
/// no database is opened.
std::vector<std::string> tables_created(session::ProjectSession& project);

/// Throws ConfigError naming both projects when two of `projects` on one
/// database would use the same version table, or create the same table.
/// Reads each project's URL (errors there propagate: they too must stop the
/// run before it starts).
void check_shared_databases(const std::vector<session::ProjectSession*>& projects);

}  // namespace dbm::deployment
