// Operations written back as the C++ a revision records them with, in the
// SDK's own vocabulary (dbm/operations.h, dbm/schema.h, dbm/columns.h), so a
// file `revision --autogenerate` writes compiles as it is and records exactly
// the operations it was written from.
#pragma once

#include <string>
#include <vector>

#include "dbm/operations.h"

namespace dbm::autogenerate {

/// One statement per operation (`op.add_column("t", column("c", types::integer()));`),
/// each line indented by two spaces and ended by a newline. An alter_column
/// between two enum types of one name (other labels) is preceded by a comment:
/// PostgreSQL keeps a named type as created, so there it changes nothing.
std::string operations_source(const std::vector<Operation>& operations);

}  // namespace dbm::autogenerate
