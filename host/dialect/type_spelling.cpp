// The generic type table (SQLAlchemy's GenericTypeCompiler, as SQLite uses it).
#include "type_spelling.h"

#include <algorithm>

#include "base/error.h"

namespace dbm::dialect {
namespace {

std::string numeric(const Type& t) {
  if (t.precision <= 0) return "NUMERIC";
  if (t.scale <= 0) return "NUMERIC(" + std::to_string(t.precision) + ")";
  return "NUMERIC(" + std::to_string(t.precision) + ", " + std::to_string(t.scale) + ")";
}

// SQLAlchemy's non-native Enum: a VARCHAR as long as the longest value.
std::string enum_as_varchar(const Type& t) {
  std::size_t longest = 0;
  for (const auto& v : t.enum_values) longest = std::max(longest, v.size());
  return "VARCHAR(" + std::to_string(longest) + ")";
}

}  // namespace

std::string with_length(const std::string& base, int length) {
  return length > 0 ? base + "(" + std::to_string(length) + ")" : base;
}

std::string generic_type_sql(const Type& t) {
  switch (t.kind) {
    case TypeKind::kInteger: return "INTEGER";
    case TypeKind::kBigInteger: return "BIGINT";
    case TypeKind::kSmallInteger: return "SMALLINT";
    case TypeKind::kTinyInteger: return "SMALLINT";
    case TypeKind::kString: return with_length("VARCHAR", t.length);
    case TypeKind::kText: return with_length("TEXT", t.length);
    case TypeKind::kMediumText:
    case TypeKind::kLongText:
    case TypeKind::kJson: return "TEXT";
    case TypeKind::kDateTime: return "DATETIME";
    case TypeKind::kDate: return "DATE";
    case TypeKind::kTime: return "TIME";
    case TypeKind::kBoolean: return "BOOLEAN";
    case TypeKind::kEnum: return enum_as_varchar(t);
    case TypeKind::kFloat: return with_length("FLOAT", t.precision);
    case TypeKind::kNumeric: return numeric(t);
    case TypeKind::kLargeBinary: return with_length("BLOB", t.length);
    case TypeKind::kLongBinary: return "BLOB";
    case TypeKind::kSqlJson: return "JSON";
  }
  throw Error("unknown column type kind " + std::to_string(static_cast<int>(t.kind)));
}

}  // namespace dbm::dialect
