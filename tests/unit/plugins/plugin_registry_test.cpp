// Loading real plugin libraries built as fixtures: the handshake order, each
// refusal's one-line reason, duplicate names, and invalid revision trees.
#include "plugins/plugin_registry.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "dbm/build_tag.h"
#include "dbm/entry.h"
#include "dbm/operations.h"
#include "plugins/plugin_graph.h"

namespace dbm::plugins {
namespace {

const std::filesystem::path kFixtures = std::filesystem::path(DBM_BINARY_DIR) / "tests/fixtures/plugins";

std::string library(const std::string& fixture) {
  return (kFixtures / fixture / ("libdbm_fixture_" + fixture + ".so")).string();
}

SearchPath only(std::vector<std::string> dirs) {
  SearchPath path;
  for (auto& dir : dirs) path.explicit_dirs.push_back(kFixtures / dir);
  return path;
}

TEST(LoadedPluginTest, LoadsAValidPluginAndKeepsItsRevisions) {
  auto plugin = LoadedPlugin::load(library("linear"));
  EXPECT_EQ(plugin->name(), "linear");
  EXPECT_EQ(plugin->version(), "1.0");
  ASSERT_EQ(plugin->plugin().revisions.size(), 3u);
  EXPECT_EQ(plugin->plugin().revisions[1].down, std::vector<std::string>{"1a2b3c4d5e6f"});
  // A revision function recorded by the plugin runs while the library is loaded.
  struct FakeContext : dbm::Context {
    std::string d = "sqlite";
    const std::string& dialect() const override { return d; }
    std::optional<std::string> config(const std::string&, const std::string&) const override { return {}; }
  } context;
  dbm::Operations op(context, "1a2b3c4d5e6f");
  plugin->plugin().revisions[0].upgrade(op);
  EXPECT_EQ(op.operations().size(), 1u);
}

TEST(LoadedPluginTest, RefusesALibraryWithoutTheEntryPoint) {
  try {
    LoadedPlugin::load(library("not_a_plugin"));
    FAIL() << "expected PluginError";
  } catch (const PluginError& e) {
    EXPECT_EQ(e.reason(), "no db-manage entry point (dbm_plugin_entry_v2); not a plugin?");
    EXPECT_EQ(std::string(e.what()), "plugin '" + library("not_a_plugin") + "': " + e.reason());
  }
}

TEST(LoadedPluginTest, RefusesAnotherApiVersion) {
  try {
    LoadedPlugin::load(library("wrong_api"));
    FAIL() << "expected PluginError";
  } catch (const PluginError& e) {
    // The fixture claims an API version 41 past the host's.
    EXPECT_EQ(e.reason(), "got plugin API version " + std::to_string(dbm::kPluginApiVersion + 41) +
                              ", this db-manage supports " + std::to_string(dbm::kPluginApiVersion));
  }
}

TEST(LoadedPluginTest, RefusesAnotherBuildTag) {
  try {
    LoadedPlugin::load(library("wrong_tag"));
    FAIL() << "expected PluginError";
  } catch (const PluginError& e) {
    EXPECT_EQ(e.reason(), std::string("built with 'othercc-1;otherlib;c++201703L', this db-manage with '") +
                              DBM_BUILD_TAG + "'; rebuild the plugin");
  }
}

TEST(LoadedPluginTest, RefusesAnEntryWithoutAName) {
  try {
    LoadedPlugin::load(library("no_name"));
    FAIL() << "expected PluginError";
  } catch (const PluginError& e) {
    EXPECT_EQ(e.reason(), "declares an empty project name");
  }
}

TEST(LoadedPluginTest, ReportsAPluginThatThrowsWhileBuilding) {
  try {
    LoadedPlugin::load(library("throws"));
    FAIL() << "expected PluginError";
  } catch (const PluginError& e) {
    EXPECT_EQ(e.reason(), "failed while building its plugin: fixture refuses to build its revisions");
  }
}

TEST(LoadedPluginTest, RefusesAFileThatIsNotALibrary) {
  const auto dir = std::filesystem::temp_directory_path() / "dbm_plugins_test_garbage";
  std::filesystem::create_directories(dir);
  const auto file = dir / "libgarbage.so";
  std::ofstream(file) << "this is not an ELF file\n";
  try {
    LoadedPlugin::load(file);
    FAIL() << "expected PluginError";
  } catch (const PluginError& e) {
    EXPECT_EQ(e.reason().rfind("cannot be loaded: ", 0), 0u) << e.reason();
    EXPECT_NE(e.reason().find("libgarbage.so"), std::string::npos) << e.reason();
  }
  std::filesystem::remove_all(dir);
}

TEST(PluginRegistryTest, KeepsGoodPluginsAndRecordsRefusals) {
  auto registry = PluginRegistry::discover(only({"linear", "wrong_api", "not_a_plugin"}));
  ASSERT_EQ(registry.plugins().size(), 1u);
  EXPECT_EQ(registry.plugins()[0]->name(), "linear");
  ASSERT_EQ(registry.refusals().size(), 2u);
  EXPECT_EQ(registry.refusals()[0].path, library("wrong_api"));
  EXPECT_EQ(registry.refusals()[1].path, library("not_a_plugin"));
}

TEST(PluginRegistryTest, TheFirstPluginOfANameWins) {
  auto registry = PluginRegistry::discover(only({"linear", "same_name"}));
  ASSERT_EQ(registry.plugins().size(), 1u);
  EXPECT_EQ(registry.get("linear").path(), library("linear"));
  ASSERT_EQ(registry.refusals().size(), 1u);
  EXPECT_EQ(registry.refusals()[0].reason,
            "another plugin named 'linear' was found first, in '" + library("linear") + "'");
}

TEST(PluginRegistryTest, ALookupOpensLibrariesOnlyUntilItFindsTheProject) {
  const auto dir = std::filesystem::temp_directory_path() / ("dbm-lazy-registry-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(library("linear"), dir / "a_linear.so");
  std::ofstream(dir / "b_later.so") << "not a library\n";
  SearchPath path;
  path.explicit_dirs.push_back(dir);
  auto registry = PluginRegistry::discover(path);
  ASSERT_NE(registry.find("linear"), nullptr);
  // Had the lookup opened b_later.so, its refusal would say what was wrong
  // with the file; it is opened only now, after the file is gone.
  std::filesystem::remove(dir / "b_later.so");
  ASSERT_EQ(registry.refusals().size(), 1u);
  EXPECT_NE(registry.refusals()[0].reason.find("No such file"), std::string::npos) << registry.refusals()[0].reason;
  EXPECT_EQ(registry.plugins().size(), 1u);
  std::filesystem::remove_all(dir);
}

TEST(PluginRegistryTest, AMissingPluginDirectoryIsAnError) {
  try {
    PluginRegistry::discover(only({"no_such_dir"}));
    FAIL() << "expected PluginError";
  } catch (const PluginError& e) {
    EXPECT_EQ(std::string(e.what()), "plugin '" + (kFixtures / "no_such_dir").string() +
                                         "': plugin directory does not exist");
  }
}

TEST(PluginRegistryTest, AnUnknownProjectNamesTheKnownOnes) {
  auto registry = PluginRegistry::discover(only({"linear", "branched"}));
  try {
    registry.get("nova");
    FAIL() << "expected Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "unknown project 'nova'; plugins found: branched, linear");
  }
}

TEST(PluginRegistryTest, SearchPathReadsTheEnvironmentAfterTheFlags) {
  SearchPath path = SearchPath::standard({"/a", "/b"}, "/c::/d");
  std::vector<std::filesystem::path> expected{"/a", "/b", "/c", "/d"};
  EXPECT_EQ(path.explicit_dirs, expected);
}

class InvalidTreeTest : public ::testing::TestWithParam<std::pair<std::string, std::string>> {};

TEST_P(InvalidTreeTest, IsRefusedWithAReasonNamingTheRevision) {
  const auto& [fixture, fragment] = GetParam();
  auto plugin = LoadedPlugin::load(library(fixture));
  try {
    build_revision_graph(*plugin);
    FAIL() << "expected PluginError for " << fixture;
  } catch (const PluginError& e) {
    EXPECT_EQ(e.path(), library(fixture));
    EXPECT_EQ(e.reason().rfind("invalid revision tree: ", 0), 0u) << e.reason();
    EXPECT_NE(e.reason().find(fragment), std::string::npos) << e.reason();
  }
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, InvalidTreeTest,
    ::testing::Values(std::make_pair("duplicate_id", "aaaa00000001"),
                      std::make_pair("unknown_parent", "ffff00000009"),
                      std::make_pair("cycle", "bbbb00000002"),
                      std::make_pair("long_id", "this_revision_id_is_longer_than_32_chars")));

TEST(PluginGraphTest, ValidTreesBuild) {
  for (const char* fixture : {"linear", "branched", "merged"}) {
    auto plugin = LoadedPlugin::load(library(fixture));
    EXPECT_NO_THROW(build_revision_graph(*plugin)) << fixture;
  }
}

}  // namespace
}  // namespace dbm::plugins
