// One lock per (database, version table), taken before the version rows are
// read and held until the run ends.
#include "db/migration_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstdint>
#include <thread>

#include <fmt/format.h>

#include "base/error.h"
#include "base/stable_hash.h"
#include "dialect/dialect.h"

namespace dbm::db {
namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(100);

std::string timeout_message(const std::string& what, std::chrono::milliseconds timeout) {
  return fmt::format(
      "another db-manage run holds the migration lock for {} (waited {:.1f} s); let it finish, "
      "or raise --lock-timeout",
      what, timeout.count() / 1000.0);
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
    // Not the database file itself: closing another descriptor of it would
    // drop SQLite's own POSIX locks. A file in the temp dir keyed by the path.
    const std::string lock_path =
        fmt::format("/tmp/db-manage-{:016x}.lock", stable_hash(file_path + ":" + version_table));
    lock_fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock_fd_ < 0) throw DatabaseError("cannot open the lock file '" + lock_path + "'");
    acquired = poll_until(timeout, [&] { return ::flock(lock_fd_, LOCK_EX | LOCK_NB) == 0; });
  } else {
    acquired = true;  // an in-memory database is private to this process
  }
  if (!acquired) {
    if (lock_fd_ >= 0) ::close(lock_fd_);
    throw DatabaseError(timeout_message("'" + version_table + "'", timeout));
  }
}

MigrationLock::~MigrationLock() {
  try {
    if (statements_) database_.query(statements_->release);
  } catch (const Error&) {
    // The lock is session-scoped: closing the connection releases it anyway.
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

}  // namespace dbm::db
