// One catalog reader per dialect: the facts as each database states them in
// its catalog, read through a Catalog. Dialect::reflect_schema applies what is
// common (ordering, primary-key flags, autoincrement). DatabaseError and
// dbm::Error propagate. Private to host/dialect.
#pragma once

#include <string>
#include <vector>

#include "dbm/schema.h"
#include "dialect/catalog.h"

namespace dbm::dialect {

/// Base tables of the connection's own schema, unsorted.
std::vector<std::string> postgresql_table_names(Catalog& catalog);
std::vector<std::string> mysql_table_names(Catalog& catalog);
std::vector<std::string> sqlite_table_names(Catalog& catalog);

/// REQUIRES: `name` is one of the *_table_names.
Table postgresql_table(Catalog& catalog, const std::string& name);
Table mysql_table(Catalog& catalog, const std::string& name);
Table sqlite_table(Catalog& catalog, const std::string& name);

/// PostgreSQL ENUM types of the current schema, in creation (oid) order.
std::vector<std::string> postgresql_enum_types(Catalog& catalog);

/// `map(text)`, its dbm::Error prefixed with "table 't' column 'c': ".
Type column_type(const std::string& table, const std::string& column, Type (*map)(const std::string&),
                 const std::string& text);

}  // namespace dbm::dialect
