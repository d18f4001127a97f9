// SQLAlchemy's type affinity: the generic family a type belongs to. Alembic
// compares affinities to decide on CAST in SQLite batch copies and on MySQL's
// CHANGE for DATETIME defaults, so replay and the renderers share this.
#pragma once

#include "dbm/schema.h"

namespace dbm::schema {

enum class Affinity : std::uint8_t {
  kInteger, kString, kNumeric, kDateTime, kDate, kTime, kBoolean, kBinary,
};

/// Integer kinds → kInteger; String/Text/Enum/JSON → kString; Float/Numeric → kNumeric; …
Affinity affinity_of(TypeKind kind);

}  // namespace dbm::schema
