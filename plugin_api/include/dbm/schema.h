// The schema vocabulary shared by revisions, models, replay and reflection.
// Plain value types, standard library only: a plugin builds them, the host
// reads them. How a type is spelled in SQL is the host's business (its dialects).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dbm {

/// What a column holds. Kinds whose MySQL spelling differs from the other
/// dialects (MediumText, LongText, LongBinary, TinyInteger) render as their
/// portable base type elsewhere, which is what the upstream trees' variants do.
// Persistent across the plugin boundary: append new kinds at the end only.
enum class TypeKind : std::uint8_t {
  kInteger,
  kBigInteger,
  kSmallInteger,
  kString,       // VARCHAR(length); length 0 = unbounded VARCHAR
  kText,
  kMediumText,   // MEDIUMTEXT on MySQL, TEXT elsewhere
  kLongText,     // LONGTEXT on MySQL, TEXT elsewhere
  kDateTime,
  kDate,
  kTime,
  kBoolean,
  kEnum,         // named type on PostgreSQL, inline ENUM on MySQL, VARCHAR on SQLite
  kFloat,
  kNumeric,
  kLargeBinary,  // BLOB / BYTEA
  kLongBinary,   // LONGBLOB on MySQL, BLOB / BYTEA elsewhere
  kJson,         // JSON encoded as text: TEXT on every dialect
  kTinyInteger,  // TINYINT(display_width) on MySQL, SMALLINT elsewhere
  kSqlJson,      // SQLAlchemy's JSON: JSON on every dialect (MariaDB: LONGTEXT with a json_valid check)
};

struct Type {
  TypeKind kind = TypeKind::kInteger;
  int length = 0;            ///< kString, kText, kLargeBinary; display width for kTinyInteger
  int precision = 0;         ///< kNumeric, kFloat (0 = unspecified)
  int scale = 0;             ///< kNumeric
  bool timezone = false;     ///< kDateTime, kTime
  std::string enum_name{};     ///< kEnum: the PostgreSQL type name
  std::vector<std::string> enum_values{};  ///< kEnum

  friend bool operator==(const Type&, const Type&) = default;
};

/// Named constructors, so revisions read like the Alembic scripts they port
/// (compiled into the SDK library, as are the Column helpers below).
namespace types {
Type integer();
Type big_integer();
Type small_integer();
Type tiny_integer(int display_width = 1);
Type string(int length = 0);
/// TEXT, or TEXT(length) as `sa.TEXT(length=n)` spells it (MySQL then picks the
/// smallest TEXT type that holds n bytes).
Type text(int length = 0);
Type medium_text();
Type long_text();
Type date_time(bool timezone = false);
Type date();
Type time();
Type boolean();
Type enumeration(std::string name, std::vector<std::string> values);
Type floating(int precision = 0);
Type numeric(int precision = 0, int scale = 0);
Type large_binary(int length = 0);
Type long_binary();
Type json();
/// `sa.JSON`: the database's own JSON type (kSqlJson); json() is JSON kept in TEXT.
Type sql_json();
}  // namespace types

/// A server-side default. SQLAlchemy renders `sa.true()` differently per
/// dialect (`true` vs `1`), so booleans are their own kinds rather than text.
struct ServerDefault {
  enum class Kind : std::uint8_t {
    kLiteral,     ///< a string value, rendered quoted: DEFAULT 'x'
    kExpression,  ///< SQL text, rendered verbatim: DEFAULT now()
    kTrue,        ///< sa.true()
    kFalse,       ///< sa.false()
  };
  Kind kind = Kind::kLiteral;
  std::string value{};

  static ServerDefault literal(std::string v);
  static ServerDefault expression(std::string sql);
  static ServerDefault true_value();
  static ServerDefault false_value();

  friend bool operator==(const ServerDefault&, const ServerDefault&) = default;
};

/// `sa.Computed(sqltext, persisted)`: a generated column. The expression is
/// the dialect's own SQL (a revision chooses it per dialect, as upstream does).
/// PostgreSQL stores every generated column; elsewhere persisted left empty
/// means the dialect's default (VIRTUAL), true STORED, false VIRTUAL.
struct Computed {
  std::string sql{};
  std::optional<bool> persisted{};

  friend bool operator==(const Computed&, const Computed&) = default;
};

/// SQLAlchemy's `autoincrement`: kAuto gives an integer sole primary key
/// SERIAL / AUTO_INCREMENT, as SQLAlchemy does.
enum class Autoincrement : std::uint8_t { kAuto, kYes, kNo };

struct Column {
  std::string name{};
  Type type{};
  bool nullable = true;
  bool primary_key = false;
  std::optional<ServerDefault> server_default{};
  Autoincrement autoincrement = Autoincrement::kAuto;
  bool unique = false;  ///< shorthand for an unnamed one-column unique constraint
  bool index = false;   ///< shorthand for an index named ix_<table>_<column>
  std::optional<Computed> computed{};  ///< set: GENERATED ALWAYS AS (computed->sql)

  // Each returns a copy with one thing changed. Compiled into the SDK library:
  // a revision calls them dozens of times, and inlined copies of a Column
  // were most of what compiling one cost.
  Column not_null() const;
  Column primary() const;  ///< primary_key=True, which also makes it NOT NULL
  Column with_default(ServerDefault d) const;
  Column with_autoincrement(Autoincrement a) const;
  Column unique_key() const;
  Column indexed() const;
  /// `sa.Column(name, type, sa.Computed(sql, persisted))`.
  Column generated_as(std::string sql, std::optional<bool> persisted = std::nullopt) const;

  friend bool operator==(const Column&, const Column&) = default;
};

/// Fluent helpers: `column("id", types::string(36)).not_null().primary()`.
Column column(std::string name, Type type);

/// SQLAlchemy's ForeignKeyConstraint, fields in its keyword order
/// (onupdate before ondelete, as Alembic's create_foreign_key takes them).
struct ForeignKey {
  std::string name{};  ///< empty: the database chooses (e.g. PostgreSQL <table>_<col>_fkey)
  std::vector<std::string> columns{};
  std::string ref_table{};
  std::vector<std::string> ref_columns{};
  std::string onupdate{};  ///< empty = database default
  std::string ondelete{};  ///< empty = database default

  friend bool operator==(const ForeignKey&, const ForeignKey&) = default;
};

struct UniqueConstraint {
  std::string name{};  ///< empty: the database chooses
  std::vector<std::string> columns{};

  friend bool operator==(const UniqueConstraint&, const UniqueConstraint&) = default;
};

struct CheckConstraint {
  std::string name{};
  std::string sql{};

  friend bool operator==(const CheckConstraint&, const CheckConstraint&) = default;
};

struct PrimaryKey {
  std::string name{};  ///< empty: the database chooses
  std::vector<std::string> columns{};

  friend bool operator==(const PrimaryKey&, const PrimaryKey&) = default;
};

struct Index {
  std::string name{};
  std::string table{};
  std::vector<std::string> columns{};
  bool unique = false;

  friend bool operator==(const Index&, const Index&) = default;
};

/// One `key=value` table option, e.g. {"mysql_engine", "InnoDB"}.
struct TableOption {
  std::string key{};
  std::string value{};

  friend bool operator==(const TableOption&, const TableOption&) = default;
};

struct Table {
  std::string name{};
  std::vector<Column> columns{};
  /// Explicit PRIMARY KEY constraint; when empty, columns marked primary_key form it.
  PrimaryKey primary_key{};
  std::vector<ForeignKey> foreign_keys{};
  std::vector<UniqueConstraint> unique_constraints{};
  std::vector<CheckConstraint> check_constraints{};
  std::vector<Index> indexes{};
  std::vector<TableOption> options{};

  friend bool operator==(const Table&, const Table&) = default;
};

}  // namespace dbm
