// `current` against real databases: a SQLite file, the test PostgreSQL 15
// server and the test MariaDB server. Version rows are written the way
// Alembic writes them, so the test also proves that a database Alembic
// managed is read as it is.
#include <filesystem>

#include <gtest/gtest.h>

#include "support/query_rows.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

std::string dialect_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

/// One empty database of the requested dialect, with a blazar config file pointing at it.
class CurrentTest : public ::testing::TestWithParam<std::string> {
 protected:
  CurrentTest() : target_(GetParam(), "blazar.conf"), url_(target_.url()), conf_(target_.config()) {}

  RunResult current(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"--config-file", conf_.string(), "current"};
    args.insert(args.end(), extra.begin(), extra.end());
    RunOptions options;
    options.program = "blazar-db-manage";
    options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
    return run_db_manage(args, options);
  }

  /// The version table exactly as Alembic 1.8 creates it, with `rows`.
  void stamp_like_alembic(const std::vector<std::string>& rows) {
    execute(url_,
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
    for (const auto& row : rows) execute(url_, "INSERT INTO alembic_version (version_num) VALUES ('" + row + "')");
  }

  bool has_version_table() { return target_.has_table("alembic_version"); }

  ScratchTarget target_;
  const std::string& url_;
  const std::filesystem::path& conf_;
};

TEST_P(CurrentTest, AnEmptyDatabaseHasNoCurrentRevisionAndIsLeftAlone) {
  if (GetParam() == "sqlite") execute(url_, "CREATE TABLE unrelated (id INTEGER)");
  const RunResult r = current();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_FALSE(has_version_table());
}

TEST_P(CurrentTest, TheHeadRevisionIsMarked) {
  stamp_like_alembic({"553383923ca0"});
  const RunResult r = current();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "553383923ca0 (head)\n");
}

TEST_P(CurrentTest, AMiddleRevisionIsPrintedBare) {
  stamp_like_alembic({"ba75b766b64e"});
  const RunResult r = current();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "ba75b766b64e\n");
}

TEST_P(CurrentTest, LogLinesGoToStderrAsAlembicsDo) {
  stamp_like_alembic({"0_1"});
  const RunResult r = current();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("INFO  [alembic.runtime.migration] Context impl "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("INFO  [alembic.runtime.migration] Will assume "), std::string::npos) << r.err;
  const RunResult quiet = run_db_manage({"-q", "--config-file", conf_.string(), "current"},
                                        RunOptions{.program = "blazar-db-manage"});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(quiet.out, "0_1\n");
}

TEST_P(CurrentTest, VerboseNamesTheDatabaseWithThePasswordMasked) {
  stamp_like_alembic({"553383923ca0"});
  const RunResult r = current({"--verbose"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Current revision(s) for ", 0), 0u) << r.out;
  if (GetParam() != "sqlite") {
    EXPECT_NE(r.out.find(":***@"), std::string::npos) << r.out;
    const std::string password = "dbm-secret";
    EXPECT_EQ(r.out.find(password), std::string::npos);
    EXPECT_EQ(r.err.find(password), std::string::npos);
  }
  EXPECT_NE(r.out.find("Rev: 553383923ca0 (head)\n"), std::string::npos) << r.out;
}

TEST_P(CurrentTest, AnUnknownVersionRowIsAnErrorNamingIt) {
  stamp_like_alembic({"deadbeef0000"});
  const RunResult r = current();
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_NE(r.err.find("FAILED: Can't locate revision identified by 'deadbeef0000'\n"), std::string::npos)
      << r.err;
  EXPECT_EQ(query_rows(url_, "SELECT version_num FROM alembic_version"), (Rows{{"deadbeef0000"}}));
}

INSTANTIATE_TEST_SUITE_P(Dialects, CurrentTest, ::testing::ValuesIn(kDialects), dialect_name);

}  // namespace
}  // namespace dbm::e2e
