#include "support/schema_fingerprint.h"

#include <algorithm>
#include <vector>

#include "support/query_rows.h"

namespace dbm::e2e {
namespace {

std::vector<std::string> catalog_queries(const std::string& dialect) {
  if (dialect == "sqlite") {
    // SQLite keeps each object's CREATE statement; a table rebuilt by the
    // batch path is re-created with the same text.
    return {"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"};
  }
  if (dialect == "postgresql") {
    return {
        "SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default "
        "FROM information_schema.columns WHERE table_schema = current_schema()",
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()",
        "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
        "JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = current_schema()",
        "SELECT t.typname, e.enumsortorder::text, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid",
    };
  }
  return {
      "SELECT table_name, column_name, ordinal_position, column_type, is_nullable, column_default "
      "FROM information_schema.columns WHERE table_schema = DATABASE()",
      "SELECT table_name, index_name, seq_in_index, column_name, non_unique FROM information_schema.statistics "
      "WHERE table_schema = DATABASE()",
      "SELECT table_name, constraint_name, column_name, referenced_table_name, referenced_column_name "
      "FROM information_schema.key_column_usage WHERE table_schema = DATABASE()",
  };
}

}  // namespace

std::string schema_fingerprint(const std::string& url, const std::string& dialect) {
  std::vector<std::string> lines;
  for (const std::string& sql : catalog_queries(dialect)) {
    for (const auto& row : query_rows(url, sql)) {
      std::string line;
      for (const auto& cell : row) line += cell + "|";
      lines.push_back(std::move(line));
    }
  }
  std::sort(lines.begin(), lines.end());
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

}  // namespace dbm::e2e
