// Reflection: the live schema of a database, read from its catalogs into the
// same model replay produces (schema::Schema of dbm::Table values), so the two
// can be compared. Reads only; knows no operations, no plugins, no SQL output.
// The catalog queries and mapping rules are the dialect's (host/dialect).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dbm/schema.h"
#include "schema/schema.h"

namespace dbm::db {

class Database;

/// Every base table of the connection's own schema (PostgreSQL current_schema(),
/// MySQL DATABASE(), SQLite main) except `exclude_tables`, sorted by name; plus
/// PostgreSQL's ENUM types of that schema in creation order. Throws
/// DatabaseError on a failing catalog query, dbm::Error on a column type the
/// model cannot express (naming table, column and type).
schema::Schema reflect_schema(Database& db,
                              const std::vector<std::string>& exclude_tables = {"alembic_version"});

/// The names of every base table of the connection's own schema, sorted, in
/// one catalog query. Throws as reflect_schema.
std::vector<std::string> table_names(Database& db);

/// One table, or nullopt when it does not exist. Throws as reflect_schema.
std::optional<Table> reflect_table(Database& db, const std::string& name);

}  // namespace dbm::db
