// Offline (--sql) scripts: written without any database (the configured
// server does not even exist), then executed by the dialect's own client
// (sqlite3, psql, mysql) on an empty database; the schema must equal the
// online run's. On SQLite this includes blazar's hand-written table rebuilds.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "support/config_file.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

std::string dialect_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

RunResult blazar(const fs::path& config, std::vector<std::string> args) {
  args.insert(args.begin(), {"-q", "--config-file", config.string()});
  RunOptions options;
  options.program = "blazar-db-manage";
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  return run_db_manage(args, options);
}

/// Runs `script` with the dialect's own command-line client.
RunResult apply_script(const ScratchTarget& target, const fs::path& script) {
  RunOptions options;
  options.program = "/bin/sh";
  if (target.dialect() == "sqlite") {
    const std::string path = target.url().substr(std::string("sqlite:///").size());
    return run_db_manage({"-c", "exec sqlite3 -bail \"$0\" < \"$1\"", path, script.string()}, options);
  }
  const std::string shell_script =
      target.dialect() == "postgresql"
          ? "exec psql -q -v ON_ERROR_STOP=1 \"$0\" -f \"$1\""
          : "exec mysql --defaults-file=/dev/null \"--host=$2\" \"--port=$3\" \"--user=$4\" \"--password=$5\" \"$6\" < \"$1\"";
  // libpq takes postgresql:// URLs as they are; mysql needs the parts.
  std::string url = target.url();
  std::vector<std::string> args{"-c", shell_script, url, script.string()};
  if (target.dialect() == "mysql") {
    const auto after_scheme = url.find("://") + 3;
    const auto colon = url.find(':', after_scheme);
    const auto at = url.find('@', colon);
    const auto port = url.find(':', at);
    const auto slash = url.find('/', port);
    args = {"-c", shell_script, "", script.string(), url.substr(at + 1, port - at - 1),
            url.substr(port + 1, slash - port - 1), url.substr(after_scheme, colon - after_scheme),
            url.substr(colon + 1, at - colon - 1), url.substr(slash + 1)};
  } else {
    args[2] = url;  // psql accepts the URL as its connection string
  }
  return run_db_manage(args, options);
}

/// The reference dumper's JSON of a live database, written to `file`.
void dump_schema(const std::string& url, const fs::path& file) {
  RunOptions options;
  options.program = "/usr/bin/python3";
  const RunResult r = run_db_manage(
      {(fs::path(DBM_SHARED_DIR) / "reference/tools/schema_dump.py").string(), url}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ofstream(file) << r.out;
}

std::string compare(const std::string& url, const fs::path& expected) {
  RunOptions options;
  options.program = (fs::path(DBM_SOURCE_DIR) / "tests/conformance/compare_schema.py").string();
  options.env = {{"DBM_SHARED_DIR", DBM_SHARED_DIR}};
  const RunResult r = run_db_manage({url, expected.string()}, options);
  return r.exit_code == 0 ? "" : r.out + r.err;
}

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
