// Literals as SQLAlchemy renders them inline, and the places we refuse.
#include "dialect/literal.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace dbm::dialect {
namespace {

TEST(LiteralTest, QuotesAreDoubledEverywhere) {
  for (const char* name : {"sqlite", "postgresql", "mysql"}) {
    EXPECT_EQ(string_literal("it's", dialect_named(name)), "'it''s'") << name;
  }
}

TEST(LiteralTest, OnlyMysqlDoublesBackslashes) {
  EXPECT_EQ(string_literal("a\\b", dialect_named("mysql")), "'a\\\\b'");
  EXPECT_EQ(string_literal("a\\b", dialect_named("sqlite")), "'a\\b'");
  EXPECT_EQ(string_literal("a\\b", dialect_named("postgresql")), "'a\\b'");
}

TEST(LiteralTest, PercentIsNotDoubled) {
  EXPECT_EQ(string_literal("100%", dialect_named("mysql")), "'100%'");
}

TEST(LiteralTest, NulByteIsRefused) {
  try {
    string_literal(std::string("a\0b", 3), dialect_named("postgresql"));
    FAIL() << "expected dbm::Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "cannot render a string containing a NUL byte as a postgresql literal");
  }
}

TEST(LiteralTest, BooleansAndNullPerDialect) {
  EXPECT_EQ(value_literal(true, dialect_named("postgresql")), "true");
  EXPECT_EQ(value_literal(false, dialect_named("mysql")), "false");
  EXPECT_EQ(value_literal(true, dialect_named("sqlite")), "1");
  EXPECT_EQ(value_literal(false, dialect_named("sqlite")), "0");
  EXPECT_EQ(value_literal(std::monostate{}, dialect_named("sqlite")), "NULL");
  EXPECT_EQ(value_literal(std::int64_t{-42}, dialect_named("sqlite")), "-42");
}

TEST(LiteralTest, FloatsAsPythonRepr) {
  EXPECT_EQ(python_float_repr(0.5), "0.5");
  EXPECT_EQ(python_float_repr(2.0), "2.0");
  EXPECT_EQ(python_float_repr(-3.25), "-3.25");
  EXPECT_EQ(python_float_repr(0.1), "0.1");
  EXPECT_EQ(python_float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(python_float_repr(1e16), "1e+16");
  EXPECT_EQ(python_float_repr(1.5e300), "1.5e+300");
  EXPECT_EQ(python_float_repr(0.0001), "0.0001");
  EXPECT_EQ(python_float_repr(0.00001), "1e-05");
  EXPECT_EQ(python_float_repr(123456.789), "123456.789");
  EXPECT_EQ(python_float_repr(0.0), "0.0");
}

}  // namespace
}  // namespace dbm::dialect
