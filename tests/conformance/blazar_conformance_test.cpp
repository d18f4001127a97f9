// The blazar plugin run by the built binary against real databases, its
// schema compared after every step with what real Alembic produced for the
// upstream tree (tests/fixtures/blazar, provenance in its README), using the
// project's dumper. Where Alembic failed (a *.FAILED.json step), ours must
// succeed and stand at that revision: the deviation is written beside the
// revision.
#include <algorithm>
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "support/reference_dumps.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

fs::path reference(const std::string& dialect) { return conformance::fixture_dir("blazar") / dialect; }
using conformance::Dump;
using conformance::dumps_in;

std::string compare(const std::string& url, const fs::path& dump) { return conformance::compare_schema(url, dump); }

std::string dialect_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

class BlazarConformanceTest : public ::testing::TestWithParam<std::string> {
 protected:
  BlazarConformanceTest() : target_(GetParam(), "blazar.conf"), url_(target_.url()), conf_(target_.config()) {}

  RunResult blazar(std::vector<std::string> args) {
    args.insert(args.begin(), "-q");
    return run_service_tool("blazar", conf_, args);
  }

  std::vector<std::string> version_rows() { return target_.version_rows(); }

  /// Moves to each dump's revision with `command` and compares.
  void walk(const std::string& command, const std::vector<Dump>& dumps) {
    for (const Dump& dump : dumps) {
      const std::string target = dump.revision == "base" ? "base" : dump.revision;
      const RunResult r = blazar({command, target});
      ASSERT_EQ(r.exit_code, 0) << command << " " << target << ": " << r.err;
      if (dump.failed) {
        // Upstream stopped here; we must not: the revision is applied.
        const auto rows = version_rows();
        EXPECT_TRUE(dump.revision == "base" ? rows.empty() : (rows.size() == 1 && rows[0] == dump.revision))
            << command << " " << target;
        continue;
      }
      EXPECT_EQ(compare(url_, dump.path), "") << "after " << command << " " << target;
    }
  }

  ScratchTarget target_;
  const std::string& url_;
  const fs::path& conf_;
};

TEST_P(BlazarConformanceTest, EachUpgradeStepEqualsAlembicsSchema) {
  auto dumps = dumps_in(reference(GetParam()));
  std::erase_if(dumps, [](const Dump& d) { return d.revision == "base"; });
  walk("upgrade", dumps);
  // Past upstream's failure the tree goes on to head.
  const RunResult r = blazar({"upgrade", "head"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(version_rows(), std::vector<std::string>{"553383923ca0"});
}

TEST_P(BlazarConformanceTest, EachDowngradeStepEqualsAlembicsSchema) {
  // Start where upstream's stepwise downgrade started: the furthest revision it reached.
  const std::map<std::string, std::string> start{
      {"mysql", "553383923ca0"}, {"postgresql", "f4084140f608"}, {"sqlite", "35b314cd39ee"}};
  ASSERT_EQ(blazar({"upgrade", start.at(GetParam())}).exit_code, 0);
  auto dumps = dumps_in(reference(GetParam()) / "downgrade");
  std::reverse(dumps.begin(), dumps.end());
  walk("downgrade", dumps);
  const RunResult r = blazar({"downgrade", "base"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(version_rows().empty());
  EXPECT_EQ(compare(url_, reference(GetParam()) / "000_base.json").find("/tables"), std::string::npos);
}

TEST_P(BlazarConformanceTest, OneShotUpgradeDowngradeAndUpgradeAgain) {
  ASSERT_EQ(blazar({"upgrade", "head"}).exit_code, 0);
  // Only MariaDB reached head under Alembic in one run; elsewhere the one-shot dumps are failures.
  if (GetParam() == "mysql") {
    EXPECT_EQ(compare(url_, reference("mysql") / "oneshot_after_upgrade_head.json"), "");
  }
  const RunResult down = blazar({"downgrade", "base"});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  EXPECT_TRUE(version_rows().empty());
  const RunResult up = blazar({"upgrade", "head"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(version_rows(), std::vector<std::string>{"553383923ca0"});
  if (GetParam() == "mysql") {
    EXPECT_EQ(compare(url_, reference("mysql") / "head.json"), "");
  }
}

INSTANTIATE_TEST_SUITE_P(Dialects, BlazarConformanceTest, ::testing::ValuesIn(kDialects), dialect_name);

}  // namespace
}  // namespace dbm::e2e
