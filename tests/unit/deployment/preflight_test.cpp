// Which URLs name the same database: the test behind refusing two projects
// that would share a version table or a table.
#include "deployment/preflight.h"

#include <gtest/gtest.h>

#include "config/db_url.h"
#include "dialect/dialect.h"

namespace dbm::deployment {
namespace {

std::string identity(const std::string& text) {
  const config::DbUrl url = config::DbUrl::parse(text);
  return database_identity(url, dialect::dialect_for(url));
}

TEST(DatabaseIdentityTest, ServerUrlsDifferOnlyInWhatSelectsTheDatabase) {
  EXPECT_EQ(identity("postgresql://a:pw@db.example:5432/nova"), identity("postgresql+psycopg2://b@db.example/nova"));
  EXPECT_NE(identity("postgresql://a@db.example/nova"), identity("postgresql://a@db.example/blazar"));
  EXPECT_NE(identity("postgresql://a@db.example/nova"), identity("postgresql://a@db.example:5433/nova"));
  EXPECT_EQ(identity("mysql+pymysql://u:p@10.0.0.1/deploy?charset=utf8"), identity("mysql://v@10.0.0.1:3306/deploy"));
  EXPECT_NE(identity("mysql://u@10.0.0.1/deploy"), identity("postgresql://u@10.0.0.1/deploy"));
}

TEST(DatabaseIdentityTest, TheSpellingsOfThisMachineAreOneHost) {
  EXPECT_EQ(identity("postgresql://u@localhost/nova"), identity("postgresql://u@127.0.0.1:5432/nova"));
  EXPECT_EQ(identity("postgresql://u@[::1]/nova"), identity("postgresql:///nova"));
  EXPECT_EQ(identity("mysql://u@DB.Example/nova"), identity("mysql://u@db.example/nova"));
  EXPECT_NE(identity("mysql://u@localhost/nova"), identity("mysql://u@10.0.0.1/nova"));
}

TEST(DatabaseIdentityTest, SqliteFilesCompareByTheirAbsolutePath) {
  EXPECT_EQ(identity("sqlite:///shared.db"), identity("sqlite:///./sub/../shared.db"));
  EXPECT_NE(identity("sqlite:///one.db"), identity("sqlite:///two.db"));
}

TEST(DatabaseIdentityTest, InMemoryDatabasesAreNeverShared) {
  EXPECT_NE(identity("sqlite://"), identity("sqlite://"));
  EXPECT_NE(identity("sqlite:///:memory:"), identity("sqlite:///:memory:"));
}

}  // namespace
}  // namespace dbm::deployment
