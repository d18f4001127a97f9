// The lock that keeps two db-manage runs from migrating one project's
// version table at the same time. Session-scoped where the database offers
// it (PostgreSQL advisory lock, MySQL GET_LOCK), so a killed process never
// leaves a stale lock; a kernel file lock for SQLite files.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "db/database.h"
#include "dialect/dialect.h"

namespace dbm::db {

class MigrationLock {
 public:
  /// Waits up to `timeout` for the lock named by `version_table` on the
  /// database behind `database`: the dialect's server-side lock, else a file
  /// lock keyed by `file_path` (a file database's; none for ":memory:").
  /// Throws DatabaseError saying who to wait for when the time runs out.
  MigrationLock(Database& database, const std::string& version_table, const std::string& file_path,
                std::chrono::milliseconds timeout);
  ~MigrationLock();
  MigrationLock(const MigrationLock&) = delete;
  MigrationLock& operator=(const MigrationLock&) = delete;

 private:
  Database& database_;
  std::optional<dialect::LockStatements> statements_;
  int lock_fd_ = -1;  ///< SQLite: the flock()ed file
};

}  // namespace dbm::db
