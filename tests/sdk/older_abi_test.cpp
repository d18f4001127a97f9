// A plugin built against an older plugin ABI (the previous SDK major version),
// met through the binary as a deployer meets it after upgrading db-manage:
// `plugins -v` refuses it in one line naming both ABI numbers, and a command
// for its project stops in one line instead of loading it.
#include <algorithm>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "dbm/entry.h"
#include "support/run_db_manage.h"

namespace dbm::sdk {
namespace {

namespace fs = std::filesystem;
using e2e::RunOptions;
using e2e::RunResult;
using e2e::run_db_manage;

const fs::path kOldApi = fs::path(DBM_BINARY_DIR) / "tests/fixtures/plugins/old_api";

RunOptions without_plugin_path() {
  RunOptions options;
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  return options;
}

long lines_in(const std::string& text) { return std::count(text.begin(), text.end(), '\n'); }

TEST(OlderPluginAbiTest, PluginsVerboseRefusesItNamingBothNumbers) {
  static_assert(kPluginApiVersion > 1, "the fixture needs an older number to claim");
  const RunResult r = run_db_manage({"--plugin-dir", kOldApi.string(), "plugins", "--verbose"}, without_plugin_path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string line = "refused: " + (kOldApi / "libdbm_fixture_old_api.so").string() +
                           ": got plugin API version " + std::to_string(kPluginApiVersion - 1) +
                           ", this db-manage supports " + std::to_string(kPluginApiVersion) + "\n";
  EXPECT_NE(r.out.find(line), std::string::npos) << r.out;
  // Refused, so not listed as a plugin.
  EXPECT_EQ(r.out.find("\nold_api "), std::string::npos) << r.out;
}

TEST(OlderPluginAbiTest, ACommandForItsProjectStopsInOneLineBeforeLoadingIt) {
  const RunResult r =
      run_db_manage({"--plugin-dir", kOldApi.string(), "--project", "old_api", "heads"}, without_plugin_path());
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(lines_in(r.err), 1) << r.err;
  // The line names the library and both ABI numbers.
  EXPECT_EQ(r.err, "FAILED: the plugin for project 'old_api' (" + (kOldApi / "libdbm_fixture_old_api.so").string() +
                       ") was refused: got plugin API version " + std::to_string(kPluginApiVersion - 1) +
                       ", this db-manage supports " + std::to_string(kPluginApiVersion) + "\n");
}

}  // namespace
}  // namespace dbm::sdk
