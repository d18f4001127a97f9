// Alembic's version table statements (ANCHORS.md §2.1), for any table name.
#include "dialect/version_table.h"

#include <gtest/gtest.h>

namespace dbm::dialect {
namespace {

TEST(VersionTableTest, CreateIsAlembicsDdl) {
  EXPECT_EQ(version_table_create("alembic_version", dialect_named("mysql")),
            "CREATE TABLE alembic_version (\n\tversion_num VARCHAR(32) NOT NULL, \n\t"
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)");
}

TEST(VersionTableTest, RowChanges) {
  const Dialect& pg = dialect_named("postgresql");
  const Dialect& lite = dialect_named("sqlite");
  EXPECT_EQ(version_insert("alembic_version", "x", pg),
            "INSERT INTO alembic_version (version_num) VALUES ('x') RETURNING alembic_version.version_num");
  EXPECT_EQ(version_insert("alembic_version", "x", lite),
            "INSERT INTO alembic_version (version_num) VALUES ('x')");
  EXPECT_EQ(version_update("alembic_version", "x", "y", lite),
            "UPDATE alembic_version SET version_num='y' WHERE alembic_version.version_num = 'x'");
  EXPECT_EQ(version_delete("alembic_version", "x", lite),
            "DELETE FROM alembic_version WHERE alembic_version.version_num = 'x'");
}

TEST(VersionTableTest, OtherNamesAreQuotedWhereNeeded) {
  const Dialect& pg = dialect_named("postgresql");
  EXPECT_EQ(version_table_create("Versions", pg),
            "CREATE TABLE \"Versions\" (\n\tversion_num VARCHAR(32) NOT NULL, \n\t"
            "CONSTRAINT \"Versions_pkc\" PRIMARY KEY (version_num)\n)");
  EXPECT_EQ(version_delete("Versions", "a", pg),
            "DELETE FROM \"Versions\" WHERE \"Versions\".version_num = 'a'");
  EXPECT_EQ(version_table_drop("blazar_version", pg), "DROP TABLE blazar_version");
}

TEST(VersionTableTest, TerminatorIsSemicolonEverywhere) {
  for (const char* name : {"sqlite", "postgresql", "mysql"}) {
    EXPECT_EQ(dialect_named(name).syntax().terminator, ";") << name;
  }
}

}  // namespace
}  // namespace dbm::dialect
