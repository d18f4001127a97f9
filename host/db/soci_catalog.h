// The Catalog reflection runs through (dialect/catalog.h), on a SOCI session:
// owns the SOCI row plumbing so the dialect's readers see only strings.
// Private to host/db.
#pragma once

#include "dialect/catalog.h"

namespace soci {
class session;
}

namespace dbm::db {

class SociCatalog : public dialect::Catalog {
 public:
  /// REQUIRES: `session` outlives this object. `password` is scrubbed from
  /// any error text.
  SociCatalog(soci::session& session, std::string password) : session_(session), password_(std::move(password)) {}

  /// Throws DatabaseError with the database's reason on one line.
  std::vector<Row> rows(const std::string& sql, const std::optional<std::string>& name) override;

 private:
  soci::session& session_;
  std::string password_;
};

}  // namespace dbm::db
