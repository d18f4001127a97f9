// sahara-db-manage as upstream's migration README documents it, every
// command line run by the built binary; its config conventions; rows kept
// through the revisions SQLite must rebuild tables for; revision 029's data
// update online and offline; offline scripts executed by each dialect's client.
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "support/config_file.h"
#include "support/query_rows.h"
#include "support/readme_authoring.h"
#include "support/run_db_manage.h"
#include "support/schema_tools.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

RunResult sahara_with(const fs::path& config, const Strings& args) { return run_service_tool("sahara", config, args); }

class SaharaTest : public ::testing::TestWithParam<std::string> {
 protected:
  SaharaTest() : target_(GetParam(), "sahara.conf") {}
  RunResult sahara(const Strings& args) { return sahara_with(target_.config(), args); }
  Rows select(const std::string& sql) { return query_rows(target_.url(), sql); }

  ScratchTarget target_;
};

TEST_P(SaharaTest, TheReadmesCommandLines) {
  RunResult r = sahara({"upgrade", "--delta", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(target_.version_rows(), Strings{"002"});
  r = sahara({"upgrade", "head"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = sahara({"current"});
  EXPECT_EQ(r.out, "035 (head)\n");
  r = sahara({"upgrade", "head", "--sql"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = sahara({"upgrade", "024:030", "--sql"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("CREATE TABLE alembic_version"), std::string::npos);
  EXPECT_NE(r.out.find("-- Running upgrade 024 -> 025"), std::string::npos);
  r = sahara({"stamp", "033"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(target_.version_rows(), Strings{"033"});
  EXPECT_EQ(sahara({"stamp", "head"}).exit_code, 0);
  r = sahara({"check_migration"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = sahara({"history"});
  EXPECT_EQ(r.exit_code, 0);
  const fs::path upstream = fs::path(DBM_SOURCE_DIR) / "tests/fixtures/sahara/sahara_history.txt";
  std::ifstream in(upstream);
  EXPECT_TRUE(in) << "cannot read " << upstream;
  EXPECT_EQ(r.out, std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
  expect_readme_authoring_lines("sahara", {target_.config()});
}

TEST_P(SaharaTest, DowngradeRefusesBeforeDoingAnything) {
  ASSERT_EQ(sahara({"upgrade", "head"}).exit_code, 0);
  const RunResult r = sahara({"downgrade", "-1"});
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_NE(r.err.find("FAILED: Revision 035 (boot from volume enhancements) has no downgrade; cannot downgrade "
                       "through it"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(target_.version_rows(), Strings{"035"});
  EXPECT_TRUE(target_.has_table("plugin_data"));
}

TEST_P(SaharaTest, ThreeCharacterIdsMatchOnlyExactly) {
  const RunResult r = sahara({"upgrade", "00"});
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.err.substr(r.err.find("FAILED")), "FAILED: Can't locate revision identified by '00'\n");
  EXPECT_FALSE(target_.has_table("jobs"));
}

TEST_P(SaharaTest, RowsSurviveTheRevisionsThatAlterColumns) {
  // 007 (clusters), 025 (instances) and 027 (job_executions) alter columns: on
  // SQLite each is a table rebuild.
  ASSERT_EQ(sahara({"upgrade", "006"}).exit_code, 0);
  execute(target_.url(),
          "INSERT INTO clusters (id, name, tenant_id, plugin_name, hadoop_version, management_private_key, "
          "management_public_key, status_description) VALUES ('c1', 'alpha', 't1', 'vanilla', '2.7', 'priv', 'pub', "
          "'it''s active')");
  execute(target_.url(), "INSERT INTO node_groups (id, name, flavor_id, count, cluster_id) VALUES "
                         "('n1', 'workers', 'm1.small', 3, 'c1')");
  execute(target_.url(), "INSERT INTO instances (id, node_group_id, instance_id, instance_name, internal_ip, "
                         "management_ip) VALUES ('i1', 'n1', 'vm-1', 'worker-1', '10.0.0.5', '172.16.0.5')");
  execute(target_.url(), "INSERT INTO job_executions (id, cluster_id, oozie_job_id, return_code) VALUES "
                         "('e1', 'c1', 'oozie-42', '0')");
  // On to head: 034 adds NOT NULL columns without a default to node_groups,
  // which upstream's one-step ADD COLUMN fails on PostgreSQL and SQLite once
  // the table has rows; ours fills them with MariaDB's false (issue 14).
  const RunResult up = sahara({"upgrade", "head"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(select("SELECT id, name, status_description FROM clusters"), (Rows{{"c1", "alpha", "it's active"}}));
  EXPECT_EQ(select("SELECT id, count, cluster_id FROM node_groups"), (Rows{{"n1", "3", "c1"}}));
  const std::string as_int = GetParam() == "postgresql" ? "CASE WHEN boot_from_volume THEN 1 ELSE 0 END" : "boot_from_volume";
  EXPECT_EQ(select("SELECT id, " + as_int + " FROM node_groups"), (Rows{{"n1", "0"}}));
  EXPECT_EQ(select("SELECT instance_id, internal_ip, management_ip FROM instances"),
            (Rows{{"vm-1", "10.0.0.5", "172.16.0.5"}}));
  EXPECT_EQ(select("SELECT id, engine_job_id, return_code FROM job_executions"), (Rows{{"e1", "oozie-42", "0"}}));
  // A 45-character address fits now (IPv6).
  execute(target_.url(), "UPDATE instances SET internal_ip = 'fd00:1234:5678:9abc:def0:1234:5678:9abc/128'");
}

TEST_P(SaharaTest, Revision029ProtectsDefaultTemplates) {
  ASSERT_EQ(sahara({"upgrade", "028"}).exit_code, 0);
  const std::string t = GetParam() == "postgresql" ? "true" : "1";
  const std::string f = GetParam() == "postgresql" ? "false" : "0";
  execute(target_.url(), "INSERT INTO node_group_templates (id, name, flavor_id, plugin_name, hadoop_version, "
                         "volumes_per_node, is_default, is_protected) VALUES ('d', 'default', 'f', 'p', 'v', 0, " +
                             t + ", " + f + "), ('u', 'user', 'f', 'p', 'v', 0, " + f + ", " + f + ")");
  execute(target_.url(), "INSERT INTO cluster_templates (id, name, plugin_name, hadoop_version, is_default, "
                         "is_protected) VALUES ('d', 'default', 'p', 'v', " + t + ", NULL)");
  ASSERT_EQ(sahara({"upgrade", "029"}).exit_code, 0);
  const std::string protected_sql = GetParam() == "postgresql" ? "CASE WHEN is_protected THEN 1 ELSE 0 END" : "is_protected";
  EXPECT_EQ(select("SELECT id, " + protected_sql + " FROM node_group_templates ORDER BY id"),
            (Rows{{"d", "1"}, {"u", "0"}}));
  EXPECT_EQ(select("SELECT id, " + protected_sql + " FROM cluster_templates"), (Rows{{"d", "1"}}));
}

TEST_P(SaharaTest, DeprecatedUrlSpellingsAreRead) {
  const std::string url = target_.url();
  for (const std::string& text : {"[DEFAULT]\nsql_connection = " + url + "\n", "[database]\nsql_connection = " + url + "\n",
                                 "[sql]\nconnection = " + url + "\n"}) {
    const fs::path conf = target_.dir().write_file("deprecated.conf", text);
    const RunResult r = sahara_with(conf, {"current"});
    EXPECT_EQ(r.exit_code, 0) << text << r.err;
  }
  const fs::path none = target_.dir().write_file("none.conf", "[database]\n");
  const RunResult r = sahara_with(none, {"current"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("Provide a configuration file with DB connection information"), std::string::npos) << r.err;
}

TEST_P(SaharaTest, TheOfflineScriptGivesTheOnlineSchema) {
  ScratchTarget offline(GetParam(), "offline.conf");
  const RunResult script = sahara({"-q", "upgrade", "head", "--sql"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  EXPECT_EQ(script.out.find("%(is_protected)s"), std::string::npos) << "029's literal is rendered";
  EXPECT_NE(script.out.find("UPDATE node_group_templates SET is_protected="), std::string::npos);
  const fs::path file = offline.dir().path() / "head.sql";
  std::ofstream(file) << script.out;
  const RunResult applied = apply_script(offline, file);
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;

  ASSERT_EQ(sahara({"-q", "upgrade", "head"}).exit_code, 0);
  const fs::path online = offline.dir().path() / "online.json";
  dump_schema(target_.url(), online);
  EXPECT_EQ(schema_difference(offline.url(), online), "");
}

INSTANTIATE_TEST_SUITE_P(Dialects, SaharaTest, ::testing::ValuesIn(kDialects),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dbm::e2e
