// Type spellings beyond the golden revisions.
#include "dialect/dialect.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace dbm::dialect {
namespace {

TEST(TypeSqlTest, MysqlVarcharNeedsALength) {
  EXPECT_EQ(dialect_named("postgresql").type_sql(types::string()), "VARCHAR");
  try {
    dialect_named("mysql").type_sql(types::string());
    FAIL() << "expected dbm::Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "VARCHAR requires a length on dialect mysql");
  }
}

TEST(TypeSqlTest, EnumPerDialect) {
  const Type t = types::enumeration("Lease_Status", {"a", "bcd"});
  EXPECT_EQ(dialect_named("postgresql").type_sql(t), "\"Lease_Status\"");
  EXPECT_EQ(dialect_named("mysql").type_sql(t), "ENUM('a','bcd')");
  EXPECT_EQ(dialect_named("sqlite").type_sql(t), "VARCHAR(3)");
}

TEST(TypeSqlTest, PrecisionAndTimezones) {
  EXPECT_EQ(dialect_named("mysql").type_sql(types::floating(53)), "FLOAT(53)");
  EXPECT_EQ(dialect_named("sqlite").type_sql(types::numeric(10)), "NUMERIC(10)");
  EXPECT_EQ(dialect_named("postgresql").type_sql(types::numeric()), "NUMERIC");
  Type tz_time = types::time();
  tz_time.timezone = true;
  EXPECT_EQ(dialect_named("postgresql").type_sql(tz_time), "TIME WITH TIME ZONE");
  EXPECT_EQ(dialect_named("mysql").type_sql(types::large_binary(1024)), "BLOB(1024)");
  EXPECT_EQ(dialect_named("mysql").type_sql(types::json()), "TEXT");
  EXPECT_EQ(dialect_named("postgresql").type_sql(types::tiny_integer(4)), "SMALLINT");
}

}  // namespace
}  // namespace dbm::dialect
