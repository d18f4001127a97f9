// A database's schema as one text, read from its own catalog in a few
// queries: cheap enough to compare after every one of hundreds of runs (the
// crash tests), where the reference dumper's Python start-up is not. Two
// databases built by the same statements give the same text. Knows nothing
// about db-manage.
#pragma once

#include <string>

namespace dbm::e2e {

/// Tables, columns (type, nullability, default), indexes and constraints of
/// the database `url` names ("sqlite", "postgresql" or "mysql" as `dialect`),
/// each sorted, one per line; version-table rows are not part of it.
std::string schema_fingerprint(const std::string& url, const std::string& dialect);

}  // namespace dbm::e2e
