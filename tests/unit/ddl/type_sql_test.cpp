// Type spellings beyond the golden revisions.
#include "ddl/type_sql.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace dbm::ddl {
namespace {

TEST(TypeSqlTest, MysqlVarcharNeedsALength) {
  EXPECT_EQ(type_sql(types::string(), dialect_named("postgresql")), "VARCHAR");
  try {
    type_sql(types::string(), dialect_named("mysql"));
    FAIL() << "expected dbm::Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "VARCHAR requires a length on dialect mysql");
  }
}

TEST(TypeSqlTest, EnumPerDialect) {
  const Type t = types::enumeration("Lease_Status", {"a", "bcd"});
  EXPECT_EQ(type_sql(t, dialect_named("postgresql")), "\"Lease_Status\"");
  EXPECT_EQ(type_sql(t, dialect_named("mysql")), "ENUM('a','bcd')");
  EXPECT_EQ(type_sql(t, dialect_named("sqlite")), "VARCHAR(3)");
}

TEST(TypeSqlTest, PrecisionAndTimezones) {
  EXPECT_EQ(type_sql(types::floating(53), dialect_named("mysql")), "FLOAT(53)");
  EXPECT_EQ(type_sql(types::numeric(10), dialect_named("sqlite")), "NUMERIC(10)");
  EXPECT_EQ(type_sql(types::numeric(), dialect_named("postgresql")), "NUMERIC");
  Type tz_time = types::time();
  tz_time.timezone = true;
  EXPECT_EQ(type_sql(tz_time, dialect_named("postgresql")), "TIME WITH TIME ZONE");
  EXPECT_EQ(type_sql(types::large_binary(1024), dialect_named("mysql")), "BLOB(1024)");
  EXPECT_EQ(type_sql(types::json(), dialect_named("mysql")), "TEXT");
  EXPECT_EQ(type_sql(types::tiny_integer(4), dialect_named("postgresql")), "SMALLINT");
}

}  // namespace
}  // namespace dbm::ddl
