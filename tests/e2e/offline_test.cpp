// Offline (--sql) scripts: written without any database (the configured
// server does not even exist), then executed by the dialect's own client
// (sqlite3, psql, mysql) on an empty database; the schema must equal the
// online run's. On SQLite this includes blazar's hand-written table rebuilds.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "support/config_file.h"
#include "support/run_db_manage.h"
#include "support/schema_tools.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

std::string dialect_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

RunResult blazar(const fs::path& config, std::vector<std::string> args) {
  args.insert(args.begin(), "-q");
  return run_service_tool("blazar", config, args);
}

std::string compare(const std::string& url, const fs::path& expected) { return schema_difference(url, expected); }

class OfflineTest : public ::testing::TestWithParam<std::string> {
 protected:
  OfflineTest() : online_(GetParam()), offline_(GetParam()) {}

  /// A config naming a server that does not exist: --sql must not connect.
  fs::path unreachable_config() {
    const std::string url = GetParam() == "postgresql" ? "postgresql://dbm:s3cret@127.0.0.1:1/nowhere"
                            : GetParam() == "mysql"    ? "mysql+pymysql://dbm:s3cret@127.0.0.1:1/nowhere"
                                                       : "sqlite:////nonexistent/dir/blazar.sqlite";
    return write_database_config(online_.dir(), url, "unreachable.conf");
  }

  ScratchTarget online_;
  ScratchTarget offline_;
};

TEST_P(OfflineTest, TheWholeTreeAsAScriptGivesTheOnlineSchema) {
  const RunResult script = blazar(unreachable_config(), {"upgrade", "head", "--sql"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  EXPECT_EQ(script.out.find("s3cret"), std::string::npos);
  EXPECT_FALSE(fs::exists("/nonexistent/dir"));
  EXPECT_EQ(script.out.rfind(GetParam() == "postgresql" ? "BEGIN;\n\nCREATE TABLE alembic_version"
                                                        : "CREATE TABLE alembic_version",
                             0),
            0u);
  const fs::path file = offline_.dir().path() / "upgrade.sql";
  std::ofstream(file) << script.out;
  const RunResult applied = apply_script(offline_, file);
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;

  ASSERT_EQ(blazar(online_.config(), {"upgrade", "head"}).exit_code, 0);
  const fs::path expected = online_.dir().path() / "online.json";
  dump_schema(online_.url(), expected);
  EXPECT_EQ(compare(offline_.url(), expected), "");
}

TEST_P(OfflineTest, ARangeScriptContinuesADatabaseAtItsStart) {
  ASSERT_EQ(blazar(offline_.config(), {"upgrade", "75a74e4539cb"}).exit_code, 0);
  const RunResult script = blazar(unreachable_config(), {"upgrade", "75a74e4539cb:f4084140f608", "--sql"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  EXPECT_EQ(script.out.find("CREATE TABLE alembic_version"), std::string::npos);
  const fs::path file = offline_.dir().path() / "range.sql";
  std::ofstream(file) << script.out;
  const RunResult applied = apply_script(offline_, file);
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;

  ASSERT_EQ(blazar(online_.config(), {"upgrade", "f4084140f608"}).exit_code, 0);
  const fs::path expected = online_.dir().path() / "online.json";
  dump_schema(online_.url(), expected);
  EXPECT_EQ(compare(offline_.url(), expected), "");
}

TEST_P(OfflineTest, ADowngradeScriptGivesTheOnlineDowngradesSchema) {
  // Middle of the tree, then all the way down: each compared with the same downgrade run online.
  for (const std::string target : {"75a74e4539cb", "base"}) {
    SCOPED_TRACE(target);
    ASSERT_EQ(blazar(offline_.config(), {"upgrade", "head"}).exit_code, 0);
    const RunResult script = blazar(unreachable_config(), {"downgrade", "553383923ca0:" + target, "--sql"});
    ASSERT_EQ(script.exit_code, 0) << script.err;
    EXPECT_NE(script.out.find("-- Running downgrade 553383923ca0 -> 02e2f2186d98"), std::string::npos);
    const fs::path file = offline_.dir().path() / "downgrade.sql";
    std::ofstream(file) << script.out;
    const RunResult applied = apply_script(offline_, file);
    ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;

    ASSERT_EQ(blazar(online_.config(), {"upgrade", "head"}).exit_code, 0);
    ASSERT_EQ(blazar(online_.config(), {"downgrade", target}).exit_code, 0);
    const fs::path expected = online_.dir().path() / "online.json";
    dump_schema(online_.url(), expected);
    // As with Alembic: at base an online run keeps the empty version table, a script drops it.
    EXPECT_EQ(compare(offline_.url(), expected), target == "base" ? "/version_tables/alembic_version: missing\n" : "");
    EXPECT_EQ(offline_.version_rows(), online_.version_rows());
  }
  EXPECT_FALSE(offline_.has_table("alembic_version")) << "the script drops it at base, as Alembic's does";
}

TEST_P(OfflineTest, RangesNeedSqlAndOfflineDowngradesNeedARange) {
  const RunResult range = blazar(online_.config(), {"upgrade", "0_1:head"});
  EXPECT_EQ(range.exit_code, 255);
  EXPECT_EQ(range.err, "FAILED: Range revision not allowed\n");
  const RunResult down = blazar(unreachable_config(), {"downgrade", "base", "--sql"});
  EXPECT_EQ(down.exit_code, 255);
  EXPECT_EQ(down.err, "FAILED: downgrade with --sql requires <fromrev>:<torev>\n");
  EXPECT_EQ(down.out, "");
}

INSTANTIATE_TEST_SUITE_P(Dialects, OfflineTest, ::testing::ValuesIn(kDialects), dialect_name);

}  // namespace
}  // namespace dbm::e2e
