// Scratch databases per dialect.
#include "support/scratch_target.h"

#include <algorithm>

#include "support/config_file.h"
#include "support/query_rows.h"

namespace dbm::e2e {

ScratchTarget::ScratchTarget(const std::string& dialect, const std::string& config_name) : dialect_(dialect) {
  if (dialect == "sqlite") {
    url_ = "sqlite:///" + sqlite_file().string();
  } else {
    database_.emplace(TestDatabases::create(dialect == "postgresql" ? Server::postgresql : Server::mysql));
    url_ = database_->url();
  }
  config_ = write_database_config(dir_, url_, config_name);
}

bool ScratchTarget::has_table(const std::string& table) const {
  if (dialect_ == "sqlite") {
    if (!std::filesystem::exists(sqlite_file())) return false;
    return !query_rows(url_, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'").empty();
  }
  const std::string schema = dialect_ == "postgresql" ? "current_schema()" : "DATABASE()";
  return !query_rows(url_, "SELECT table_name FROM information_schema.tables WHERE table_schema = " + schema +
                               " AND table_name = '" + table + "'")
              .empty();
}

std::vector<std::string> ScratchTarget::version_rows(const std::string& table) const {
  std::vector<std::string> rows;
  if (!has_table(table)) return rows;
  for (const auto& row : query_rows(url_, "SELECT version_num FROM " + table)) rows.push_back(row.at(0));
  std::sort(rows.begin(), rows.end());
  return rows;
}

}  // namespace dbm::e2e
