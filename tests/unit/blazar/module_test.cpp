// Loads the built plugin module the way the host will (the C entry record:
// API version, build tag, name, version, then the Plugin) and checks it hands
// out the blazar plugin. Knows nothing of the host's loader beyond the SDK's
// entry contract (dbm/entry.h).
#include <string>

#include <boost/dll/shared_library.hpp>
#include <gtest/gtest.h>

#include <dbm/entry.h>
#include <dbm/operations.h>
#include <dbm/plugin.h>

#include "recording.h"

namespace dbm::blazar::test {
namespace {

const std::string kModule = std::string(DBM_BINARY_DIR) + "/plugins/libdbm_plugin_blazar.so";

TEST(BlazarModuleTest, ExportsTheEntryRecord) {
  boost::dll::shared_library library(kModule);
  ASSERT_TRUE(library.has(DBM_PLUGIN_ENTRY_SYMBOL));
  const dbm_plugin_entry* entry = library.get<const dbm_plugin_entry*()>(DBM_PLUGIN_ENTRY_SYMBOL)();
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->api_version, kPluginApiVersion);
  EXPECT_EQ(std::string(entry->build_tag), DBM_BUILD_TAG);
  EXPECT_EQ(std::string(entry->name), "blazar");
  // The upstream tree these revisions port: openstack/blazar acc44dc9792c.
  EXPECT_EQ(std::string(entry->version), "acc44dc9");
  // The same record on every call: the host may read it more than once.
  EXPECT_EQ(library.get<const dbm_plugin_entry*()>(DBM_PLUGIN_ENTRY_SYMBOL)(), entry);

  ASSERT_NE(entry->plugin, nullptr);
  const auto* p = static_cast<const Plugin*>(entry->plugin());
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(entry->plugin(), p);  // built once
  ASSERT_EQ(p->revisions.size(), 19u);
  EXPECT_EQ(p->revisions.front().id, "0_1");
  EXPECT_EQ(p->revisions.back().id, "553383923ca0");
  EXPECT_EQ(p->models.size(), 15u);
}

TEST(BlazarModuleTest, TheModulesRevisionsRecordWhatTheObjectsDo) {
  boost::dll::shared_library library(kModule);
  const dbm_plugin_entry* entry = library.get<const dbm_plugin_entry*()>(DBM_PLUGIN_ENTRY_SYMBOL)();
  const auto* p = static_cast<const Plugin*>(entry->plugin());
  ASSERT_EQ(p->revisions.size(), 19u);
  for (const Revision& rev : p->revisions) {
    EXPECT_EQ(describe(record(rev, "postgresql", Direction::kUp), "postgresql"),
              summary(rev.id, "postgresql", Direction::kUp))
        << rev.id;
  }
}

TEST(BlazarModuleTest, ExportsNothingButTheEntry) {
  boost::dll::shared_library library(kModule);
  // The old Boost.DLL alias is gone, and internal symbols stay hidden.
  EXPECT_FALSE(library.has("dbm_plugin_info_v1"));
  EXPECT_FALSE(library.has("_ZN3dbm6blazar6pluginEv"));
  EXPECT_FALSE(library.has("_ZN3dbm6blazar16listed_revisionsEv"));
}

}  // namespace
}  // namespace dbm::blazar::test
