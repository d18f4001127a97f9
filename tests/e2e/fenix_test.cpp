// fenix-db-manage as upstream's migration README documents it, every
// command line run by the built binary, plus its offline scripts executed by
// each dialect's own client and compared with the online schema.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "support/query_rows.h"
#include "support/readme_authoring.h"
#include "support/run_db_manage.h"
#include "support/schema_tools.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

class FenixTest : public ::testing::TestWithParam<std::string> {
 protected:
  FenixTest() : target_(GetParam(), "fenix.conf") {}

  RunResult fenix(const Strings& args) { return run_service_tool("fenix", target_.config(), args); }

  ScratchTarget target_;
};

TEST_P(FenixTest, TheReadmesCommandLines) {
  RunResult r = fenix({"upgrade", "head"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Running upgrade  -> 001\n"), std::string::npos) << "no docstring, no message: " << r.err;
  r = fenix({"current"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "001 (head)\n");
  r = fenix({"downgrade", "--delta", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(target_.version_rows().empty());
  r = fenix({"upgrade", "--delta", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(target_.version_rows(), Strings{"001"});
  r = fenix({"check_migration"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = fenix({"history"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "<base> -> 001 (head), \n") << "as Alembic prints a revision without docstring";
  r = fenix({"upgrade", "head", "--sql"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("CREATE TABLE action_plugin_instances"), std::string::npos);
  r = fenix({"upgrade", "base:001", "--sql"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("-- Running upgrade  -> 001"), std::string::npos);
  expect_readme_authoring_lines("fenix", {target_.config()});
}

TEST_P(FenixTest, RowsDoNotStopADowngrade) {
  ASSERT_EQ(fenix({"upgrade", "head"}).exit_code, 0);
  execute(target_.url(), "INSERT INTO sessions (session_id, state) VALUES ('s1', 'MAINTENANCE')");
  execute(target_.url(), "INSERT INTO hosts (id, session_id, hostname) VALUES ('h1', 's1', 'compute-1')");
  execute(target_.url(),
          "INSERT INTO instances (id, session_id, instance_id, instance_name, host) "
          "VALUES ('i1', 's1', 'vm-1', 'vm one', 'compute-1')");
  EXPECT_EQ(query_rows(target_.url(), "SELECT instance_id, host FROM instances"), (Rows{{"vm-1", "compute-1"}}));
  const RunResult down = fenix({"downgrade", "base"});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  EXPECT_FALSE(target_.has_table("sessions"));
  EXPECT_FALSE(target_.has_table("instances"));
}

TEST_P(FenixTest, OfflineScriptsGiveTheOnlineSchema) {
  ScratchTarget offline(GetParam(), "offline.conf");
  const RunResult script = fenix({"-q", "upgrade", "head", "--sql"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  const fs::path up = offline.dir().path() / "up.sql";
  std::ofstream(up) << script.out;
  const RunResult applied = apply_script(offline, up);
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;

  ASSERT_EQ(fenix({"-q", "upgrade", "head"}).exit_code, 0);
  const fs::path online = offline.dir().path() / "online.json";
  dump_schema(target_.url(), online);
  EXPECT_EQ(schema_difference(offline.url(), online), "");

  const RunResult down_script = fenix({"-q", "downgrade", "001:base", "--sql"});
  ASSERT_EQ(down_script.exit_code, 0) << down_script.err;
  const fs::path down = offline.dir().path() / "down.sql";
  std::ofstream(down) << down_script.out;
  const RunResult reverted = apply_script(offline, down);
  ASSERT_EQ(reverted.exit_code, 0) << reverted.out << reverted.err;
  for (const char* table : {"sessions", "hosts", "projects", "instances", "action_plugins", "action_plugin_instances",
                            "alembic_version"}) {
    EXPECT_FALSE(offline.has_table(table)) << table;
  }
}

INSTANTIATE_TEST_SUITE_P(Dialects, FenixTest, ::testing::ValuesIn(kDialects),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dbm::e2e
