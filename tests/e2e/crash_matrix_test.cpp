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
// stops only where a data operation leaves none. Labelled `exhaustive`:
// the sanitized suite leaves it out (crash_resume_test.cpp keeps real kills there).
#include <gtest/gtest.h>

#include <iostream>
#include <string>
#include <tuple>

#include "support/crash_tree.h"
#include "support/schema_fingerprint.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

using Strings = std::vector<std::string>;

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

}  // namespace
}  // namespace dbm::e2e
