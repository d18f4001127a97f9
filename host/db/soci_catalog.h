// The Catalog reflection runs through (dialect/catalog.h), on a SOCI session:
// owns the SOCI row plumbing so the dialect's readers see only strings.
// Private to host/db.
#pragma once

#include <string>
#include <vector>

#include "dialect/catalog.h"

namespace soci {
class session;
}

namespace dbm::db {

class SociCatalog : public dialect::Catalog {
 public:
  /// REQUIRES: `session` outlives this object. `passwords` are scrubbed from
  /// any error text.
  SociCatalog(soci::session& session, std::vector<std::string> passwords)
      : session_(session), passwords_(std::move(passwords)) {}

  /// Throws DatabaseError with the database's reason on one line.
  std::vector<Row> rows(const std::string& sql, const std::optional<std::string>& name) override;

 private:
  soci::session& session_;
  std::vector<std::string> passwords_;
};

}  // namespace dbm::db
