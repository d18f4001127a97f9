// Crash resume beyond the matrix (crash_matrix_test.cpp): a data operation at
// the point of a kill is named with its repair, a resume is logged, and a
// few real `kill -9`s at random moments are resumed or explained.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/crash_tree.h"
#include "support/run_db_manage.h"
#include "support/schema_fingerprint.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

// The fixture's data revision: killed right after its UPDATE, the evidence
// (one column added, the other not) fits both "stopped before the UPDATE"
// and "after it"; the run stops, names the revision and what it found.
TEST(CrashExplanationTest, ADataOperationAtTheStopIsNamedWithTheRepair) {
  const ScratchTarget target("mysql");
  ASSERT_EQ(run_tree("crash", target, {"upgrade", "c4rename0004"}).exit_code, 0);
  // c5data000005: ADD COLUMN active (1), UPDATE (2), ADD COLUMN since (3), version row (4).
  ASSERT_EQ(run_tree("crash", target, {"upgrade", "head"}, "2").exit_code, kKilled);
  const RunResult again = run_tree("crash", target, {"upgrade", "head"});
  EXPECT_EQ(again.exit_code, 255);
  EXPECT_NE(again.err.find("FAILED: crash: revision c5data000005 (a data update between two DDL operations) was "
                           "interrupted part-way and the schema does not show where: it stopped at raw SQL, which "
                           "the schema cannot show as applied or not (found: add column owners.active applied). "
                           "Nothing was changed. To repair, apply the rest of it by hand ('upgrade "
                           "c4rename0004:c5data000005 --sql' prints all of its statements), then run 'stamp "
                           "c5data000005' and run the command again"),
            std::string::npos)
      << again.err;
  EXPECT_EQ(target.version_rows(), Strings{"c4rename0004"});
}

// Resuming says so, with what it found.
TEST(CrashExplanationTest, AResumeIsLogged) {
  const ScratchTarget target("mysql");
  ASSERT_EQ(run_tree("crash", target, {"upgrade", "c2keys000002"}).exit_code, 0);
  // c3columns003's first two statements: ADD COLUMN email, MODIFY name NOT NULL.
  ASSERT_EQ(run_tree("crash", target, {"upgrade", "head"}, "2").exit_code, kKilled);
  RunOptions options;
  const RunResult again =
      run_db_manage({"--plugin-dir", (fs::path(DBM_BINARY_DIR) / "tests/fixtures/plugins/crash").string(), "--project",
                     "crash", "--config-file", target.config().string(), "upgrade", "head"},
                    options);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("Resuming c3columns003 after 2 of 4 operations, found applied: add column owners.email, "
                           "alter column owners.name\n"),
            std::string::npos)
      << again.err;
}

// Real kill -9s at moments the test does not choose statement by statement.
TEST(CrashExplanationTest, RealKillsAreResumedOrExplained) {
  std::string clean_schema;
  {
    const ScratchTarget clean("mysql");
    ASSERT_EQ(run_tree("sahara", clean, {"upgrade", "head"}).exit_code, 0);
    clean_schema = schema_fingerprint(clean.url(), "mysql");
  }
  for (const char* delay : {"0.05", "0.15", "0.3", "0.45", "0.6"}) {
    SCOPED_TRACE(std::string("kill -9 after ") + delay + " s");
    const ScratchTarget target("mysql");
    RunOptions shell;
    shell.program = "/bin/sh";
    shell.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
    run_db_manage({"-c", "\"$0\" -q --config-file \"$1\" upgrade head & pid=$!; sleep \"$2\"; kill -9 $pid; wait $pid",
                   resolve_program("sahara-db-manage").string(), target.config().string(), delay},
                  shell);
    const RunResult again = run_tree("sahara", target, {"upgrade", "head"});
    if (again.exit_code == 0) {
      EXPECT_EQ(target.version_rows(), Strings{"035"});
      EXPECT_EQ(schema_fingerprint(target.url(), "mysql"), clean_schema);
    } else {
      EXPECT_EQ(again.exit_code, 255) << again.err;
      EXPECT_NE(again.err.find("was interrupted part-way"), std::string::npos) << again.err;
    }
  }
}

}  // namespace
}  // namespace dbm::e2e
