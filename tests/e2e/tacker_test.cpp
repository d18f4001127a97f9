// tacker-db-manage built from our host, on every dialect: the seed README's
// command lines, the tool's own config options, its maintenance commands,
// offline scripts, and rows that survive the upgrade.
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include <gtest/gtest.h>

#include "support/config_file.h"
#include "support/query_rows.h"
#include "support/run_db_manage.h"
#include "support/schema_tools.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

constexpr const char* kHead = "ca2ad037c320";

RunResult tacker_with(const fs::path& config, const Strings& args) { return run_service_tool("tacker", config, args); }

std::string read(const fs::path& file) {
  std::ifstream in(file);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class TackerTest : public ::testing::TestWithParam<std::string> {
 protected:
  TackerTest() : target_(GetParam(), "tacker.conf") {}
  RunResult tacker(const Strings& args) { return tacker_with(target_.config(), args); }
  Rows select(const std::string& sql) { return query_rows(target_.url(), sql); }
  void sql(const std::string& text) { execute(target_.url(), text); }
  /// A boolean literal the dialect's column takes.
  std::string boolean(bool value) const {
    return GetParam() == "postgresql" ? (value ? "true" : "false") : (value ? "1" : "0");
  }
  /// A value for a deleted_type column (SMALLINT on PostgreSQL, BOOLEAN elsewhere).
  std::string deleted(bool value) const { return GetParam() == "postgresql" ? (value ? "1" : "0") : boolean(value); }
  std::string quoted(const std::string& identifier) const {
    return GetParam() == "mysql" ? "`" + identifier + "`" : "\"" + identifier + "\"";
  }

  ScratchTarget target_;
};

// The seed README's lines, each with its two config files (tacker.conf, then a
// plugin's config.ini; later files win).
TEST_P(TackerTest, TheReadmesCommandLines) {
  const fs::path ini = target_.dir().write_file("config.ini", "[DEFAULT]\ndebug = True\n");
  auto tacker = [&](Strings args) {
    args.insert(args.begin(), {"--config-file", ini.string()});
    return this->tacker(args);
  };
  RunResult r = tacker({"upgrade", "--delta", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = tacker({"current"});
  EXPECT_EQ(r.out, "81ffa86020d\n");
  r = tacker({"upgrade", "head"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(tacker({"current"}).out, std::string(kHead) + " (head)\n");
  r = tacker({"check_migration"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = tacker({"history"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, read(fs::path(DBM_SOURCE_DIR) / "tests/fixtures/tacker/tacker_history.txt"));
  r = tacker({"upgrade", "head", "--sql"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("INSERT INTO alembic_version (version_num) VALUES ('1c6b0d82afcd')"), std::string::npos);
  r = tacker({"upgrade", "d6ae359ab0d6:ca2ad037c320", "--sql"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("CREATE TABLE alembic_version"), std::string::npos);
  EXPECT_NE(r.out.find("-- Running upgrade d6ae359ab0d6 -> 85c06a0714b7"), std::string::npos);
  r = tacker({"stamp", "folsom"});
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_NE(r.err.find("FAILED: Can't locate revision identified by 'folsom'"), std::string::npos) << r.err;
  EXPECT_EQ(target_.version_rows(), Strings{kHead});
}

TEST_P(TackerTest, DowngradeRefusesBeforeDoingAnything) {
  ASSERT_EQ(tacker({"upgrade", "head"}).exit_code, 0);
  const RunResult r = tacker({"downgrade", "-1"});
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_NE(r.err.find("FAILED: Revision ca2ad037c320 (add db tables for crypt key) has no downgrade"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(target_.version_rows(), Strings{kHead});
  EXPECT_TRUE(target_.has_table("CryptKey"));
}

TEST_P(TackerTest, TheUrlComesFromTheToolsOwnOptionsOnly) {
  const std::string url = target_.url();
  const fs::path empty = target_.dir().write_file("empty.conf", "[DEFAULT]\n");
  for (const Strings& given : {Strings{"--database-connection", url}, Strings{"--sql_connection", url},
                               Strings{"--database-connection=" + url}}) {
    Strings args = given;
    args.push_back("current");
    const RunResult r = tacker_with(empty, args);
    EXPECT_EQ(r.exit_code, 0) << given.front() << ": " << r.err;
  }
  const fs::path deprecated = target_.dir().write_file("deprecated.conf", "[database]\nsql_connection = " + url + "\n");
  EXPECT_EQ(tacker_with(deprecated, {"current"}).exit_code, 0);
  // oslo.db's other aliases are not tacker-db-manage's.
  for (const std::string& text : {"[DEFAULT]\nsql_connection = " + url + "\n", "[sql]\nconnection = " + url + "\n"}) {
    const fs::path conf = target_.dir().write_file("other.conf", text);
    const RunResult r = tacker_with(conf, {"current"});
    EXPECT_NE(r.exit_code, 0) << text;
  }
  // A later file wins over an earlier one.
  const fs::path right = target_.dir().write_file("right.conf", "[database]\nconnection = " + url + "\n");
  const fs::path bad = target_.dir().write_file("bad.conf", "[database]\nconnection = sqlite:////nonexistent/x.db\n");
  EXPECT_EQ(tacker_with(bad, {"--config-file", right.string(), "current"}).exit_code, 0);
  // The command line wins over the file.
  const fs::path wrong = target_.dir().write_file("wrong.conf", "[database]\nconnection = sqlite:////nonexistent/x.db\n");
  EXPECT_EQ(tacker_with(wrong, {"--database-connection", url, "current"}).exit_code, 0);
}

TEST_P(TackerTest, AnOfflineScriptNeedsOnlyTheEngine) {
  const fs::path empty = target_.dir().write_file("empty.conf", "[DEFAULT]\n");
  RunResult r = tacker_with(empty, {"--database-engine", GetParam(), "upgrade", "985e28392890:d2e39e01d540", "--sql"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("-- Running upgrade 985e28392890 -> d2e39e01d540"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ALTER TABLE vnf_packages ADD COLUMN size BIGINT"), std::string::npos) << r.out;
  // Online it still needs a URL.
  r = tacker_with(empty, {"--database-engine", GetParam(), "upgrade", "head"});
  EXPECT_NE(r.exit_code, 0);
}

TEST_P(TackerTest, TheOfflineScriptGivesTheOnlineSchema) {
  ScratchTarget offline(GetParam(), "offline.conf");
  const RunResult script = tacker({"-q", "upgrade", "head", "--sql"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  const fs::path file = offline.dir().path() / "head.sql";
  std::ofstream(file) << script.out;
  const RunResult applied = apply_script(offline, file);
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;

  ASSERT_EQ(tacker({"-q", "upgrade", "head"}).exit_code, 0);
  const fs::path online = offline.dir().path() / "online.json";
  dump_schema(target_.url(), online);
  EXPECT_EQ(schema_difference(offline.url(), online), "");
}

TEST_P(TackerTest, ARangeScriptContinuesADatabaseAtItsStart) {
  ScratchTarget offline(GetParam(), "offline.conf");
  // From before the foreign-key rebuilds (#7, #12, #21) to past the enum types (#62, #64).
  ASSERT_EQ(tacker_with(offline.config(), {"-q", "upgrade", "12a57080b277"}).exit_code, 0);
  const RunResult script = tacker({"-q", "upgrade", "12a57080b277:3ff50553e9d3", "--sql"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  const fs::path file = offline.dir().path() / "range.sql";
  std::ofstream(file) << script.out;
  const RunResult applied = apply_script(offline, file);
  ASSERT_EQ(applied.exit_code, 0) << applied.out << applied.err;

  ASSERT_EQ(tacker({"-q", "upgrade", "3ff50553e9d3"}).exit_code, 0);
  const fs::path online = offline.dir().path() / "online.json";
  dump_schema(target_.url(), online);
  EXPECT_EQ(schema_difference(offline.url(), online), "");
}

TEST_P(TackerTest, RowsSurviveTheUpgradeToHead) {
  // At #47 (e06fbdc90a32): VIM, VNFD, VNF, a package and an instance. #48 then
  // adds vnf_instances.vnf_pkg_id NOT NULL, #55 and #65 add NOT NULL columns
  // to vnf_lcm_op_occs and vnf_resources, #58 and #71 alter vnf and vnfd:
  // upstream fails on PostgreSQL and SQLite with these rows; ours keeps them.
  ASSERT_EQ(tacker({"-q", "upgrade", "e06fbdc90a32"}).exit_code, 0);
  const std::string live = "'0001-01-01 00:00:00'";
  sql("INSERT INTO vims (id, type, tenant_id, name, description, placement_attr, shared, is_default, status, "
      "deleted_at) VALUES ('v1', 'openstack', 't1', 'vim one', 'd', '{\"regions\": [\"r1\"]}', " + boolean(false) +
      ", " + boolean(true) + ", 'ACTIVE', " + live + ")");
  sql("INSERT INTO vnfd (id, tenant_id, name, description, mgmt_driver, template_source, deleted_at) VALUES "
      "('d1', 't1', 'descriptor', 'it''s a vnfd', 'noop', 'onboarded', " + live + ")");
  sql("INSERT INTO vnf (id, tenant_id, name, vnfd_id, vim_id, status, description, deleted_at) VALUES "
      "('f1', 't1', 'function', 'd1', 'v1', 'ACTIVE', 'first', " + live + ")");
  sql("INSERT INTO vnf_packages (id, onboarding_state, operational_state, usage_state, tenant_id, created_at, "
      "deleted) VALUES ('p1', 'ONBOARDED', 'ENABLED', 'IN_USE', 't1', '2021-01-01 00:00:00', " + deleted(false) + ")");
  sql("INSERT INTO vnf_package_vnfd (id, package_uuid, vnfd_id, vnf_provider, vnf_product_name, "
      "vnf_software_version, vnfd_version, created_at, deleted) VALUES ('pv1', 'p1', 'd1', 'p', 'n', '1.0', '1.0', "
      "'2021-01-01 00:00:00', '0')");
  sql("INSERT INTO vnf_instances (id, vnf_instance_name, vnfd_id, vnf_provider, vnf_product_name, "
      "vnf_software_version, vnfd_version, instantiation_state, tenant_id, created_at, deleted) VALUES ('i1', "
      "'inst', 'd1', 'p', 'n', '1.0', '1.0', 'INSTANTIATED', 't1', '2021-01-01 00:00:00', " + deleted(false) + ")");
  sql("INSERT INTO vnf_resources (id, vnf_instance_id, resource_name, resource_type, resource_identifier, "
      "resource_status, created_at, deleted) VALUES ('r1', 'i1', 'vdu', 'OS::Nova::Server', 'srv-1', 'CREATED', "
      "'2021-01-02 00:00:00', " + deleted(false) + ")");
  // At #52 (c47a733f425a): an LCM operation occurrence and a subscription.
  ASSERT_EQ(tacker({"-q", "upgrade", "c47a733f425a"}).exit_code, 0);
  sql("INSERT INTO vnf_lcm_op_occs (id, operation_state, state_entered_time, start_time, vnf_instance_id, "
      "operation, is_automatic_invocation, operation_params, deleted) VALUES ('o1', 'COMPLETED', "
      "'2021-01-03 00:00:00', '2021-01-02 12:00:00', 'i1', 'INSTANTIATE', " + deleted(false) +
      ", '{\"flavourId\": \"simple\"}', " + deleted(false) + ")");
  sql("INSERT INTO vnf_lcm_subscriptions (id, callback_uri, created_at, deleted) VALUES ('s1', "
      "'http://example.com/cb', '2021-01-01 00:00:00', " + deleted(false) + ")");

  const RunResult r = tacker({"-q", "upgrade", "head"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(select("SELECT id, name, description FROM vnfd"), (Rows{{"d1", "descriptor", "it's a vnfd"}}));
  EXPECT_EQ(select("SELECT id, vnfd_id, vim_id, description FROM vnf"), (Rows{{"f1", "d1", "v1", "first"}}));
  EXPECT_EQ(select("SELECT id, name, placement_attr FROM vims"), (Rows{{"v1", "vim one", "{\"regions\": [\"r1\"]}"}}));
  EXPECT_EQ(select("SELECT id, vnf_pkg_id FROM vnf_instances"), (Rows{{"i1", "p1"}}));
  EXPECT_EQ(select("SELECT id, tenant_id FROM vnf_resources"), (Rows{{"r1", "t1"}}));
  EXPECT_EQ(select("SELECT id, tenant_id FROM vnf_lcm_subscriptions"), (Rows{{"s1", ""}}));
  EXPECT_EQ(select("SELECT id, operation_state, operation_params, tenant_id, created_at, is_cancel_pending "
                   "FROM vnf_lcm_op_occs"),
            (Rows{{"o1", "COMPLETED", "{\"flavourId\": \"simple\"}", "t1", "2021-01-02 12:00:00", "0"}}));
}

// #13 (6e56d4474b2a) turns pickled columns into JSON text. Upstream's bare
// ALTER leaves '\x7b22...' on PostgreSQL; its --sql cannot run at all. The
// pickles below are Python's protocol 2 (sa.PickleType's default in Python 2):
//   pickle.dumps({'regions': ['RegionOne'], 'name': 'vim'}, protocol=2).hex(), and so on.
TEST_P(TackerTest, PickledColumnsBecomeJsonText) {
  ASSERT_EQ(tacker({"-q", "upgrade", "f958f58e5daa"}).exit_code, 0);
  auto bytes = [&](const std::string& hex) {
    return GetParam() == "postgresql" ? "decode('" + hex + "', 'hex')" : "X'" + hex + "'";
  };
  sql("INSERT INTO vims (id, type, name, placement_attr, shared) VALUES ('v1', 'openstack', 'one', " +
      bytes("80027d7100285807000000726567696f6e7371015d71025809000000526567696f6e4f6e6571036158040000006e616d657104"
            "580300000076696d7105752e") +
      ", " + boolean(true) + "), ('v2', 'openstack', 'two', NULL, " + boolean(true) + ")");
  sql("INSERT INTO vimauths (id, vim_id, password, auth_url, vim_project, auth_cred) VALUES ('a1', 'v1', 'x', "
      "'http://keystone', " + bytes("8002580900000070726f6a6563742d3171002e") + ", " +
      bytes("80027d7100285808000000757365726e616d657101580500000061646d696e7102580800000070617373776f72647103580500"
            "000070c3a473737104752e") +
      ")");
  // A script cannot decode pickles: it refuses on this database instead of corrupting it.
  ScratchTarget copy(GetParam(), "copy.conf");
  ASSERT_EQ(tacker_with(copy.config(), {"-q", "upgrade", "f958f58e5daa"}).exit_code, 0);
  execute(copy.url(), "INSERT INTO vims (id, type, placement_attr, shared) VALUES ('v1', 'openstack', " +
                          bytes("8002580900000070726f6a6563742d3171002e") + ", " + boolean(true) + ")");
  const RunResult script = tacker({"-q", "upgrade", "f958f58e5daa:6e56d4474b2a", "--sql"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  const fs::path file = copy.dir().path() / "pickles.sql";
  std::ofstream(file) << script.out;
  EXPECT_NE(apply_script(copy, file).exit_code, 0);
  EXPECT_EQ(copy.version_rows(), Strings{"f958f58e5daa"});

  const RunResult r = tacker({"-q", "upgrade", "6e56d4474b2a"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(select("SELECT id, placement_attr FROM vims ORDER BY id"),
            (Rows{{"v1", "{\"regions\":[\"RegionOne\"],\"name\":\"vim\"}"}, {"v2", std::string(kNull)}}));
  EXPECT_EQ(select("SELECT vim_project, auth_cred FROM vimauths"),
            (Rows{{"\"project-1\"", "{\"username\":\"admin\",\"password\":\"p\\u00e4ss\"}"}}));
}

TEST_P(TackerTest, PurgeDeletedRemovesOldSoftDeletedRowsOnly) {
  ASSERT_EQ(tacker({"-q", "upgrade", "head"}).exit_code, 0);
  // A live row (tacker's live mark), one deleted long ago, one deleted recently.
  sql("INSERT INTO vnfd (id, tenant_id, name, deleted_at) VALUES ('live', 't', 'a', '0001-01-01 00:00:00'), "
      "('old', 't', 'b', '2000-01-01 00:00:00'), ('recent', 't', 'c', '2020-06-01 00:00:00')");
  sql("INSERT INTO vnfd_attribute (id, vnfd_id, " + quoted("key") + ", value) VALUES ('a1', 'live', 'k', 'v'), "
      "('a2', 'old', 'k', 'v')");
  sql("INSERT INTO events (resource_id, resource_type, resource_state, event_type, " + quoted("timestamp") +
      ", event_details) VALUES "
      "('old', 'vnfd', 'DELETED', 'DELETE', '2000-01-01 00:00:00', ''), "
      "('old', 'vnfd', 'ACTIVE', 'CREATE', '1999-01-01 00:00:00', ''), "
      "('live', 'vnfd', 'ACTIVE', 'CREATE', '1999-01-01 00:00:00', '')");
  // 5000 days (about 13.7 years) before any clock this test runs under keeps 2020 and drops 2000.
  RunResult r = tacker({"purge_deleted", "all", "-a", "5000"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(select("SELECT id FROM vnfd ORDER BY id"), (Rows{{"live"}, {"recent"}}));
  EXPECT_EQ(select("SELECT id FROM vnfd_attribute"), (Rows{{"a1"}}));
  EXPECT_EQ(select("SELECT resource_id FROM events"), (Rows{{"live"}}));

  r = tacker({"purge_deleted", "vnfd", "--age", "1", "--granularity", "seconds"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(select("SELECT id FROM vnfd"), (Rows{{"live"}}));

  r = tacker({"purge_deleted", "devices"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("invalid choice: 'devices' (choose from 'all', 'events', 'vnf', 'vnfd', 'vims')"),
            std::string::npos)
      << r.err;
  r = tacker({"purge_deleted", "vnf", "-a", "-3"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("'-3' - age should be a positive integer"), std::string::npos) << r.err;
  EXPECT_EQ(select("SELECT id FROM vnfd"), (Rows{{"live"}}));
}

// #64 declares the PostgreSQL type 'operation' that #62 created (11 values of
// its 12). One Alembic run reuses #62's type; a run that starts at #63 fails
// upstream. Both kinds of run reach head here, with one-run Alembic's type.
TEST(TackerEnumTest, GrantRequestUsesTheTypeRevision62Created) {
  for (const bool step_by_step : {false, true}) {
    SCOPED_TRACE(step_by_step ? "step by step" : "one run");
    ScratchTarget target("postgresql", "tacker.conf");
    if (step_by_step) {
      ASSERT_EQ(tacker_with(target.config(), {"-q", "upgrade", "70df18f71ba2"}).exit_code, 0);
    }
    const RunResult r = tacker_with(target.config(), {"-q", "upgrade", "head"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(query_rows(target.url(), "SELECT udt_name FROM information_schema.columns WHERE table_name = "
                                       "'GrantRequestV1' AND column_name = 'operation'"),
              (Rows{{"operation"}}));
    EXPECT_EQ(query_rows(target.url(), "SELECT count(*) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
                                       "WHERE t.typname = 'operation' AND e.enumlabel = 'MODIFY_INFO'"),
              (Rows{{"1"}}));
  }
}

INSTANTIATE_TEST_SUITE_P(Dialects, TackerTest, ::testing::ValuesIn(kDialects),
                         [](const auto& info) { return info.param; });

TEST(TackerToolTest, CheckMigrationAndHelpNameTheToolsOwnParts) {
  ScratchTarget target("sqlite", "tacker.conf");
  RunResult r = tacker_with(target.config(), {"--help"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* part : {"--database-connection", "--sql_connection", "--database-engine", "purge_deleted",
                           "generate_secret_key", "migrate-to-v2"}) {
    EXPECT_NE(r.out.find(part), std::string::npos) << part;
  }
  r = tacker_with(target.config(), {"migrate-to-v2", "--all"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("migrate-to-v2"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

// The README's `revision -m`: a new revision on top of the declared head, and
// HEAD (which check_migration compares with the tree's head) names it.
TEST(TackerToolTest, RevisionRewritesTheDeclaredHead) {
  ScratchTarget target("sqlite", "tacker.conf");
  const fs::path tree = target.dir().path() / "tacker-source";
  fs::copy(fs::path(DBM_SOURCE_DIR) / "plugins/tacker", tree, fs::copy_options::recursive);
  ASSERT_EQ(read(tree / "HEAD"), std::string(kHead) + "\n");
  const std::string list = read(tree / "revisions.list");
  const RunResult r = tacker_with(target.config(), {"revision", "-m", "add widgets", "--rev-id", "0123456789ab",
                                                    "--source-dir", tree.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Generating " + (tree / "revisions/0123456789ab_add_widgets.cpp").string() + " ...  done\n");
  EXPECT_EQ(read(tree / "HEAD"), "0123456789ab\n");
  EXPECT_EQ(read(tree / "revisions.list"), list + "0123456789ab_add_widgets\n");
  EXPECT_NE(read(tree / "revisions/0123456789ab_add_widgets.cpp").find(".down = {\"" + std::string(kHead) + "\"},"),
            std::string::npos);
}

// Without --config-file: tacker-db-manage.conf in ~/ or /etc/, never ~/.tacker/ (the CLI
// gives oslo.config no project).
TEST(TackerToolTest, TheDefaultConfigFileIsTheToolsOwn) {
  ScratchTarget target("sqlite", "tacker.conf");
  const std::string conf = "[database]\nconnection = " + target.url() + "\n";
  RunOptions options;
  options.program = "tacker-db-manage";
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  options.env = {{"HOME", target.dir().path().string()}};
  fs::create_directories(target.dir().path() / ".tacker");
  target.dir().write_file(".tacker/tacker-db-manage.conf", conf);
  target.dir().write_file(".tacker/tacker.conf", conf);
  RunResult r = run_db_manage({"current"}, options);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("Provide a configuration file with DB connection information"), std::string::npos) << r.err;
  target.dir().write_file("tacker-db-manage.conf", conf);
  r = run_db_manage({"current"}, options);
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(TackerToolTest, GenerateSecretKeyWritesAFernetKeyForItsOwnerOnly) {
  ScratchTarget target("sqlite", "tacker.conf");
  const std::regex fernet("^[A-Za-z0-9_-]{43}=$");
  RunResult r = tacker_with(target.config(), {"generate_secret_key"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::regex_match(r.out, fernet)) << r.out;

  const fs::path key = target.dir().path() / "crypt.key";
  r = tacker_with(target.config(), {"generate_secret_key", "--file", key.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string first = read(key);
  EXPECT_TRUE(std::regex_match(first, fernet)) << first;
  struct stat info {};
  ASSERT_EQ(::stat(key.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  r = tacker_with(target.config(), {"generate_secret_key", "--file", key.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Replaced existing file: " + key.string()), std::string::npos) << r.err;
  EXPECT_NE(read(key), first);
  r = tacker_with(target.config(), {"generate_secret_key", "--file", "/nonexistent/dir/key"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_FALSE(fs::exists("/nonexistent/dir"));
}

}  // namespace
}  // namespace dbm::e2e
