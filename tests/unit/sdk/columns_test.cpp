// The shared column shapes: what each one declares, exactly.
#include "dbm/columns.h"

#include <gtest/gtest.h>

namespace dbm {
namespace {

TEST(ColumnsTest, PrimaryKeyIdIsAFlaggedNotNullUuid) {
  const Column id = primary_key_id();
  EXPECT_EQ(id.name, "id");
  EXPECT_EQ(id.type, types::string(36));
  EXPECT_TRUE(id.primary_key);
  EXPECT_FALSE(id.nullable);
  EXPECT_EQ(primary_key_id(types::integer()).type, types::integer());
}

TEST(ColumnsTest, TimestampsAreCreatedThenUpdatedNullableDateTimes) {
  const std::vector<Column> both = timestamps();
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0], created_at());
  EXPECT_EQ(both[1], updated_at());
  EXPECT_EQ(both[0].name, "created_at");
  EXPECT_EQ(both[1].name, "updated_at");
  EXPECT_EQ(both[0].type, types::date_time());
  EXPECT_TRUE(both[0].nullable);
}

TEST(ColumnsTest, ForeignKeyIsUnnamedToTheReferencedId) {
  const ForeignKey fk = foreign_key("lease_id", "leases");
  EXPECT_EQ(fk, (ForeignKey{.columns = {"lease_id"}, .ref_table = "leases", .ref_columns = {"id"}}));
  EXPECT_EQ(foreign_key("session_id", "sessions", "session_id").ref_columns, std::vector<std::string>{"session_id"});
  EXPECT_EQ(primary_key({"a", "b"}), (PrimaryKey{.columns = {"a", "b"}}));
}

TEST(ColumnsTest, TableSplicesColumnGroupsInOrder) {
  const Table t = table("leases", {timestamps(), primary_key_id(), column("name", types::string(80)).not_null()});
  EXPECT_EQ(t.name, "leases");
  ASSERT_EQ(t.columns.size(), 4u);
  EXPECT_EQ(t.columns[0].name, "created_at");
  EXPECT_EQ(t.columns[1].name, "updated_at");
  EXPECT_EQ(t.columns[2].name, "id");
  EXPECT_EQ(t.columns[3].name, "name");
  EXPECT_FALSE(t.columns[3].nullable);
}

}  // namespace
}  // namespace dbm
