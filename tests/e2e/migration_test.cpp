// upgrade, downgrade and stamp run by the built binary on the engine fixture
// plugins (tests/fixtures/plugins/engine_fixture.cpp), on a SQLite file and
// the test PostgreSQL and MariaDB servers: version rows through branches and
// merges, irreversible revisions, failure semantics per dialect, an online
// data migration, SQLite table rebuilds keeping rows, and concurrent runs.
#include <algorithm>
#include <filesystem>
#include <chrono>
#include <future>
#include <thread>

#include <gtest/gtest.h>

#include "support/config_file.h"
#include "support/query_rows.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(DBM_BINARY_DIR) / "tests/fixtures/plugins";

using Strings = std::vector<std::string>;

std::string dialect_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

class MigrationTest : public ::testing::TestWithParam<std::string> {
 protected:
  MigrationTest() : target_(GetParam()) {}

  RunResult run(const std::string& project, Strings args) {
    Strings full{"-q", "--plugin-dir", (kFixtures / project).string(), "--project", project,
                 "--config-file", target_.config().string()};
    full.insert(full.end(), args.begin(), args.end());
    RunOptions options;
    options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
    return run_db_manage(full, options);
  }
  RunResult engine(Strings args) { return run("engine", std::move(args)); }

  Strings rows() { return target_.version_rows(); }
  Rows select(const std::string& sql) { return query_rows(target_.url(), sql); }

  ScratchTarget target_;
};

TEST_P(MigrationTest, BranchesAndMergeMoveVersionRowsAsAlembicDoes) {
  ASSERT_EQ(engine({"upgrade", "c3left000003"}).exit_code, 0);
  EXPECT_EQ(rows(), (Strings{"c3left000003"}));
  ASSERT_EQ(engine({"upgrade", "d4right00004"}).exit_code, 0);
  EXPECT_EQ(rows(), (Strings{"c3left000003", "d4right00004"}));
  const RunResult merged = engine({"upgrade", "e5merge00005"});
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(rows(), (Strings{"e5merge00005"}));
  // A relative step down from a merge point is ambiguous to Alembic too.
  const RunResult ambiguous = engine({"downgrade", "-1"});
  EXPECT_EQ(ambiguous.exit_code, 255);
  EXPECT_EQ(ambiguous.err, "FAILED: Ambiguous walk\n");
  ASSERT_EQ(engine({"downgrade", "c3left000003"}).exit_code, 0);
  EXPECT_EQ(rows(), (Strings{"c3left000003", "d4right00004"}));
  // As real Alembic does (tests/fixtures/runtime/expected/probe_down_expand_base.case),
  // label@base walks the whole lineage down to base, not just the labelled branch.
  ASSERT_EQ(engine({"downgrade", "right@base"}).exit_code, 0);
  EXPECT_TRUE(rows().empty());
  EXPECT_FALSE(target_.has_table("right_t"));
  EXPECT_FALSE(target_.has_table("accounts"));
}

TEST_P(MigrationTest, DeltaAndDryRun) {
  const RunResult dry = engine({"upgrade", "--delta", "2", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_NE(dry.out.find("a1acct000001"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("b2desc000002"), std::string::npos) << dry.out;
  EXPECT_FALSE(target_.has_table("accounts")) << "--dry-run must not touch the database";
  ASSERT_EQ(engine({"upgrade", "--delta", "2"}).exit_code, 0);
  EXPECT_EQ(rows(), (Strings{"b2desc000002"}));
  ASSERT_EQ(engine({"downgrade", "--delta", "1"}).exit_code, 0);
  EXPECT_EQ(rows(), (Strings{"a1acct000001"}));
  const RunResult none = engine({"upgrade"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.err, "FAILED: You must provide a revision or relative delta\n");
}

TEST_P(MigrationTest, VerboseLogsStatementsAndTimesOnStderr) {
  Strings full{"--plugin-dir", (kFixtures / "engine").string(), "--project", "engine",
               "--config-file", target_.config().string(), "upgrade", "a1acct000001", "-v"};
  RunOptions options;
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  const RunResult r = run_db_manage(full, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("INFO  [alembic.runtime.migration] Running upgrade  -> a1acct000001, create accounts\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("CREATE TABLE accounts"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("upgrade  -> a1acct000001, create accounts took "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("dbm-secret"), std::string::npos) << "no password in verbose output";
}

TEST_P(MigrationTest, AnIrreversibleRevisionStopsADowngradeBeforeAnythingRuns) {
  ASSERT_EQ(engine({"upgrade", "head"}).exit_code, 0);
  EXPECT_EQ(rows(), (Strings{"f6final00006"}));
  const RunResult r = engine({"downgrade", "base"});
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_NE(r.err.find("f6final00006"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("has no downgrade"), std::string::npos) << r.err;
  EXPECT_EQ(rows(), (Strings{"f6final00006"}));
  EXPECT_TRUE(target_.has_table("audit"));
}

TEST_P(MigrationTest, RowsSurviveAlterColumnAndTheDataMigrationCopiesThem) {
  ASSERT_EQ(engine({"upgrade", "a1acct000001"}).exit_code, 0);
  execute(target_.url(), "INSERT INTO accounts (id, name) VALUES (1, 'alice')");
  execute(target_.url(), "INSERT INTO accounts (id, name) VALUES (2, 'bob')");
  const RunResult r = engine({"upgrade", "c3left000003"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(select("SELECT id, name, description FROM accounts ORDER BY id"),
            (Rows{{"1", "alice", std::string(kNull)}, {"2", "bob", std::string(kNull)}}));
  EXPECT_EQ(select("SELECT id, name FROM left_t ORDER BY id"), (Rows{{"1", "alice"}, {"2", "bob"}}));
  // name became nullable (a table rebuild on SQLite).
  execute(target_.url(), "INSERT INTO accounts (id) VALUES (3)");
  ASSERT_EQ(engine({"downgrade", "a1acct000001"}).exit_code, 1) << "a NULL name cannot become NOT NULL";
  // MariaDB committed c3's downgrade before b2's failed; elsewhere the run rolled back whole.
  EXPECT_EQ(rows(), (Strings{GetParam() == "mysql" ? "b2desc000002" : "c3left000003"}));
  execute(target_.url(), "DELETE FROM accounts WHERE id = 3");
  ASSERT_EQ(engine({"downgrade", "a1acct000001"}).exit_code, 0);
  EXPECT_EQ(select("SELECT id, name FROM accounts ORDER BY id"), (Rows{{"1", "alice"}, {"2", "bob"}}));
}

TEST_P(MigrationTest, StampMovesRowsWithoutRunningRevisions) {
  ASSERT_EQ(engine({"stamp", "b2desc000002"}).exit_code, 0);
  EXPECT_EQ(rows(), (Strings{"b2desc000002"}));
  EXPECT_FALSE(target_.has_table("accounts"));
  ASSERT_EQ(engine({"stamp", "c3left000003", "d4right00004"}).exit_code, 0);
  EXPECT_EQ(rows(), (Strings{"c3left000003", "d4right00004"}));
  ASSERT_EQ(engine({"stamp", "--purge", "a1acct000001"}).exit_code, 0);
  EXPECT_EQ(rows(), (Strings{"a1acct000001"}));
  ASSERT_EQ(engine({"stamp", "base"}).exit_code, 0);
  EXPECT_TRUE(rows().empty());
}

TEST_P(MigrationTest, AFailingRevisionLeavesWhatTheDialectPromises) {
  const RunResult r = run("engine_fail", {"upgrade", "head"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("FAILED: engine_fail: revision cccc00000003 (create c, then fail): while executing "
                        "\"INSERT INTO no_such_table VALUES (1)\": ",
                        0),
            0u)
      << r.err;
  if (GetParam() == "mysql") {
    // DDL commits implicitly: the revisions before the failing one are done and recorded.
    EXPECT_EQ(rows(), (Strings{"bbbb00000002"}));
    EXPECT_TRUE(target_.has_table("a"));
    EXPECT_TRUE(target_.has_table("b"));
  } else {
    // One transaction: nothing of the run is left, not even the version table.
    EXPECT_FALSE(target_.has_table("alembic_version"));
    EXPECT_FALSE(target_.has_table("a"));
    EXPECT_FALSE(target_.has_table("c"));
  }
}

TEST_P(MigrationTest, PerMigrationTransactionsKeepTheRevisionsThatCompleted) {
  const RunResult r = run("engine_fail", {"upgrade", "head", "--transaction-per-migration"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(rows(), (Strings{"bbbb00000002"}));
  EXPECT_TRUE(target_.has_table("b"));
  if (GetParam() != "mysql") {
    EXPECT_FALSE(target_.has_table("c"));
  }
}

TEST_P(MigrationTest, ConcurrentUpgradesApplyEachRevisionOnce) {
  std::vector<std::future<RunResult>> runs;
  for (int i = 0; i < 4; ++i) {
    runs.push_back(std::async(std::launch::async, [this] { return engine({"upgrade", "head"}); }));
  }
  for (auto& run : runs) {
    const RunResult r = run.get();
    EXPECT_EQ(r.exit_code, 0) << r.err;
  }
  EXPECT_EQ(rows(), (Strings{"f6final00006"}));
  EXPECT_TRUE(target_.has_table("audit"));
}

TEST_P(MigrationTest, ASecondRunGivesUpAfterTheLockTimeout) {
  auto first = std::async(std::launch::async, [this] { return run("engine_slow", {"upgrade", "head"}); });
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // the first run is inside its slow revision
  const RunResult second = run("engine_slow", {"upgrade", "head", "--lock-timeout", "0.5"});
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_NE(second.err.find("FAILED: another db-manage run holds the migration lock for 'alembic_version' (waited 0.5 s)"),
            std::string::npos)
      << second.err;
  const RunResult done = first.get();
  EXPECT_EQ(done.exit_code, 0) << done.err;
  EXPECT_EQ(rows(), (Strings{"5104000000a1"}));
  const RunResult again = run("engine_slow", {"upgrade", "head"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(rows(), (Strings{"5104000000a1"}));
}

// The lock on a SQLite file is the file's, however the URL spells its path:
// four spellings of one file once took four locks, and concurrent runs then
// failed with "table alembic_version already exists" (issue 14).
TEST(SqliteLockTest, EverySpellingOfOneFileTakesTheSameLock) {
  ScratchTarget target("sqlite");
  const fs::path dir = target.dir().path();
  const fs::path file = target.sqlite_file();
  fs::create_directory_symlink(dir, dir / "linked");
  const Strings spellings = {"sqlite:///" + file.string(),                                  // sqlite:////a/b
                             "sqlite:////" + file.string(),                                 // ///a/b
                             "sqlite:///" + (dir / "." / file.filename()).string(),         // /a/./b
                             "sqlite:///" + (dir / "linked" / file.filename()).string()};   // a symlinked directory
  auto run = [&](const std::string& url, const std::string& name, Strings args) {
    const fs::path conf = write_database_config(target.dir(), url, name);
    Strings full{"-q", "--plugin-dir", (kFixtures / "engine_slow").string(), "--project", "engine_slow",
                 "--config-file", conf.string()};
    full.insert(full.end(), args.begin(), args.end());
    RunOptions options;
    options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
    return run_db_manage(full, options);
  };
  auto first = std::async(std::launch::async, [&] { return run(spellings[0], "first.conf", {"upgrade", "head"}); });
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // inside its slow revision, holding the lock
  std::vector<std::future<RunResult>> others;
  for (std::size_t i = 1; i < spellings.size(); ++i) {
    others.push_back(std::async(std::launch::async, [&, i] {
      return run(spellings[i], "other" + std::to_string(i) + ".conf", {"upgrade", "head", "--lock-timeout", "0.5"});
    }));
  }
  for (auto& other : others) {
    const RunResult r = other.get();
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("another db-manage run holds the migration lock"), std::string::npos) << r.err;
  }
  const RunResult done = first.get();
  EXPECT_EQ(done.exit_code, 0) << done.err;
  EXPECT_EQ(target.version_rows(), (Strings{"5104000000a1"}));
}

// The lock was a predictable file in /tmp, never removed, that another user
// could pre-create (blocking every run) or plant as a symlink (issue 14, item
// 5). It is now the database file's own flock: a run leaves nothing beside it
// and nothing in the temp directory.
TEST(SqliteLockTest, ARunLeavesNoLockFileAnywhere) {
  auto lock_files = [] {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator("/tmp")) {
      const std::string name = entry.path().filename().string();
      if (name.rfind("db-manage-", 0) == 0 && name.ends_with(".lock")) names.push_back(name);
    }
    return names;
  };
  ScratchTarget target("sqlite");
  const auto before = lock_files();
  RunOptions options;
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  const RunResult r = run_db_manage({"-q", "--plugin-dir", (kFixtures / "engine").string(), "--project", "engine",
                                     "--config-file", target.config().string(), "upgrade", "head"},
                                    options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lock_files(), before);
  std::vector<std::string> beside;
  for (const auto& entry : fs::directory_iterator(target.dir().path())) beside.push_back(entry.path().filename().string());
  std::sort(beside.begin(), beside.end());
  EXPECT_EQ(beside, (Strings{"service.conf", "service.sqlite"}));
}

INSTANTIATE_TEST_SUITE_P(Dialects, MigrationTest, ::testing::ValuesIn(kDialects), dialect_name);

}  // namespace
}  // namespace dbm::e2e
