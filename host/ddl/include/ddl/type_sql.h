// How each schema type is spelled in one dialect's DDL, as SQLAlchemy 1.4's
// type compilers spell it. Text only.
#pragma once

#include <string>

#include "dbm/schema.h"
#include "ddl/dialect.h"

namespace dbm::ddl {

/// VARCHAR(36), TIMESTAMP WITHOUT TIME ZONE, ENUM('a','b'), … Throws
/// dbm::Error("VARCHAR requires a length on dialect mysql") as SQLAlchemy does.
std::string type_sql(const Type& type, const Dialect& dialect);

}  // namespace dbm::ddl
