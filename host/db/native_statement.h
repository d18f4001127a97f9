// Runs SQL text through each driver's own API, beneath SOCI. Statements from
// revisions are arbitrary SQL: SOCI would parse `:name` inside them as bind
// placeholders (blazar's "physical:host", PostgreSQL's ::casts), so text is
// handed to the driver exactly as written.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace dbm::db {

using TextRows = std::vector<std::vector<std::optional<std::string>>>;

/// Runs one statement; returns the rows it affected (0 for DDL). Throws
/// DatabaseError carrying the driver's own message, on one line.
long long execute_native(soci::session& session, const std::string& dialect, const std::string& sql);

/// Runs a query and returns every cell as text (NULL as nullopt).
TextRows query_native(soci::session& session, const std::string& dialect, const std::string& sql);

}  // namespace dbm::db
