// Loads the built plugin module the way the host will (Boost.DLL alias, API
// version, build tag) and checks it hands out the same blazar plugin. Knows
// nothing of the host's loader beyond the SDK's export contract.
#include <string>

#include <boost/dll/shared_library.hpp>
#include <gtest/gtest.h>

#include <dbm/export.h>

namespace dbm::blazar::test {
namespace {

TEST(BlazarModuleTest, ExportsThePluginInfoAlias) {
  const std::string path = std::string(DBM_BINARY_DIR) + "/plugins/libdbm_plugin_blazar.so";
  boost::dll::shared_library library(path);
  ASSERT_TRUE(library.has(DBM_PLUGIN_SYMBOL));
  const PluginInfo info = library.get_alias<PluginInfo()>(DBM_PLUGIN_SYMBOL)();
  EXPECT_EQ(info.api_version, kPluginApiVersion);
  EXPECT_EQ(std::string(info.build_tag), DBM_BUILD_TAG);
  const Plugin& p = info.plugin();
  EXPECT_EQ(p.name, "blazar");
  ASSERT_EQ(p.revisions.size(), 19u);
  EXPECT_EQ(p.revisions.front().id, "0_1");
  EXPECT_EQ(p.revisions.back().id, "553383923ca0");
  EXPECT_EQ(p.models.size(), 15u);
  // Internal symbols stay hidden: only the alias is the plugin's interface.
  EXPECT_FALSE(library.has("_ZN3dbm6blazar6pluginEv"));
}

}  // namespace
}  // namespace dbm::blazar::test
