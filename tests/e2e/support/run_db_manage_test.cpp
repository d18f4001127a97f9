// Self-test of the process runner, the scratch directory and the config writer, using /bin/sh
// and /bin/cat in place of db-manage so it needs no part of the product.
#include "run_db_manage.h"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <stdexcept>

#include "config_file.h"
#include "temp_dir.h"

namespace dbm::e2e {
namespace {

RunOptions shell() {
  RunOptions options;
  options.program = "/bin/sh";
  return options;
}

TEST(RunDbManageTest, ResolvesNamesInTheBuildTreesBinDirectory) {
  EXPECT_EQ(resolve_program("blazar-db-manage"), std::filesystem::path(DBM_BINARY_DIR) / "bin" / "blazar-db-manage");
  EXPECT_EQ(resolve_program("/bin/sh"), std::filesystem::path("/bin/sh"));
}

TEST(RunDbManageTest, CapturesExitCodeStdoutAndStderrSeparately) {
  const RunResult result = run_db_manage({"-c", "echo out; echo err >&2; exit 3"}, shell());
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_EQ(result.out, "out\n");
  EXPECT_EQ(result.err, "err\n");
  EXPECT_FALSE(result.timed_out);
}

TEST(RunDbManageTest, PassesArgumentsUnsplit) {
  const RunResult result = run_db_manage({"-c", "printf '[%s]' \"$@\"", "sh", "a b", "", "c"}, shell());
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out, "[a b][][c]");
}

TEST(RunDbManageTest, AppliesEnvironmentAndWorkingDirectory) {
  TempDir dir;
  setenv("DBM_E2E_REMOVED", "still here", 1);
  RunOptions options = shell();
  options.env = {{"DBM_E2E_PROBE", "hello"}, {"HOME", "/nonexistent"}};
  options.unset_env = {"DBM_E2E_REMOVED"};
  options.cwd = dir.path();
  const RunResult result =
      run_db_manage({"-c", "echo \"$DBM_E2E_PROBE $HOME ${DBM_E2E_REMOVED:-unset}\"; pwd"}, options);
  EXPECT_EQ(result.out, "hello /nonexistent unset\n" + dir.path().string() + "\n");
  EXPECT_EQ(result.exit_code, 0);
}

TEST(RunDbManageTest, StdinIsEmpty) {
  const RunResult result = run_db_manage({"-c", "cat; echo done"}, shell());
  EXPECT_EQ(result.out, "done\n");
}

TEST(RunDbManageTest, ReportsDeathBySignal) {
  const RunResult result = run_db_manage({"-c", "kill -TERM $$"}, shell());
  EXPECT_EQ(result.exit_code, 128 + 15);
}

TEST(RunDbManageTest, KillsAndFailsAfterTheTimeout) {
  static RunResult result;
  static RunOptions options = shell();
  options.timeout = std::chrono::seconds(1);
  // The grandchild `sleep` holds the pipes open: killing only the child would hang the read.
  EXPECT_NONFATAL_FAILURE(result = run_db_manage({"-c", "echo started; sleep 30; echo never"}, options),
                          "'/bin/sh -c echo started; sleep 30; echo never' timed out after 1 s and was killed");
  EXPECT_TRUE(result.timed_out);
  EXPECT_EQ(result.out, "started\n");
  EXPECT_EQ(result.exit_code, 128 + 9);
}

TEST(RunDbManageTest, ThrowsWhenTheProgramCannotBeStarted) {
  RunOptions options;
  options.program = "/nonexistent/db-manage";
  try {
    run_db_manage({"--help"}, options);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "cannot execute for '/nonexistent/db-manage --help': No such file or directory");
  }
}

TEST(RunDbManageTest, ThrowsWhenTheWorkingDirectoryIsMissing) {
  RunOptions options = shell();
  options.cwd = "/nonexistent";
  try {
    run_db_manage({"-c", "true"}, options);
    FAIL() << "expected std::runtime_error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(),
                 "cannot enter working directory '/nonexistent' for '/bin/sh -c true': No such file or directory");
  }
}

TEST(ConfigFileTest, WritesTheDatabaseSection) {
  TempDir dir;
  const auto path = write_database_config(dir, "sqlite:////tmp/x.sqlite", "blazar.conf");
  EXPECT_EQ(path, dir.path() / "blazar.conf");
  const RunResult result = run_db_manage({path.string()}, [] {
    RunOptions options;
    options.program = "/bin/cat";
    return options;
  }());
  EXPECT_EQ(result.out, "[database]\nconnection = sqlite:////tmp/x.sqlite\n");
}

TEST(TempDirTest, RemovesItsContentsOnDestruction) {
  std::filesystem::path kept;
  {
    TempDir dir;
    kept = dir.path();
    dir.write_file("sub/file.txt", "x");
    EXPECT_TRUE(std::filesystem::exists(kept / "sub" / "file.txt"));
  }
  EXPECT_FALSE(std::filesystem::exists(kept));
}

}  // namespace
}  // namespace dbm::e2e
