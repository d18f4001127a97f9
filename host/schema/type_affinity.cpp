// The affinity table. Enum and the MySQL text variants count as strings, as
// SQLAlchemy's Enum (a String subclass) and Text.with_variant do.
#include "schema/type_affinity.h"

namespace dbm::schema {

Affinity affinity_of(TypeKind kind) {
  switch (kind) {
    case TypeKind::kInteger:
    case TypeKind::kBigInteger:
    case TypeKind::kSmallInteger:
    case TypeKind::kTinyInteger:
      return Affinity::kInteger;
    case TypeKind::kString:
    case TypeKind::kText:
    case TypeKind::kMediumText:
    case TypeKind::kLongText:
    case TypeKind::kEnum:
    case TypeKind::kJson:
    case TypeKind::kSqlJson:
      return Affinity::kString;
    case TypeKind::kFloat:
    case TypeKind::kNumeric:
      return Affinity::kNumeric;
    case TypeKind::kDateTime:
      return Affinity::kDateTime;
    case TypeKind::kDate:
      return Affinity::kDate;
    case TypeKind::kTime:
      return Affinity::kTime;
    case TypeKind::kBoolean:
      return Affinity::kBoolean;
    case TypeKind::kLargeBinary:
    case TypeKind::kLongBinary:
      return Affinity::kBinary;
  }
  return Affinity::kString;
}

}  // namespace dbm::schema
