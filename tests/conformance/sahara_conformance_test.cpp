// The sahara plugin run by the built binary against real databases, its schema
// compared after every step with what real Alembic produced
// (tests/fixtures/sahara, provenance in its README). On SQLite real Alembic
// stops at 007 (sqlite/007_007.FAILED_STATE.json); from there ours must have
// the schema the revisions intend, checked against the PostgreSQL dump of the
// same step in SQLite's terms.
#include <filesystem>

#include <gtest/gtest.h>

#include "support/reference_dumps.h"
#include "support/run_db_manage.h"
#include "support/schema_tools.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

fs::path dumps_dir(const std::string& dialect) { return conformance::fixture_dir("sahara") / dialect; }

/// "001" for 1: sahara's ids are the step number, zero-padded to three digits.
std::string step_id(int step) {
  const std::string digits = std::to_string(step);
  return std::string(digits.size() < 3 ? 3 - digits.size() : 0, '0') + digits;
}

class SaharaConformanceTest : public ::testing::TestWithParam<std::string> {
 protected:
  SaharaConformanceTest() : target_(GetParam(), "sahara.conf") {}

  RunResult sahara(std::vector<std::string> args) {
    args.insert(args.begin(), "-q");
    return run_service_tool("sahara", target_.config(), args);
  }

  /// The differences between the database and what real Alembic left after
  /// `step` on this dialect, or (SQLite past Alembic's failure) what it left on
  /// PostgreSQL, in SQLite's terms.
  std::string compare_step(int step) {
    const std::string name = step_id(step) + "_" + step_id(step) + ".json";
    // Before Alembic's failure (if any) this dialect's dump must be there: a missing one fails.
    const int stopped = conformance::failed_step(dumps_dir(GetParam()));
    if (stopped == 0 || step < stopped) return conformance::compare_schema(target_.url(), dumps_dir(GetParam()) / name);
    EXPECT_EQ(GetParam(), "sqlite") << "only SQLite is compared in PostgreSQL's terms";
    return schema_difference(target_.url(), dumps_dir("postgresql") / name, {"--from-postgresql"});
  }

  ScratchTarget target_;
};

TEST_P(SaharaConformanceTest, EachUpgradeStepEqualsAlembicsSchema) {
  for (int step = 1; step <= 35; ++step) {
    SCOPED_TRACE("upgrade " + step_id(step));
    const RunResult r = sahara({"upgrade", step_id(step)});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(compare_step(step), "");
  }
}

TEST_P(SaharaConformanceTest, OneShotUpgradeEqualsTheStepwiseHead) {
  const RunResult r = sahara({"upgrade", "head"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(target_.version_rows(), std::vector<std::string>{"035"});
  EXPECT_EQ(compare_step(35), "");
}

INSTANTIATE_TEST_SUITE_P(Dialects, SaharaConformanceTest, ::testing::ValuesIn(kDialects),
                         [](const auto& info) { return info.param; });

// The translated comparison must be able to fail: the schema at 006 is not the head's.
TEST(SaharaSqliteTranslationTest, SeesADifferentSchema) {
  ScratchTarget target("sqlite", "sahara.conf");
  ASSERT_EQ(run_service_tool("sahara", target.config(), {"-q", "upgrade", "006"}).exit_code, 0);
  const std::string difference =
      schema_difference(target.url(), dumps_dir("postgresql") / "035_035.json", {"--from-postgresql"});
  EXPECT_NE(difference.find("/tables/plugin_data: missing"), std::string::npos) << difference;
}

}  // namespace
}  // namespace dbm::e2e
