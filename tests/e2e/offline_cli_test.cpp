// --sql's refusals and --output, run by the built binary with no database
// behind the URL: a bad request writes nothing at all (no half script on
// stdout, an existing --output file left as it was), with one clear line.
#include <sys/stat.h>

#include <filesystem>
#include <future>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "support/query_rows.h"
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

TEST_F(OfflineCliTest, RevisionsReadingConfigOrDialectTakeTheSameBranchOffline) {
  for (const std::string dialect : {"sqlite", "mysql"}) {
    for (const bool nsx : {true, false}) {
      SCOPED_TRACE(dialect + (nsx ? " with" : " without") + " core_plugin = nsx");
      const std::string url = dialect == "sqlite" ? "sqlite:///" + (dir_.path() / "conditional.sqlite").string()
                                                  : "mysql+pymysql://u:pw@127.0.0.1:9/db";
      const fs::path conf = dir_.write_file(
          "conditional.conf", "[database]\nconnection = " + url + "\n" + (nsx ? "[service]\ncore_plugin = nsx\n" : ""));
      Strings base{"-q", "--plugin-dir", (kFixtures / "conditional").string(), "--project", "conditional",
                   "--config-file", conf.string(), "upgrade", "head"};
      Strings offline = base;
      offline.push_back("--sql");
      const RunResult script = run_db_manage(offline);
      ASSERT_EQ(script.exit_code, 0) << script.err;
      EXPECT_NE(script.out.find("CREATE TABLE always"), std::string::npos);
      EXPECT_EQ(script.out.find("CREATE TABLE nsx_only") != std::string::npos, nsx);
      EXPECT_EQ(script.out.find("CREATE TABLE mysql_only") != std::string::npos, dialect == "mysql");
      if (dialect != "sqlite") continue;
      fs::remove(dir_.path() / "conditional.sqlite");
      ASSERT_EQ(run_db_manage(base).exit_code, 0);
      const Rows tables = query_rows(url, "SELECT name FROM sqlite_master WHERE type = 'table' AND name != "
                                          "'alembic_version' ORDER BY name");
      EXPECT_EQ(tables, nsx ? (Rows{{"always"}, {"nsx_only"}}) : Rows{{"always"}}) << "online as offline";
    }
  }
}

TEST_F(OfflineCliTest, OutputWithoutSqlIsAUsageError) {
  const RunResult r = golden({"upgrade", "head", "--output", "x.sql"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "FAILED: --output needs --sql: only a script can be written to a file\n");
  EXPECT_FALSE(fs::exists(dir_.path() / "x.sql"));
}

// --output replaced what was at the path (issue 14, item 7): a symbolic
// link became a file, a file lost its mode, a device became a file. Now a
// link's target is written, a file keeps its mode, a FIFO is written in
// place and a directory is refused.
TEST_F(OfflineCliTest, OutputRespectsWhatIsAtThePath) {
  const fs::path dir = dir_.path();
  dir_.write_file("real.sql", "old\n");
  fs::create_symlink("real.sql", dir / "link.sql");
  RunResult r = golden({"upgrade", "head", "--sql", "--output", "link.sql"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(dir / "link.sql"));
  EXPECT_NE(read(dir / "real.sql").find("CREATE TABLE"), std::string::npos);

  dir_.write_file("kept.sql", "old\n");
  fs::permissions(dir / "kept.sql", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  r = golden({"upgrade", "head", "--sql", "--output", "kept.sql"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(fs::status(dir / "kept.sql").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);

  fs::create_directory(dir / "scripts");
  r = golden({"upgrade", "head", "--sql", "--output", "scripts"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(r.err, "FAILED: cannot write scripts: Is a directory\n");
  EXPECT_TRUE(fs::is_directory(dir / "scripts"));

  const fs::path fifo = dir / "pipe.sql";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto reader = std::async(std::launch::async, [&] { return read(fifo); });
  r = golden({"upgrade", "head", "--sql", "--output", "pipe.sql"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(reader.get().find("CREATE TABLE"), std::string::npos);
  EXPECT_EQ(fs::status(fifo).type(), fs::file_type::fifo);
}

}  // namespace
}  // namespace dbm::e2e
