// A run killed after any statement, then run again: the crash matrix. For
// blazar, sahara and the crash fixture tree on each dialect, `upgrade head`
// is killed after its K-th statement for every K (the test-only hook of
// host/runtime/fault_injection.h sends SIGKILL; the server sees a dropped
// connection, as with kill -9), and the next `upgrade head` must either reach
// head with exactly the schema of a run never killed, or stop before
// changing anything and say what it found and how to repair it. PostgreSQL
// and SQLite run the whole command in one transaction, so there every kill
// must end in a full resume; on MariaDB each statement commits, so the
// second run resumes the interrupted revision from the schema's evidence and
// stops only where a data operation leaves none. A few real `kill -9`s at
// random moments close the matrix.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <tuple>

#include "support/run_db_manage.h"
#include "support/schema_fingerprint.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

constexpr int kKilled = 128 + 9;

/// How each tree's tool is run: a service tool, or the fixture through --plugin-dir.
RunResult run_tree(const std::string& tree, const ScratchTarget& target, Strings args, std::string kill_after = "") {
  RunOptions options;
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  options.timeout = std::chrono::seconds(120);
  if (!kill_after.empty()) options.env = {{"DB_MANAGE_TEST_KILL_AFTER_STATEMENT", kill_after}};
  Strings full{"-q"};
  if (tree == "crash") {
    full.insert(full.end(), {"--plugin-dir", (fs::path(DBM_BINARY_DIR) / "tests/fixtures/plugins/crash").string(),
                             "--project", "crash"});
  } else {
    options.program = tree + "-db-manage";
  }
  full.insert(full.end(), {"--config-file", target.config().string()});
  full.insert(full.end(), args.begin(), args.end());
  return run_db_manage(full, options);
}

std::string head_of(const std::string& tree) {
  if (tree == "blazar") return "553383923ca0";
  if (tree == "sahara") return "035";
  return "c6drops00006";
}

using Param = std::tuple<std::string, std::string>;  // tree, dialect

class CrashMatrixTest : public ::testing::TestWithParam<Param> {};

TEST_P(CrashMatrixTest, EveryKilledUpgradeIsResumedOrExplained) {
  const auto& [tree, dialect] = GetParam();
  std::string clean_schema;
  {
    const ScratchTarget clean(dialect);
    const RunResult r = run_tree(tree, clean, {"upgrade", "head"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    clean_schema = schema_fingerprint(clean.url(), dialect);
  }
  int resumed = 0;
  int explained = 0;
  int statement = 1;
  for (;; ++statement) {
    SCOPED_TRACE("killed after statement " + std::to_string(statement));
    const ScratchTarget target(dialect);
    const RunResult killed = run_tree(tree, target, {"upgrade", "head"}, std::to_string(statement));
    if (killed.exit_code == 0) break;  // the run has fewer statements: the matrix is done
    ASSERT_EQ(killed.exit_code, kKilled) << killed.err;
    const Strings rows_before = target.version_rows();
    const RunResult again = run_tree(tree, target, {"upgrade", "head"});
    if (again.exit_code == 0) {
      ++resumed;
      EXPECT_EQ(target.version_rows(), Strings{head_of(tree)});
      ASSERT_EQ(schema_fingerprint(target.url(), dialect), clean_schema);
      continue;
    }
    // Only MariaDB's committed DDL can leave a revision half-applied.
    ASSERT_EQ(dialect, "mysql") << again.err;
    ASSERT_EQ(again.exit_code, 255) << again.err;
    EXPECT_NE(again.err.find("was interrupted part-way and the schema does not show where"), std::string::npos)
        << again.err;
    EXPECT_NE(again.err.find("Nothing was changed. To repair"), std::string::npos) << again.err;
    EXPECT_EQ(target.version_rows(), rows_before);
    ++explained;
  }
  EXPECT_GT(statement, 10) << "the hook never fired: is DBM_FAULT_INJECTION compiled in?";
  std::cout << "[ matrix   ] " << tree << "/" << dialect << ": " << statement - 1 << " kill points, " << resumed
            << " resumed, " << explained << " explained\n";
  if (dialect != "mysql") {
    EXPECT_EQ(explained, 0);
  }
}

INSTANTIATE_TEST_SUITE_P(Trees, CrashMatrixTest,
                         ::testing::Combine(::testing::Values("crash", "blazar", "sahara"),
                                            ::testing::ValuesIn(kDialects)),
                         [](const auto& info) { return std::get<0>(info.param) + "_" + std::get<1>(info.param); });

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
