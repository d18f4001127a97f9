// The seam between host/db and a database client library. SQLite's driver is
// part of the host; PostgreSQL's and MySQL's are modules loaded only when a
// URL names their dialect, so a SQLite run never maps libpq, libmariadb and
// the ~30 libraries they pull in (Kerberos, LDAP, TLS), which cost more than
// a small SQLite migration itself.
#pragma once

#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace soci {
class backend_factory;
class session;
}  // namespace soci

namespace dbm::db {

using TextRows = std::vector<std::vector<std::optional<std::string>>>;

/// Bump when Driver changes layout or meaning.
inline constexpr unsigned kDriverApiVersion = 1;

/// The symbol a driver module exports (via BOOST_DLL_ALIAS) for `const Driver& fn()`.
#define DBM_DRIVER_SYMBOL "dbm_driver_v1"

struct Driver {
  unsigned api_version;   ///< kDriverApiVersion when built
  const char* build_tag;  ///< DBM_BUILD_TAG and project version when built: C++ types cross only if equal
  const char* dialect;    ///< "sqlite", "postgresql" or "mysql"
  const soci::backend_factory& (*factory)();
  /// Runs SQL text through the client library's own API, beneath SOCI: SOCI
  /// would parse `:name` inside arbitrary revision SQL as a bind placeholder
  /// (blazar's "physical:host", PostgreSQL's ::casts). Returns the rows the
  /// statement affected (0 for DDL); throws DatabaseError with the driver's text.
  long long (*execute)(soci::session& session, const std::string& sql);
  /// Runs a query; every cell as text, NULL as nullopt.
  TextRows (*query)(soci::session& session, const std::string& sql);
};

/// The driver for the dialect named `dialect` (Dialect::name): one linked
/// into the host, else its module, loaded on first use (thread-safe) and kept
/// for the life of the process. Throws DatabaseError when its module is
/// missing or was built by another build.
const Driver& driver_for(std::string_view dialect);

/// The one driver linked into the host (SQLite's: offline SQLite scripts run
/// on a scratch database too).
const Driver& linked_driver();

}  // namespace dbm::db
