// Reflection on a live connection: the dialect's catalog readers, run through
// the connection's SOCI session.
#include "db/reflection.h"

#include "db/database.h"
#include "dialect/dialect.h"
#include "soci_catalog.h"

namespace dbm::db {

schema::Schema reflect_schema(Database& db, const std::vector<std::string>& exclude_tables) {
  SociCatalog catalog(db.session(), db.passwords());
  return db.dialect().reflect_schema(catalog, exclude_tables);
}

std::vector<std::string> table_names(Database& db) {
  SociCatalog catalog(db.session(), db.passwords());
  return db.dialect().reflect_table_names(catalog);
}

std::optional<Table> reflect_table(Database& db, const std::string& name) {
  SociCatalog catalog(db.session(), db.passwords());
  return db.dialect().reflect_table(catalog, name);
}

}  // namespace dbm::db
