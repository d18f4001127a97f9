// The blazar head models against the MySQL head schema real Alembic built.
// Column order is not compared: the models declare the timestamp columns
// first, the migrations append columns as they come.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "blazar_plugin.h"
#include "reference.h"

namespace dbm::blazar::test {
namespace {

TEST(BlazarModelsTest, PluginCarriesTheModels) {
  EXPECT_EQ(plugin().models, models());
  EXPECT_EQ(models().size(), 15u);
}

TEST(BlazarModelsTest, ModelsMatchMysqlHeadExceptKnownDrift) {
  const auto head = read_schema("mysql/head.json");
  const auto tables = models();
  ASSERT_EQ(tables.size(), head.size());
  for (const RefTable& ref : head) {
    SCOPED_TRACE(ref.name);
    auto it = std::find_if(tables.begin(), tables.end(), [&](const Table& t) { return t.name == ref.name; });
    ASSERT_NE(it, tables.end());
    std::map<std::string, RefColumn> mine;
    for (const auto& c : it->columns) mine[c.name] = reflect(c, "mysql");
    ASSERT_EQ(mine.size(), ref.columns.size());
    for (RefColumn expected : ref.columns) {
      // The models say String(36) where 02e2f2186d98 created VARCHAR(255).
      if (ref.name == "computehost_extra_capabilities" && expected.name == "property_id") {
        expected.type = "VARCHAR(36)";
      }
      ASSERT_EQ(mine.count(expected.name), 1u) << expected.name;
      EXPECT_EQ(mine[expected.name], expected);
    }
    std::vector<std::string> pk;
    for (const auto& c : it->columns) {
      if (c.primary_key) pk.push_back(c.name);
    }
    EXPECT_EQ(pk, ref.primary_key);
    std::vector<RefForeignKey> fks;
    for (const auto& f : it->foreign_keys) fks.push_back({f.columns, f.ref_table, f.ref_columns});
    std::sort(fks.begin(), fks.end());
    EXPECT_EQ(fks, ref.foreign_keys);
    std::set<std::vector<std::string>> uniques, ref_uniques;
    for (const auto& u : it->unique_constraints) uniques.insert(u.columns);
    for (const auto& u : ref.unique) ref_uniques.insert(u.columns);
    EXPECT_EQ(uniques, ref_uniques);
  }
}

}  // namespace
}  // namespace dbm::blazar::test
