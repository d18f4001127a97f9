// Self-test of the scratch databases against the real servers scripts/test.sh starts:
// if either server is missing these tests fail, which is the point.
#include "test_databases.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <ostream>
#include <stdexcept>

#include "query_rows.h"
#include "session.h"
#include "temp_dir.h"

namespace dbm::e2e {

// Readable test names in ctest output instead of "4-byte object <00-00 00-00>".
void PrintTo(Server server, std::ostream* out) { *out << (server == Server::postgresql ? "postgresql" : "mysql"); }

namespace {

class TestDatabasesTest : public ::testing::TestWithParam<Server> {};

std::string count_databases_sql(Server server, const std::string& name) {
  return server == Server::postgresql
             ? "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'"
             : "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + name + "'";
}

TEST_P(TestDatabasesTest, CreatesAUsableDatabaseAndDropsItAfterwards) {
  const Server server = GetParam();
  const std::string admin = TestDatabases::admin_url(server);
  std::string name;
  {
    ScratchDatabase db = TestDatabases::create(server);
    name = db.name();
    EXPECT_EQ(query_rows(admin, count_databases_sql(server, name)), (Rows{{"1"}}));
    execute(db.url(), "CREATE TABLE probe (id INTEGER NOT NULL PRIMARY KEY, note VARCHAR(20))");
    execute(db.url(), "INSERT INTO probe (id, note) VALUES (1, 'one'), (2, NULL)");
    EXPECT_EQ(query_rows(db.url(), "SELECT id, note FROM probe ORDER BY id"),
              (Rows{{"1", "one"}, {"2", std::string(kNull)}}));
  }
  EXPECT_EQ(query_rows(admin, count_databases_sql(server, name)), (Rows{{"0"}}));
}

TEST_P(TestDatabasesTest, TwoScratchDatabasesHaveDifferentNames) {
  ScratchDatabase a = TestDatabases::create(GetParam());
  ScratchDatabase b = TestDatabases::create(GetParam());
  EXPECT_NE(a.name(), b.name());
  EXPECT_NE(a.url(), b.url());
}

TEST_P(TestDatabasesTest, DropsEvenWithAConnectionStillOpen) {
  const Server server = GetParam();
  auto db = std::make_unique<ScratchDatabase>(TestDatabases::create(server));
  const std::string name = db->name();
  // A failed test may leave a session behind; PostgreSQL refuses such a drop without WITH (FORCE).
  const auto left_open = open_session(db->url());
  *left_open << "CREATE TABLE held (id INTEGER)";
  db.reset();
  EXPECT_EQ(query_rows(TestDatabases::admin_url(server), count_databases_sql(server, name)), (Rows{{"0"}}));
}

INSTANTIATE_TEST_SUITE_P(Servers, TestDatabasesTest, ::testing::Values(Server::postgresql, Server::mysql),
                         [](const auto& info) { return info.param == Server::postgresql ? "postgresql" : "mysql"; });

TEST(TestDatabasesEnvTest, MissingServerUrlIsAFailureNotASkip) {
  const char* saved = std::getenv("DBM_TEST_MYSQL_URL");
  const std::string restore = saved != nullptr ? saved : "";
  unsetenv("DBM_TEST_MYSQL_URL");
  try {
    TestDatabases::create(Server::mysql);
    ADD_FAILURE() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(),
                 "DBM_TEST_MYSQL_URL is not set: run the tests with scripts/test.sh, or start the servers "
                 "with 'eval \"$(scripts/test-servers.sh start DIR)\"'");
  }
  if (saved != nullptr) setenv("DBM_TEST_MYSQL_URL", restore.c_str(), 1);
}

TEST(QueryRowsTest, ReadsSqliteFilesWithTypedCells) {
  TempDir dir;
  const std::string url = "sqlite:///" + (dir.path() / "t.sqlite").string();
  execute(url, "CREATE TABLE t (i INTEGER, r REAL, s TEXT)");
  execute(url, "INSERT INTO t VALUES (42, 1.5, 'x')");
  execute(url, "INSERT INTO t VALUES (NULL, NULL, NULL)");
  EXPECT_EQ(query_rows(url, "SELECT i, r, s FROM t ORDER BY i DESC"),
            (Rows{{"42", "1.5", "x"}, {std::string(kNull), std::string(kNull), std::string(kNull)}}));
}

}  // namespace
}  // namespace dbm::e2e
