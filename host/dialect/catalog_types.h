// How each database spells a column's type and server default in its catalog,
// mapped back to the schema model. Pure text in, model values out: no SQL is
// run here, and the rules are the ones listed in dialect.cpp (reflection).
#pragma once

#include <optional>
#include <string>

#include "dbm/schema.h"

namespace dbm::dialect {

/// PostgreSQL format_type() text ("character varying(36)", "numeric(11,0)",
/// "timestamp with time zone"). Enum columns are mapped by the caller.
/// Throws dbm::Error("unsupported type '<text>'").
Type postgresql_type(const std::string& formatted);

/// MySQL/MariaDB information_schema COLUMN_TYPE ("int(11)", "tinyint(1)",
/// "enum('a','b')"). Throws dbm::Error("unsupported type '<text>'").
Type mysql_type(const std::string& column_type);

/// A SQLite declared type, resolved as SQLAlchemy's SQLite dialect does: a
/// known name first, else SQLite's affinity rules. Throws dbm::Error for an
/// empty declaration (no type at all).
Type sqlite_type(const std::string& declared);

/// How a catalog spells defaults, where the databases differ.
struct DefaultSpelling {
  /// `nextval('seq')` is the database generating values, not a default (PostgreSQL).
  bool sequences = false;
  /// A boolean's default may be stored as 1/0 (where booleans are integers).
  bool integer_booleans = false;
  /// A backslash inside a quoted default escapes the next character (MySQL).
  bool backslash_escapes = false;
  /// A literal may be followed by casts: `'x'::character varying` (PostgreSQL).
  bool casts = false;
  /// A default written TRUE or FALSE is kept as written (an expression), not
  /// read as sa.true(): SQLite stores the text, and a table rebuild must write
  /// back what the revision wrote (sa.text('true') stays `true`, not `1`).
  bool boolean_keywords_as_written = false;
};

inline constexpr DefaultSpelling kPostgresqlDefaults{.sequences = true, .casts = true};
inline constexpr DefaultSpelling kMysqlDefaults{.integer_booleans = true, .backslash_escapes = true};
inline constexpr DefaultSpelling kSqliteDefaults{.integer_booleans = true, .boolean_keywords_as_written = true};

struct ReflectedDefault {
  std::optional<ServerDefault> value{};
  /// The default is the database generating values (PostgreSQL nextval()).
  bool generated = false;
};

/// A catalog's default text (`'x'::character varying`, `'x'`, `0`, `true`,
/// `now()`, `nextval('t_id_seq'::regclass)`) for a column of `type`.
ReflectedDefault reflect_default(const DefaultSpelling& spelling, const std::string& text, const Type& type);

}  // namespace dbm::dialect
