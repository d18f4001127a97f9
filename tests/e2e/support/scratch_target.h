// One empty database of a given dialect for one test, with a service config
// file pointing at it: a SQLite file in a scratch directory, or a scratch
// database on the test PostgreSQL / MariaDB server. Knows nothing about
// db-manage's commands.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "support/temp_dir.h"
#include "support/test_databases.h"

namespace dbm::e2e {

/// The dialects every database test runs on, as test parameter values.
inline const std::vector<std::string> kDialects = {"sqlite", "postgresql", "mysql"};

class ScratchTarget {
 public:
  /// `dialect`: "sqlite", "postgresql" or "mysql". Fails the test (throws)
  /// when the server for it is not available.
  explicit ScratchTarget(const std::string& dialect, const std::string& config_name = "service.conf");

  const std::string& dialect() const { return dialect_; }
  const std::string& url() const { return url_; }
  /// The database's name on its server; empty for SQLite.
  std::string server_database() const { return database_ ? database_->name() : std::string(); }
  /// The SQLite file; empty for a server.
  std::filesystem::path sqlite_file() const { return database_ ? std::filesystem::path() : dir_.path() / "service.sqlite"; }
  const std::filesystem::path& config() const { return config_; }
  const TempDir& dir() const { return dir_; }
  /// The version table's rows, sorted: a set of heads has no order (empty
  /// when the table does not exist).
  std::vector<std::string> version_rows(const std::string& table = "alembic_version") const;
  /// Whether `table` exists.
  bool has_table(const std::string& table) const;

 private:
  std::string dialect_;
  TempDir dir_;
  std::optional<ScratchDatabase> database_;
  std::string url_;
  std::filesystem::path config_;
};

}  // namespace dbm::e2e
