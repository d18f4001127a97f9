// Identifier quoting against SQLAlchemy 1.4's decisions.
#include "dialect/quoting.h"

#include <gtest/gtest.h>

namespace dbm::dialect {
namespace {

TEST(QuotingTest, LowercaseLegalNonReservedStaysBare) {
  EXPECT_EQ(quote("account_id", dialect_named("postgresql")), "account_id");
  EXPECT_EQ(quote("a$b", dialect_named("sqlite")), "a$b");
}

TEST(QuotingTest, ReservedWordsFollowEachDialectsList) {
  EXPECT_EQ(quote("user", dialect_named("postgresql")), "\"user\"");
  EXPECT_EQ(quote("user", dialect_named("sqlite")), "user");
  EXPECT_EQ(quote("user", dialect_named("mysql")), "user");
  EXPECT_EQ(quote("order", dialect_named("mysql")), "`order`");
  EXPECT_EQ(quote("long", dialect_named("mysql")), "`long`");
  EXPECT_EQ(quote("long", dialect_named("postgresql")), "long");
  EXPECT_EQ(quote("select", dialect_named("sqlite")), "\"select\"");
}

TEST(QuotingTest, MysqlAlsoQuotesMariadbReservedWords) {
  // Only in SQLAlchemy's MariaDB list: quoted, as SQLAlchemy does online on MariaDB.
  EXPECT_EQ(quote("body", dialect_named("mysql")), "`body`");
  EXPECT_EQ(quote("body", dialect_named("postgresql")), "body");
}

TEST(QuotingTest, UppercaseIllegalAndDigitInitialAreQuoted) {
  EXPECT_EQ(quote("MixedCase", dialect_named("postgresql")), "\"MixedCase\"");
  EXPECT_EQ(quote("MixedCase", dialect_named("mysql")), "`MixedCase`");
  EXPECT_EQ(quote("physical:host", dialect_named("postgresql")), "\"physical:host\"");
  EXPECT_EQ(quote("1col", dialect_named("sqlite")), "\"1col\"");
  EXPECT_EQ(quote("$x", dialect_named("sqlite")), "\"$x\"");
}

TEST(QuotingTest, QuoteCharacterInsideIsDoubled) {
  EXPECT_EQ(quote("a\"b", dialect_named("postgresql")), "\"a\"\"b\"");
  EXPECT_EQ(quote("a`b", dialect_named("mysql")), "`a``b`");
}

TEST(QuotingTest, ListJoinsWithCommaSpace) {
  EXPECT_EQ(quote_list({"a", "user", "b"}, dialect_named("postgresql")), "a, \"user\", b");
}

}  // namespace
}  // namespace dbm::dialect
