#include "support/readme_authoring.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "support/run_db_manage.h"
#include "support/temp_dir.h"

namespace dbm::e2e {

void expect_readme_authoring_lines(const std::string& service, const std::string& config) {
  RunResult r = run_service_tool(service, config, {"revision", "-m", "description of revision", "--autogenerate"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("not available yet"), std::string::npos) << r.err;
  const TempDir scratch;
  const std::filesystem::path tree = scratch.path() / service;
  std::filesystem::copy(std::filesystem::path(DBM_SOURCE_DIR) / "plugins" / service, tree,
                        std::filesystem::copy_options::recursive);
  r = run_service_tool(service, config, {"revision", "-m", "description of revision", "--source-dir", tree.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string suffix = "_description_of_revision.cpp ...  done\n";
  ASSERT_GT(r.out.size(), suffix.size());
  EXPECT_EQ(r.out.substr(r.out.size() - suffix.size()), suffix) << r.out;
}

}  // namespace dbm::e2e
