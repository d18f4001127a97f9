// How SQLAlchemy's generic type compiler spells each type, which is SQLite's
// spelling and the base the other dialects override kind by kind
// (Dialect::type_sql). Private to host/dialect.
#pragma once

#include <string>

#include "dbm/schema.h"

namespace dbm::dialect {

/// INTEGER, VARCHAR(36), DATETIME, BOOLEAN, BLOB, VARCHAR(<longest value>) for
/// an enum (SQLAlchemy's non-native Enum), …
std::string generic_type_sql(const Type& type);

/// `base(length)`, or `base` alone for length 0.
std::string with_length(const std::string& base, int length);

}  // namespace dbm::dialect
