// The tacker plugin run by the built binary against real databases, its
// schema compared after every step with what real Alembic produced
// (tests/fixtures/tacker, provenance in its README): PostgreSQL's prefix
// dumps and MariaDB's per-step dumps. Each step is its own process, so on
// PostgreSQL #64 (3ff50553e9d3, which declares the enum type #62 created)
// must work step by step, where real Alembic fails. On SQLite real Alembic
// stops at #5; from there ours must have the schema the revisions intend:
// the PostgreSQL dump of the same step in SQLite's terms, with the types the
// revisions choose for every dialect but PostgreSQL (see kSqliteTerms).
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "support/reference_dumps.h"
#include "support/run_db_manage.h"
#include "support/schema_tools.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

fs::path dumps_dir(const std::string& dialect) { return conformance::fixture_dir("tacker") / dialect; }

// PostgreSQL types the revisions choose for PostgreSQL only: text_type_maxlen
// (VARCHAR(65535) there, TEXT(65535) elsewhere), deleted_type (SMALLINT
// there, BOOLEAN elsewhere; tacker has no other SMALLINT) and the generated
// count columns (NUMERIC(11) in PostgreSQL's raw SQL, INTEGER elsewhere).
const std::vector<std::string> kSqliteTerms = {
    "--from-postgresql",      "--map-type", "VARCHAR(65535)=TEXT(65535)", "--map-type", "SMALLINT=BOOLEAN",
    "--map-type",             "NUMERIC(11, 0)=INTEGER",
};

std::vector<conformance::Dump> steps() {
  std::vector<conformance::Dump> all = conformance::dumps_in(dumps_dir("postgresql"));
  EXPECT_EQ(all.size(), 72u);
  return all;
}

class TackerConformanceTest : public ::testing::TestWithParam<std::string> {
 protected:
  TackerConformanceTest() : target_(GetParam(), "tacker.conf") {}

  RunResult tacker(std::vector<std::string> args) {
    args.insert(args.begin(), "-q");
    return run_service_tool("tacker", target_.config(), args);
  }

  /// The differences between the database and real Alembic's schema after
  /// `dump`'s step on this dialect, or (SQLite past Alembic's failure) on
  /// PostgreSQL, in SQLite's terms.
  std::string compare_step(const conformance::Dump& dump) {
    const fs::path native = dumps_dir(GetParam()) / dump.path.filename();
    // Before Alembic's failure (if any) this dialect's dump must be there: a missing one fails.
    const int stopped = conformance::failed_step(dumps_dir(GetParam()));
    if (stopped == 0 || std::stoi(native.filename().string().substr(0, 3)) < stopped) {
      return conformance::compare_schema(target_.url(), native);
    }
    EXPECT_EQ(GetParam(), "sqlite") << "only SQLite is compared in PostgreSQL's terms";
    return schema_difference(target_.url(), dump.path, kSqliteTerms);
  }

  ScratchTarget target_;
};

TEST_P(TackerConformanceTest, EachUpgradeStepEqualsAlembicsSchema) {
  for (const conformance::Dump& dump : steps()) {
    SCOPED_TRACE("upgrade " + dump.revision);
    const RunResult r = tacker({"upgrade", dump.revision});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(target_.version_rows(), std::vector<std::string>{dump.revision});
    EXPECT_EQ(compare_step(dump), "");
  }
}

TEST_P(TackerConformanceTest, OneShotUpgradeEqualsTheStepwiseHead) {
  const RunResult r = tacker({"upgrade", "head"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(target_.version_rows(), std::vector<std::string>{"ca2ad037c320"});
  EXPECT_EQ(compare_step(steps().back()), "");
}

INSTANTIATE_TEST_SUITE_P(Dialects, TackerConformanceTest, ::testing::ValuesIn(kDialects),
                         [](const auto& info) { return info.param; });

// The translated comparison must be able to fail: the schema at #4 is not the head's.
TEST(TackerSqliteTranslationTest, SeesADifferentSchema) {
  ScratchTarget target("sqlite", "tacker.conf");
  ASSERT_EQ(run_service_tool("tacker", target.config(), {"-q", "upgrade", "13c0e0661015"}).exit_code, 0);
  const std::string difference = schema_difference(target.url(), steps().back().path, kSqliteTerms);
  EXPECT_NE(difference.find("/tables/vnf_lcm_filters: missing"), std::string::npos) << difference;
}

}  // namespace
}  // namespace dbm::e2e
