// The lock that keeps two db-manage runs from migrating one project's
// version table at the same time. Session-scoped where the database offers
// it (PostgreSQL advisory lock, MySQL GET_LOCK), so a killed process never
// leaves a stale lock; a kernel lock (flock) on the database file itself for
// SQLite, which also dies with the process and is the same lock however the
// file's path is spelled.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "db/database.h"
#include "dialect/dialect.h"

namespace dbm::db {

struct FileLock;

class MigrationLock {
 public:
  /// Waits up to `timeout` for the lock named by `version_table` on the
  /// database behind `database`: the dialect's server-side lock, else a lock
  /// on the file of a file database (`file_path`; none for ":memory:", which
  /// is private to the process). A SQLite file has one lock for all its
  /// version tables.
  /// Throws DatabaseError saying who to wait for when the time runs out.
  MigrationLock(Database& database, const std::string& version_table, const std::string& file_path,
                std::chrono::milliseconds timeout);
  ~MigrationLock();
  MigrationLock(const MigrationLock&) = delete;
  MigrationLock& operator=(const MigrationLock&) = delete;

 private:
  Database& database_;
  std::optional<dialect::LockStatements> statements_;
  FileLock* file_lock_ = nullptr;  ///< SQLite: the database file's lock (migration_lock.cpp)
};

}  // namespace dbm::db
