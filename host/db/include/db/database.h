// The one place a database connection is opened. SOCI stays inside host/db:
// the rest of the host sees Database and the narrow queries below.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace dbm::config {
struct DbUrl;
}
namespace dbm::dialect {
class Dialect;
}

namespace dbm::db {

struct Driver;

class Database {
 public:
  /// Connects to `url` with `dialect`'s driver, or throws DatabaseError
  /// naming the masked URL and the database's reason. The wait is bounded by
  /// the URL's connect timeout. REQUIRES: `dialect` is dialect_for(url).
  static std::unique_ptr<Database> connect(const config::DbUrl& url, const dialect::Dialect& dialect);
  /// A private in-memory database of `dialect`, for following a script
  /// offline. REQUIRES: dialect.abilities().scratch_database_offline.
  static std::unique_ptr<Database> open_scratch(const dialect::Dialect& dialect);
  ~Database();

  const dialect::Dialect& dialect() const { return *dialect_; }
  soci::session& session() { return *session_; }
  /// To scrub from error text that quotes the connection (never print
  /// them): config::DbUrl::passwords() of the URL connected to.
  const std::vector<std::string>& passwords() const { return passwords_; }
  /// A file database's file (absolute, or ":memory:"); empty for a server.
  const std::string& file_path() const { return file_path_; }

  /// Whether `table` exists in the connection's default schema.
  bool has_table(const std::string& table);

  /// Runs one SQL statement exactly as written (see Driver::execute);
  /// returns the rows it affected. Throws DatabaseError, password removed.
  long long execute(const std::string& sql);
  /// Runs a query; every cell as text, NULL as nullopt.
  std::vector<std::vector<std::optional<std::string>>> query(const std::string& sql);

  /// Whether closing this connection would only free memory, so that a
  /// process about to end may leave it to the kernel: a SQLite connection
  /// that ran nothing but queries, on a file not in WAL mode (closing the
  /// last connection to a WAL file checkpoints it and removes -wal and -shm).
  /// A server would log a client that left without saying goodbye.
  bool closing_only_frees_memory();

 private:
  Database(std::unique_ptr<soci::session> session, const Driver& driver, const dialect::Dialect& dialect,
           std::vector<std::string> passwords, std::string file_path);

  std::unique_ptr<soci::session> session_;
  const Driver* driver_;
  const dialect::Dialect* dialect_;
  std::vector<std::string> passwords_;  // only to scrub them from error text the driver returns
  std::string file_path_;
  bool only_read_ = true;
};

/// A file database whose file does not exist yet. Reading commands treat it
/// as an empty database rather than create the file by connecting. Throws
/// DatabaseError when its directory does not exist (the file could never be).
bool is_missing_file_database(const config::DbUrl& url, const dialect::Dialect& dialect);

/// Rewrites a driver's error text into one line with each of `passwords`
/// removed (config::DbUrl::passwords(): a driver may echo its connect
/// string, which holds a query's password= as well as the URL's own).
std::string one_line_error(std::string text, const std::vector<std::string>& passwords);

}  // namespace dbm::db
