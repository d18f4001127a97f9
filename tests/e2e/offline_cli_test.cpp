// --sql's refusals and --output, run by the built binary with no database
// behind the URL: a bad request writes nothing at all (no half script on
// stdout, an existing --output file left as it was), with one clear line.
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "support/run_db_manage.h"
#include "support/temp_dir.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

const fs::path kFixtures = fs::path(DBM_BINARY_DIR) / "tests/fixtures/plugins";

std::string read(const fs::path& file) {
  std::ifstream in(file);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class OfflineCliTest : public ::testing::Test {
 protected:
  RunResult run(const std::string& plugin, const std::string& url, Strings args) {
    const fs::path conf = dir_.write_file(plugin + ".conf", "[database]\nconnection = " + url + "\n");
    Strings full{"-q", "--plugin-dir", (kFixtures / plugin).string(), "--project", plugin, "--config-file",
                 conf.string()};
    full.insert(full.end(), args.begin(), args.end());
    RunOptions options;
    options.cwd = dir_.path();
    return run_db_manage(full, options);
  }
  RunResult golden(Strings args) { return run("golden", "postgresql://u:pw@127.0.0.1:9/db", std::move(args)); }

  TempDir dir_;
};

TEST_F(OfflineCliTest, OfflineDowngradeNeedsAnExplicitStart) {
  const RunResult r = golden({"downgrade", "-1", "--sql"});
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "FAILED: downgrade with --sql requires <fromrev>:<torev>\n");
}

TEST_F(OfflineCliTest, AnUpgradeRangeThatGoesDownIsRefused) {
  const RunResult r = golden({"upgrade", "c3000000000c:b2000000000b", "--sql"});
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "FAILED: Range c3000000000c:b2000000000b goes nowhere: c3000000000c is not an ancestor of "
                   "b2000000000b (to go down, use downgrade c3000000000c:b2000000000b --sql)\n");
  // An empty range is no mistake: nothing to write but the transaction.
  EXPECT_EQ(golden({"upgrade", "c3000000000c:c3000000000c", "--sql"}).out, "BEGIN;\n\nCOMMIT;\n\n");
}

TEST_F(OfflineCliTest, AnUnknownDialectIsRefusedWithoutConnecting) {
  const RunResult r = run("golden", "oracle://scott:tiger@127.0.0.1:9/orcl", {"upgrade", "head", "--sql"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("unsupported database dialect 'oracle'"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("tiger"), std::string::npos) << "no password in messages";
}

TEST_F(OfflineCliTest, ADataMigrationWithoutOfflineSqlStopsBeforeAnythingIsWritten) {
  const RunResult r = run("engine_slow", "sqlite:///slow.sqlite", {"upgrade", "head", "--sql"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(r.out, "") << "not even BEGIN or the version table";
  EXPECT_NE(r.err.find("'wait' is a data migration that needs a live database"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir_.path() / "slow.sqlite"));
}

TEST_F(OfflineCliTest, OutputWritesTheSameScriptToAFile) {
  const RunResult to_stdout = golden({"upgrade", "head", "--sql"});
  ASSERT_EQ(to_stdout.exit_code, 0) << to_stdout.err;
  const RunResult to_file = golden({"upgrade", "head", "--sql", "--output", "head.sql"});
  ASSERT_EQ(to_file.exit_code, 0) << to_file.err;
  EXPECT_EQ(to_file.out, "");
  EXPECT_EQ(read(dir_.path() / "head.sql"), to_stdout.out);
}

TEST_F(OfflineCliTest, AFailedRunLeavesAnExistingOutputFileAlone) {
  const fs::path file = dir_.write_file("approved.sql", "-- the script change control approved\n");
  const RunResult r = golden({"upgrade", "c3000000000c:b2000000000b", "--sql", "-o", file.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(read(file), "-- the script change control approved\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_.path()), fs::directory_iterator()), 2)
      << "no temporary file left beside it";
}

TEST_F(OfflineCliTest, OutputWithoutSqlIsAUsageError) {
  const RunResult r = golden({"upgrade", "head", "--output", "x.sql"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "FAILED: --output needs --sql: only a script can be written to a file\n");
  EXPECT_FALSE(fs::exists(dir_.path() / "x.sql"));
}

}  // namespace
}  // namespace dbm::e2e
