// Backend factories are linked in directly, so tests never depend on SOCI's plugin search path.
// Knows nothing about URL shapes beyond database_url.h.
#include "session.h"

#include <soci/mysql/soci-mysql.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "database_url.h"

namespace dbm::e2e {

std::unique_ptr<soci::session> open_session(std::string_view url) {
  const SociTarget target = soci_target(url);
  if (target.backend == "postgresql") return std::make_unique<soci::session>(soci::postgresql, target.connection);
  if (target.backend == "mysql") return std::make_unique<soci::session>(soci::mysql, target.connection);
  return std::make_unique<soci::session>(soci::sqlite3, target.connection);
}

}  // namespace dbm::e2e
