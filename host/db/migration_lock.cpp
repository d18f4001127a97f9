// One lock per (database, version table) — per file for SQLite — taken before the version rows are
// read and held until the run ends.
#include "db/migration_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <sys/stat.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "base/error.h"
#include "dialect/dialect.h"

namespace dbm::db {

// SQLite files: one descriptor per file per process, flock()ed while any
// session of this process migrates it. Not a lock file in a shared directory
// (another user could pre-create it or plant a symlink), and one lock however
// the path is spelled (the key is the file's device and inode). The
// descriptor is never closed: closing any descriptor of a file drops the
// POSIX locks SQLite holds on it through its own. The sessions of one process
// share the lock (they run in turn on a shared file, checked before any
// starts), as they shared nothing when each version table had its own file.
struct FileLock {
  int fd = -1;
  int holders = 0;  ///< this process's sessions holding it
};

namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(100);

std::string timeout_message(const std::string& what, std::chrono::milliseconds timeout) {
  return fmt::format(
      "another db-manage run holds the migration lock for {} (waited {:.1f} s); let it finish, "
      "or raise --lock-timeout",
      what, timeout.count() / 1000.0);
}

std::mutex& file_locks_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::map<std::pair<dev_t, ino_t>, FileLock>& file_locks() {
  static auto* locks = new std::map<std::pair<dev_t, ino_t>, FileLock>();  // never destroyed: see above
  return *locks;
}

FileLock& file_lock_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw DatabaseError("cannot lock '" + path + "': " + std::strerror(errno));
  }
  FileLock& lock = file_locks()[{info.st_dev, info.st_ino}];
  if (lock.fd < 0) {
    lock.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (lock.fd < 0) throw DatabaseError("cannot open '" + path + "' to lock it: " + std::strerror(errno));
  }
  return lock;
}

template <typename TryOnce>
bool poll_until(std::chrono::milliseconds timeout, TryOnce try_once) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    if (try_once()) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(kPollInterval);
  }
}

}  // namespace

MigrationLock::MigrationLock(Database& database, const std::string& version_table, const std::string& file_path,
                             std::chrono::milliseconds timeout)
    : database_(database), statements_(database.dialect().lock_statements(version_table)) {
  bool acquired = false;
  if (statements_) {
    acquired = poll_until(timeout, [&] {
      const auto rows = database_.query(statements_->try_acquire);
      return !rows.empty() && rows[0][0] == std::optional<std::string>(statements_->acquired);
    });
  } else if (!file_path.empty() && file_path != ":memory:") {
    FileLock* lock = nullptr;
    {
      std::lock_guard guard(file_locks_mutex());
      lock = &file_lock_of(file_path);
    }
    acquired = poll_until(timeout, [&] {
      std::lock_guard guard(file_locks_mutex());
      if (lock->holders == 0 && ::flock(lock->fd, LOCK_EX | LOCK_NB) != 0) return false;
      ++lock->holders;
      return true;
    });
    if (acquired) file_lock_ = lock;
  } else {
    acquired = true;  // an in-memory database is private to this process
  }
  if (!acquired) {
    throw DatabaseError(timeout_message("'" + version_table + "'", timeout));
  }
}

MigrationLock::~MigrationLock() {
  try {
    if (statements_) database_.query(statements_->release);
  } catch (const Error&) {
    // The lock is session-scoped: closing the connection releases it anyway.
  }
  if (file_lock_ != nullptr) {
    std::lock_guard guard(file_locks_mutex());
    if (--file_lock_->holders == 0) ::flock(file_lock_->fd, LOCK_UN);
  }
}

}  // namespace dbm::db
