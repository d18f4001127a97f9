// Creates and drops scratch databases through the servers' admin URLs.
// Knows nothing about db-manage; SQL here is admin-only (CREATE/DROP DATABASE).
#include "test_databases.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <exception>
#include <random>
#include <stdexcept>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "database_url.h"
#include "query_rows.h"

namespace dbm::e2e {
namespace {

std::string unique_name() {
  static std::atomic<unsigned> counter{0};
  std::random_device random;
  // Lower case only: PostgreSQL folds unquoted names, MySQL may compare them case-sensitively.
  return fmt::format("dbm_e2e_{}_{}_{:08x}", ::getpid(), counter++, random());
}

std::string drop_statement(Server server, const std::string& name) {
  // WITH (FORCE) ends sessions a failed test left open, so the drop cannot hang or fail on them.
  return server == Server::postgresql ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                                      : "DROP DATABASE IF EXISTS " + name;
}

}  // namespace

ScratchDatabase::ScratchDatabase(Server server, std::string admin_url, std::string name)
    : server_(server), admin_url_(std::move(admin_url)), name_(std::move(name)),
      url_(with_database(admin_url_, name_)) {}

ScratchDatabase::ScratchDatabase(ScratchDatabase&& other) noexcept
    : server_(other.server_), admin_url_(std::move(other.admin_url_)), name_(std::move(other.name_)),
      url_(std::move(other.url_)) {
  other.admin_url_.clear();
}

ScratchDatabase::~ScratchDatabase() {
  if (admin_url_.empty()) return;
  try {
    execute(admin_url_, drop_statement(server_, name_));
  } catch (const std::exception& e) {
    ADD_FAILURE() << "could not drop scratch database '" << name_ << "': " << e.what();
  }
}

const char* TestDatabases::env_var(Server server) {
  return server == Server::postgresql ? "DBM_TEST_POSTGRES_URL" : "DBM_TEST_MYSQL_URL";
}

std::string TestDatabases::admin_url(Server server) {
  const char* value = std::getenv(env_var(server));
  if (value == nullptr || *value == '\0') {
    throw std::runtime_error(fmt::format(
        "{} is not set: run the tests with scripts/test.sh, or start the servers with "
        "'eval \"$(scripts/test-servers.sh start DIR)\"'",
        env_var(server)));
  }
  return value;
}

ScratchDatabase TestDatabases::create(Server server) {
  std::string admin = admin_url(server);
  std::string name = unique_name();
  execute(admin, "CREATE DATABASE " + name);
  return ScratchDatabase(server, std::move(admin), std::move(name));
}

}  // namespace dbm::e2e
