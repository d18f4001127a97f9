// The SQLAlchemy URL shapes e2e tests use, turned into SOCI connection strings.
// Test-only and deliberately narrow: the product's own URL handling lives in host/config.
#pragma once

#include <string>
#include <string_view>

namespace dbm::e2e {

/// Which SOCI backend to use and its connection string.
struct SociTarget {
  std::string backend;     ///< "postgresql", "mysql" or "sqlite3"
  std::string connection;  ///< SOCI/libpq-style "key=value ..." string
};

/// Accepts `postgresql[+driver]://user:pw@host[:port]/db`, `mysql[+driver]://user:pw@host[:port]/db`
/// (query strings ignored) and `sqlite:///relative` / `sqlite:////absolute`.
/// Throws std::invalid_argument naming the URL's scheme for anything else.
SociTarget soci_target(std::string_view url);

/// The same server URL pointing at `database` instead (query string dropped).
std::string with_database(std::string_view url, std::string_view database);

}  // namespace dbm::e2e
