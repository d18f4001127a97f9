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

namespace dbm::db {
namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(100);

/// FNV-1a: a stable 64-bit key for PostgreSQL's advisory lock space.
std::int64_t lock_key(const std::string& text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return static_cast<std::int64_t>(hash);
}

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

MigrationLock::MigrationLock(Database& database, const std::string& version_table,
                             const std::string& sqlite_path, std::chrono::milliseconds timeout)
    : database_(database) {
  const std::string& dialect = database.dialect();
  bool acquired = false;
  if (dialect == "postgresql") {
    key_ = std::to_string(lock_key("db-manage:" + version_table));
    acquired = poll_until(timeout, [&] {
      const auto rows = database_.query("SELECT pg_try_advisory_lock(" + key_ + ")");
      return !rows.empty() && rows[0][0] == std::optional<std::string>("t");
    });
  } else if (dialect == "mysql") {
    // GET_LOCK names are server-wide: include the database; SHA1 keeps it under 64 characters.
    key_ = "SHA1(CONCAT('db-manage:', DATABASE(), ':', '" + version_table + "'))";
    acquired = poll_until(timeout, [&] {
      const auto rows = database_.query("SELECT GET_LOCK(" + key_ + ", 0)");
      return !rows.empty() && rows[0][0] == std::optional<std::string>("1");
    });
  } else if (!sqlite_path.empty() && sqlite_path != ":memory:") {
    // Not the database file itself: closing another descriptor of it would
    // drop SQLite's own POSIX locks. A file in the temp dir keyed by the path.
    const std::string lock_path =
        fmt::format("/tmp/db-manage-{:016x}.lock", static_cast<std::uint64_t>(lock_key(sqlite_path + ":" + version_table)));
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
    if (database_.dialect() == "postgresql") {
      database_.query("SELECT pg_advisory_unlock(" + key_ + ")");
    } else if (database_.dialect() == "mysql") {
      database_.query("SELECT RELEASE_LOCK(" + key_ + ")");
    }
  } catch (const Error&) {
    // The lock is session-scoped: closing the connection releases it anyway.
  }
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the flock
}

}  // namespace dbm::db
