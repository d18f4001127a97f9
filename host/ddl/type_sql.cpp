// The type table. Enum is a named type on PostgreSQL (created separately, see
// create_table), inline ENUM on MySQL and VARCHAR(longest value) elsewhere,
// as SQLAlchemy's non-native Enum.
#include "ddl/type_sql.h"

#include <algorithm>

#include "ddl/quoting.h"
#include "base/error.h"

namespace dbm::ddl {
namespace {

std::string with_length(std::string base, int length) {
  return length > 0 ? base + "(" + std::to_string(length) + ")" : base;
}

std::string numeric(const Type& t) {
  if (t.precision <= 0) return "NUMERIC";
  if (t.scale <= 0) return "NUMERIC(" + std::to_string(t.precision) + ")";
  return "NUMERIC(" + std::to_string(t.precision) + ", " + std::to_string(t.scale) + ")";
}

std::string enum_sql(const Type& t, const Dialect& d) {
  if (d.name == "postgresql") return quote(t.enum_name, d);
  if (d.name == "mysql") {
    std::string out = "ENUM(";
    for (std::size_t i = 0; i < t.enum_values.size(); ++i) {
      if (i > 0) out += ",";
      std::string quoted = "'";
      for (char ch : t.enum_values[i]) {
        if (ch == '\'') quoted += '\'';
        quoted += ch;
      }
      out += quoted + "'";
    }
    return out + ")";
  }
  std::size_t longest = 0;
  for (const auto& v : t.enum_values) longest = std::max(longest, v.size());
  return "VARCHAR(" + std::to_string(longest) + ")";
}

}  // namespace

std::string type_sql(const Type& t, const Dialect& d) {
  const bool pg = d.name == "postgresql";
  const bool my = d.name == "mysql";
  switch (t.kind) {
    case TypeKind::kInteger: return "INTEGER";
    case TypeKind::kBigInteger: return "BIGINT";
    case TypeKind::kSmallInteger: return "SMALLINT";
    case TypeKind::kTinyInteger: return my ? with_length("TINYINT", t.length) : "SMALLINT";
    case TypeKind::kString:
      if (my && t.length <= 0) throw Error("VARCHAR requires a length on dialect mysql");
      return with_length("VARCHAR", t.length);
    case TypeKind::kText: return "TEXT";
    case TypeKind::kMediumText: return my ? "MEDIUMTEXT" : "TEXT";
    case TypeKind::kLongText: return my ? "LONGTEXT" : "TEXT";
    case TypeKind::kJson: return "TEXT";
    case TypeKind::kDateTime:
      if (pg) return t.timezone ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITHOUT TIME ZONE";
      return "DATETIME";
    case TypeKind::kDate: return "DATE";
    case TypeKind::kTime:
      if (pg) return t.timezone ? "TIME WITH TIME ZONE" : "TIME WITHOUT TIME ZONE";
      return "TIME";
    case TypeKind::kBoolean: return my ? "BOOL" : "BOOLEAN";
    case TypeKind::kEnum: return enum_sql(t, d);
    case TypeKind::kFloat: return with_length("FLOAT", t.precision);
    case TypeKind::kNumeric: return numeric(t);
    case TypeKind::kLargeBinary:
      if (pg) return "BYTEA";
      return my ? with_length("BLOB", t.length) : "BLOB";
    case TypeKind::kLongBinary:
      if (pg) return "BYTEA";
      return my ? "LONGBLOB" : "BLOB";
  }
  throw Error("unknown column type kind " + std::to_string(static_cast<int>(t.kind)));
}

}  // namespace dbm::ddl
