// Fresh, uniquely named databases on the test servers that scripts/test.sh starts, dropped again
// when the test is done. The servers come from DBM_TEST_POSTGRES_URL / DBM_TEST_MYSQL_URL.
// Knows nothing about db-manage; never skips: a missing server is a failing test.
#pragma once

#include <string>

namespace dbm::e2e {

enum class Server { postgresql, mysql };

/// One database on a test server; dropped (with its open connections) on destruction.
class ScratchDatabase {
 public:
  ScratchDatabase(Server server, std::string admin_url, std::string name);
  ScratchDatabase(ScratchDatabase&& other) noexcept;
  ScratchDatabase& operator=(ScratchDatabase&&) = delete;
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;
  ~ScratchDatabase();

  const std::string& name() const { return name_; }
  /// The SQLAlchemy URL of this database, for a config file's `[database] connection`.
  const std::string& url() const { return url_; }

 private:
  Server server_;
  std::string admin_url_;  // empty once moved from
  std::string name_;
  std::string url_;
};

class TestDatabases {
 public:
  /// The environment variable holding `server`'s admin URL.
  static const char* env_var(Server server);
  /// The admin URL; throws std::runtime_error saying how to start the servers when it is unset.
  static std::string admin_url(Server server);
  /// Creates a database named `dbm_e2e_<pid>_<n>_<random>`. Throws when the server is unreachable.
  static ScratchDatabase create(Server server);
};

}  // namespace dbm::e2e
