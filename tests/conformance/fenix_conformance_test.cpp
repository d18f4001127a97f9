// The fenix plugin run by the built binary on each dialect. Upstream's only
// revision fails everywhere under Alembic, so the schema compared is the one
// it intends, made by real Alembic from the revision with its defect removed:
// tests/fixtures/fenix/intended/<dialect>/ (provenance in that README).
#include <filesystem>

#include <gtest/gtest.h>

#include "support/reference_dumps.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kTables = {"sessions",  "hosts",          "projects",
                                          "instances", "action_plugins", "action_plugin_instances"};

fs::path intended_head(const std::string& dialect) {
  return conformance::fixture_dir("fenix") / "intended" / dialect / "head.json";
}

class FenixConformanceTest : public ::testing::TestWithParam<std::string> {
 protected:
  FenixConformanceTest() : target_(GetParam(), "fenix.conf") {}

  RunResult fenix(std::vector<std::string> args) {
    args.insert(args.begin(), "-q");
    return run_service_tool("fenix", target_.config(), args);
  }

  ScratchTarget target_;
};

TEST_P(FenixConformanceTest, UpgradeDowngradeAndUpgradeAgainGiveTheIntendedSchema) {
  const RunResult up = fenix({"upgrade", "head"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(conformance::compare_schema(target_.url(), intended_head(GetParam())), "");

  // Upstream drops sessions first, which PostgreSQL and MariaDB refuse; ours drops children first.
  const RunResult down = fenix({"downgrade", "base"});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  EXPECT_TRUE(target_.version_rows().empty());
  for (const auto& table : kTables) EXPECT_FALSE(target_.has_table(table)) << table;

  const RunResult again = fenix({"upgrade", "head"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(conformance::compare_schema(target_.url(), intended_head(GetParam())), "");
}

TEST_P(FenixConformanceTest, StepwiseEqualsOneShot) {
  // One revision: `upgrade +1` is the only step, and the intended state after it is the head's.
  ASSERT_EQ(fenix({"upgrade", "+1"}).exit_code, 0);
  EXPECT_EQ(conformance::compare_schema(target_.url(), intended_head(GetParam())), "");
  EXPECT_EQ(target_.version_rows(), std::vector<std::string>{"001"});
}

INSTANTIATE_TEST_SUITE_P(Dialects, FenixConformanceTest, ::testing::ValuesIn(kDialects),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dbm::e2e
