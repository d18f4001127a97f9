// Self-test of the test-only URL conversion: exact SOCI strings for the shapes the servers and
// the e2e tests use.
#include "database_url.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace dbm::e2e {
namespace {

TEST(DatabaseUrlTest, PostgresqlBecomesLibpqKeywords) {
  const SociTarget t = soci_target("postgresql://dbm:dbm-secret@127.0.0.1:5433/postgres");
  EXPECT_EQ(t.backend, "postgresql");
  EXPECT_EQ(t.connection, "host=127.0.0.1 port=5433 user=dbm password=dbm-secret dbname=postgres connect_timeout=10");
}

TEST(DatabaseUrlTest, MysqlDriverAndQueryAreIgnoredAndPasswordIsDecoded) {
  const SociTarget t = soci_target("mysql+pymysql://dbm:p%40ss@127.0.0.1:3307/mysql?charset=utf8");
  EXPECT_EQ(t.backend, "mysql");
  EXPECT_EQ(t.connection, "host=127.0.0.1 port=3307 user=dbm password=p@ss db=mysql charset=utf8mb4");
}

TEST(DatabaseUrlTest, SqliteKeepsAbsoluteAndRelativePaths) {
  EXPECT_EQ(soci_target("sqlite:////tmp/a.sqlite").connection, "db=/tmp/a.sqlite");
  EXPECT_EQ(soci_target("sqlite:///a.sqlite").connection, "db=a.sqlite");
  EXPECT_EQ(soci_target("sqlite:///a.sqlite").backend, "sqlite3");
}

TEST(DatabaseUrlTest, RefusesOtherSchemes) {
  try {
    soci_target("oracle://u:p@h/db");
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "unsupported database URL scheme 'oracle'");
  }
}

TEST(DatabaseUrlTest, WithDatabaseReplacesThePath) {
  EXPECT_EQ(with_database("mysql+pymysql://dbm:pw@127.0.0.1:3307/mysql?charset=utf8", "x"),
            "mysql+pymysql://dbm:pw@127.0.0.1:3307/x");
  EXPECT_EQ(with_database("postgresql://dbm:pw@127.0.0.1:5433/postgres", "dbm_e2e_1"),
            "postgresql://dbm:pw@127.0.0.1:5433/dbm_e2e_1");
}

}  // namespace
}  // namespace dbm::e2e
