// Test-only readers for the blazar reference data written by real Alembic
// (revisions.json and the schema dumps). Both files have a fixed, known
// layout, so a few regular expressions do; this is no general JSON parser.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <dbm/schema.h>

namespace dbm::blazar::test {

/// One entry of revisions.json.
struct RefRevision {
  std::string revision;
  std::vector<std::string> down_revision;
  std::string message;
  std::string create_date;
  std::string docstring_revises;
  std::string file;
  bool has_downgrade = false;
};

/// A column as a schema dump reports it (types and defaults as reflected).
struct RefColumn {
  std::string name;
  std::string type;
  bool nullable = true;
  std::optional<std::string> default_value;

  friend bool operator==(const RefColumn&, const RefColumn&) = default;
};

struct RefForeignKey {
  std::vector<std::string> columns;
  std::string ref_table;
  std::vector<std::string> ref_columns;

  friend auto operator<=>(const RefForeignKey&, const RefForeignKey&) = default;
};

struct RefUnique {
  std::string name;
  std::vector<std::string> columns;
};

struct RefTable {
  std::string name;
  std::vector<RefColumn> columns;
  std::vector<std::string> primary_key;
  std::vector<RefForeignKey> foreign_keys;
  std::vector<RefUnique> unique;
};

/// Absolute path of a file under tests/fixtures/blazar.
std::string reference_path(const std::string& relative);

std::string read_file(const std::string& path);

/// revisions.json in file order (upgrade order).
std::vector<RefRevision> read_revisions();

/// The tables of one schema dump ("<dialect>/<file>"), sorted by name.
std::vector<RefTable> read_schema(const std::string& relative);

/// How MySQL or PostgreSQL reports `type` in a dump (as SQLAlchemy reflects it).
std::string type_name(const Type& type, const std::string& dialect);

/// How a dump shows a server default on this dialect (sa.true() is "1" on MySQL).
std::optional<std::string> default_text(const std::optional<ServerDefault>& d, const std::string& dialect);

/// The dump's view of a column we declare.
RefColumn reflect(const Column& c, const std::string& dialect);

}  // namespace dbm::blazar::test
