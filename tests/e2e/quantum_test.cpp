// quantum-db-manage as its README uses it: two config files on every command
// line, the core plugin choosing which revisions run, a Folsom database
// adopted with `stamp folsom`, offline scripts. Schemas are compared with
// real Alembic's (tests/fixtures/quantum, provenance in its README).
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "support/query_rows.h"
#include "support/quantum_target.h"
#include "support/readme_authoring.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"
#include "support/schema_tools.h"
#include "support/temp_dir.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

constexpr const char* kHead = "54c2c487e913";

fs::path fixtures() { return fs::path(DBM_SOURCE_DIR) / "tests/fixtures/quantum"; }

/// Real Alembic's dumps for a configuration, or cisco's intended ones.
fs::path dumps_dir(const std::string& configuration, const std::string& dialect) {
  if (configuration == "cisco") return fixtures() / "intended" / configuration / dialect;
  return fixtures() / "schema" / configuration / dialect;
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file);
  EXPECT_TRUE(in.good()) << file;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

::testing::AssertionResult contains(const std::string& text, const std::string& needle) {
  if (text.find(needle) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "'" << needle << "' not in:\n" << text;
}

std::string dialect_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

// ---- Adoption: the three scenarios of the reference's notes -------------------------------

class QuantumAdoptionTest : public ::testing::TestWithParam<std::string> {
 protected:
  /// A Folsom database: folsom's tables for `configuration`, no version table.
  static void make_folsom_database(const QuantumTarget& quantum) {
    ASSERT_EQ(quantum.run({"-q", "upgrade", "folsom"}).exit_code, 0);
    execute(quantum.database().url(), "DROP TABLE alembic_version");
    ASSERT_FALSE(quantum.database().has_table("alembic_version"));
  }
};

// B: the README's path. `stamp folsom` runs nothing; `upgrade head` then
// gives exactly the schema of a database built from empty.
TEST_P(QuantumAdoptionTest, StampFolsomAdoptsAFolsomDatabase) {
  for (const std::string name : {"ovs", "nec"}) {
    SCOPED_TRACE(name);
    const QuantumTarget quantum(quantum_configuration(name), GetParam());
    make_folsom_database(quantum);
    const RunResult current = quantum.run({"-q", "current"});
    ASSERT_EQ(current.exit_code, 0) << current.err;
    EXPECT_EQ(current.out, "");
    const RunResult stamp = quantum.run({"stamp", "folsom"});
    ASSERT_EQ(stamp.exit_code, 0) << stamp.err;
    EXPECT_TRUE(contains(stamp.err, "Running stamp_revision  -> folsom"));
    EXPECT_EQ(quantum.database().version_rows(), Strings{"folsom"});
    EXPECT_EQ(schema_difference(quantum.database().url(), dumps_dir(name, GetParam()) / "001_folsom.json"), "");
    const RunResult up = quantum.run({"-q", "upgrade", "head"});
    ASSERT_EQ(up.exit_code, 0) << up.err;
    EXPECT_EQ(schema_difference(quantum.database().url(), dumps_dir(name, GetParam()) / "head.json"), "");
  }
}

// A: real Alembic stamps an empty database and its next upgrade fails half
// way (PostgreSQL, MariaDB) or "succeeds" without the Folsom tables (SQLite).
TEST_P(QuantumAdoptionTest, StampFolsomOnAnEmptyDatabaseStopsAndSaysWhatToRun) {
  const QuantumTarget quantum(quantum_configuration("ovs"), GetParam());
  const RunResult stamp = quantum.run({"-q", "stamp", "folsom"});
  EXPECT_EQ(stamp.exit_code, 255) << stamp.err;
  EXPECT_TRUE(contains(stamp.err, "holds none of the 16 tables revision folsom creates for this configuration "
                                  "(networks, subnets, ports,"));
  EXPECT_TRUE(contains(stamp.err, "run 'upgrade head' instead; nothing was changed"));
  EXPECT_FALSE(quantum.database().has_table("alembic_version"));
  if (GetParam() == "sqlite") {
    EXPECT_FALSE(fs::exists(quantum.database().sqlite_file()));
  }
  // What the message says to run works.
  ASSERT_EQ(quantum.run({"-q", "upgrade", "head"}).exit_code, 0);
  EXPECT_EQ(schema_difference(quantum.database().url(), dumps_dir("ovs", GetParam()) / "head.json"), "");
}

// C: real Alembic runs folsom again and fails on "networks already exists",
// leaving an empty version table on SQLite and MariaDB.
TEST_P(QuantumAdoptionTest, UpgradeOfAFolsomDatabaseWithoutStampStopsAndSaysWhatToRun) {
  const QuantumTarget quantum(quantum_configuration("ovs"), GetParam());
  make_folsom_database(quantum);
  const RunResult up = quantum.run({"-q", "upgrade", "head"});
  EXPECT_EQ(up.exit_code, 255) << up.err;
  EXPECT_TRUE(contains(up.err, "already holds the 16 tables revision folsom creates (networks, subnets, ports,"));
  EXPECT_TRUE(contains(up.err, "run 'stamp folsom' and then upgrade; nothing was changed"));
  EXPECT_FALSE(quantum.database().has_table("alembic_version"));
  EXPECT_EQ(schema_difference(quantum.database().url(), dumps_dir("ovs", GetParam()) / "001_folsom.json",
                              {"--ignore-version-tables"}),
            "");
}

INSTANTIATE_TEST_SUITE_P(Dialects, QuantumAdoptionTest, ::testing::ValuesIn(kDialects), dialect_name);

// ---- Offline ------------------------------------------------------------------------------

using Param = std::tuple<std::string, std::string>;  // configuration, dialect

class QuantumOfflineTest : public ::testing::TestWithParam<Param> {};

// The script is real Alembic's, byte for byte (cisco, which Alembic cannot
// render, has none to compare with), and running it with the dialect's own
// client builds the schema an online run builds.
TEST_P(QuantumOfflineTest, UpgradeHeadScriptIsAlembicsAndBuildsTheOnlineSchema) {
  const auto& [name, dialect] = GetParam();
  const QuantumTarget quantum(quantum_configuration(name), dialect);
  const RunResult script = quantum.run({"-q", "upgrade", "head", "--sql"});
  ASSERT_EQ(script.exit_code, 0) << script.err;
  if (name != "cisco") {
    EXPECT_EQ(script.out, read_text(fixtures() / "offline" / (name + "_upgrade_head_" + dialect + ".sql")));
  }
  const fs::path file = quantum.database().dir().write_file("upgrade.sql", script.out);
  const RunResult applied = apply_script(quantum.database(), file);
  ASSERT_EQ(applied.exit_code, 0) << applied.err;
  EXPECT_EQ(schema_difference(quantum.database().url(), dumps_dir(name, dialect) / "head.json"), "");
  EXPECT_EQ(extra_difference(quantum.database().url(), dumps_dir(name, dialect) / "head_extra.json"), "");
}

std::vector<Param> all_params() {
  std::vector<Param> params;
  for (const auto& configuration : quantum_configurations()) {
    for (const auto& dialect : kDialects) params.emplace_back(configuration.name, dialect);
  }
  return params;
}

INSTANTIATE_TEST_SUITE_P(Configurations, QuantumOfflineTest, ::testing::ValuesIn(all_params()),
                         [](const auto& info) { return std::get<0>(info.param) + "_" + std::get<1>(info.param); });

class QuantumScriptTextTest : public ::testing::TestWithParam<std::string> {};

// The README's `upgrade <start>:<end> --sql` and the adoption stamp, as upstream renders them.
TEST_P(QuantumScriptTextTest, FolsomToHeadAndStampFolsomAreAlembicsText) {
  const QuantumTarget quantum(quantum_configuration("ovs"), GetParam());
  const RunResult range = quantum.run({"-q", "upgrade", "folsom:head", "--sql"});
  ASSERT_EQ(range.exit_code, 0) << range.err;
  EXPECT_EQ(range.out, read_text(fixtures() / "offline" / ("ovs_upgrade_folsom_to_head_" + GetParam() + ".sql")));
  const RunResult stamp = quantum.run({"-q", "stamp", "folsom", "--sql"});
  ASSERT_EQ(stamp.exit_code, 0) << stamp.err;
  EXPECT_EQ(stamp.out, read_text(fixtures() / "offline" / ("ovs_stamp_folsom_" + GetParam() + ".sql")));
}

INSTANTIATE_TEST_SUITE_P(Dialects, QuantumScriptTextTest, ::testing::ValuesIn(kDialects), dialect_name);

// ---- The README's command lines -----------------------------------------------------------

TEST(QuantumCliTest, HistoryIsUpstreams) {
  const QuantumTarget quantum(quantum_configuration("ovs"), "sqlite");
  const RunResult history = quantum.run({"-q", "history"});
  ASSERT_EQ(history.exit_code, 0) << history.err;
  EXPECT_EQ(history.out, read_text(fixtures() / "quantum_history.txt"));
  EXPECT_EQ(quantum.run({"-q", "check_migration"}).exit_code, 0);
}

TEST(QuantumCliTest, DeltaUpAndDown) {
  const QuantumTarget quantum(quantum_configuration("ryu"), "sqlite");
  ASSERT_EQ(quantum.run({"-q", "upgrade", "--delta", "2"}).exit_code, 0);
  EXPECT_EQ(quantum.database().version_rows(), Strings{"5a875d0e5c"});
  EXPECT_TRUE(quantum.database().has_table("tunnelkeys"));  // ryu's revision ran
  ASSERT_EQ(quantum.run({"-q", "downgrade", "--delta", "1"}).exit_code, 0);
  EXPECT_EQ(quantum.database().version_rows(), Strings{"folsom"});
  EXPECT_FALSE(quantum.database().has_table("tunnelkeys"));
  const RunResult neither = quantum.run({"-q", "upgrade"});
  EXPECT_EQ(neither.exit_code, 1);
  EXPECT_TRUE(contains(neither.err, "You must provide a revision or relative delta"));
}

// Skipped revisions still move the version row and log their step, as Alembic does.
TEST(QuantumCliTest, ARevisionForAnotherPluginOnlyMovesTheVersionRow) {
  const QuantumTarget quantum(quantum_configuration("ovs"), "sqlite");
  const RunResult up = quantum.run({"upgrade", "5a875d0e5c"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_TRUE(contains(up.err, "Running upgrade folsom -> 5a875d0e5c, ryu"));
  EXPECT_EQ(quantum.database().version_rows(), Strings{"5a875d0e5c"});
  EXPECT_FALSE(quantum.database().has_table("tunnelkeys"));
}

// The classic deployer's mistake is the wrong core plugin: every report names it.
TEST(QuantumCliTest, DryRunCurrentAndStatusNameTheCorePlugin) {
  const QuantumTarget quantum(quantum_configuration("nvp"), "sqlite");
  const std::string selected =
      "[DEFAULT] core_plugin = quantum.plugins.nicira.nicira_nvp_plugin.QuantumPlugin.NvpPluginV2";
  const RunResult dry = quantum.run({"-q", "upgrade", "head", "--dry-run"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_TRUE(contains(dry.out, "Revisions run for " + selected + "\n"));
  EXPECT_TRUE(contains(dry.out, "upgrade folsom -> 5a875d0e5c (ryu)  [skipped for this core_plugin]\n"));
  EXPECT_TRUE(contains(dry.out, "upgrade 3cb5d900c5de -> 1d76643bcec4 (nvp_netbinding)\n"));
  EXPECT_TRUE(contains(dry.out, "(inital port security)\n"));
  EXPECT_FALSE(quantum.database().has_table("networks"));

  ASSERT_EQ(quantum.run({"-q", "upgrade", "head"}).exit_code, 0);
  const RunResult current = quantum.run({"-q", "current", "-v"});
  ASSERT_EQ(current.exit_code, 0) << current.err;
  EXPECT_TRUE(contains(current.out, "Revisions run for " + selected + "\n"));
  const RunResult status = quantum.run({"-q", "status"});
  EXPECT_EQ(status.exit_code, 0) << status.err;
  EXPECT_TRUE(contains(status.out, "quantum: revisions run for " + selected + "\n"));
  const RunResult json = quantum.run({"-q", "status", "--format", "json"});
  EXPECT_TRUE(contains(json.out, "\"option\": \"DEFAULT/core_plugin\""));
}

TEST(QuantumCliTest, AnUnsetCorePluginRunsOnlyTheRevisionsForEveryPlugin) {
  const QuantumTarget quantum({"none", ""}, "sqlite");
  const RunResult dry = quantum.run({"-q", "upgrade", "head", "--dry-run"});
  EXPECT_TRUE(contains(dry.out, "Revisions run for [DEFAULT] core_plugin is not set\n"));
  ASSERT_EQ(quantum.run({"-q", "upgrade", "head"}).exit_code, 0);
  EXPECT_TRUE(quantum.database().has_table("servicetypes"));  // runs_for "*"
  EXPECT_FALSE(quantum.database().has_table("securitygroups"));
  EXPECT_FALSE(quantum.database().has_table("routers"));
}

// Both config files are read, the later one winning where both set an option,
// as oslo's cfg layered them.
TEST(QuantumCliTest, TheLaterConfigFileWins) {
  const TempDir dir;
  const fs::path a = dir.path() / "a.sqlite";
  const fs::path b = dir.path() / "b.sqlite";
  const fs::path conf = dir.write_file(
      "quantum.conf", "[DEFAULT]\ncore_plugin = quantum.plugins.ryu.ryu_quantum_plugin.RyuQuantumPluginV2\n"
                      "[DATABASE]\nsql_connection = sqlite:///" + a.string() + "\n");
  const fs::path ini = dir.write_file("config.ini", "[DATABASE]\nsql_connection = sqlite:///" + b.string() + "\n");
  RunOptions options;
  options.program = "quantum-db-manage";
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  ASSERT_EQ(run_db_manage({"-q", "--config-file", conf.string(), "--config-file", ini.string(), "upgrade", "folsom"},
                          options).exit_code, 0);
  EXPECT_TRUE(fs::exists(b));
  EXPECT_FALSE(fs::exists(a));
  ASSERT_EQ(run_db_manage({"-q", "--config-file", ini.string(), "--config-file", conf.string(), "upgrade", "folsom"},
                          options).exit_code, 0);
  EXPECT_TRUE(fs::exists(a));
  // The URL in [DEFAULT] is not quantum's option: it is not read.
  const fs::path wrong = dir.write_file("wrong.ini", "[DEFAULT]\nsql_connection = sqlite:///" + a.string() + "\n");
  const RunResult none = run_db_manage({"-q", "--config-file", wrong.string(), "current"}, options);
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_TRUE(contains(none.err, "Provide a configuration file with DB connection information"));
}

// The README's own typo, `-config-file` with one dash: upstream's argparse did
// not know the option and took the file for the command; so do we, and say why.
TEST(QuantumCliTest, TheReadmesOneDashTypoIsAnsweredLikeUpstream) {
  const QuantumTarget quantum(quantum_configuration("ovs"), "sqlite");
  RunOptions options;
  options.program = "quantum-db-manage";
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  const RunResult r = run_db_manage({"-config-file", quantum.quantum_conf().string(), "--config-file",
                                     quantum.plugin_ini().string(), "stamp", "folsom"},
                                    options);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(contains(r.err, "unknown command '" + quantum.quantum_conf().string() +
                                  "' after the unrecognised option '-config-file'; did you mean '--config-file'?"));
  EXPECT_FALSE(fs::exists(quantum.database().sqlite_file()));
}

// ---- Models: check and the README's authoring lines ---------------------------------------

// Each core plugin's models (the common ones and those its import brings)
// against the head its revisions build, its own known differences set aside:
// another plugin's models or known differences would show as differences or
// as stale declarations. ovs_dbquota is the one configuration folsom gives
// the quotas table the lb/ovs known difference declares missing: there the
// declaration is reported as not occurring (see plugins/quantum/known_differences.cpp).
TEST(QuantumCheckTest, EachCorePluginsModelsMatchTheHeadItsRevisionsBuild) {
  for (const QuantumConfiguration& configuration : quantum_configurations()) {
    SCOPED_TRACE(configuration.name);
    const QuantumTarget quantum(configuration, "sqlite");
    const RunResult check = quantum.run({"check"});
    if (configuration.name == "ovs_dbquota") {
      EXPECT_EQ(check.exit_code, 255);
      EXPECT_TRUE(contains(check.err, "no longer occur (remove them): ('add_table', 'quotas')"));
      continue;
    }
    EXPECT_EQ(check.exit_code, 0) << check.err;
    EXPECT_EQ(check.out, "No new upgrade operations detected.\n");
  }
}

// The README's `revision -m "description of revision" [--autogenerate]`,
// with its two config files, against a database at head.
class QuantumAuthoringTest : public ::testing::TestWithParam<std::string> {};

TEST_P(QuantumAuthoringTest, TheReadmesRevisionLinesWriteIntoACopyOfThePlugin) {
  const QuantumTarget quantum(quantum_configuration("ovs"), GetParam());
  ASSERT_EQ(quantum.run({"-q", "upgrade", "head"}).exit_code, 0);
  expect_readme_authoring_lines("quantum", {quantum.quantum_conf(), quantum.plugin_ini()});
}

INSTANTIATE_TEST_SUITE_P(Dialects, QuantumAuthoringTest, ::testing::ValuesIn(kDialects), dialect_name);

// ---- A deployment ---------------------------------------------------------------------------

// quantum beside blazar and sahara, its two config files named in the
// manifest: one run migrates all three, and status names quantum's core plugin.
TEST(QuantumDeploymentTest, AManifestMigratesQuantumBesideOtherServices) {
  const QuantumTarget quantum(quantum_configuration("lbr"), "postgresql");
  const ScratchTarget blazar("mysql");
  const ScratchTarget sahara("sqlite");
  const TempDir dir;
  const fs::path manifest = dir.write_file(
      "deploy.toml", "[[project]]\nname = \"quantum\"\nconfig_files = [\"" + quantum.quantum_conf().string() +
                         "\", \"" + quantum.plugin_ini().string() + "\"]\n\n[[project]]\nname = \"blazar\"\n"
                         "database_url = \"" + blazar.url() + "\"\n\n[[project]]\nname = \"sahara\"\n"
                         "database_url = \"" + sahara.url() + "\"\n");
  RunOptions options;
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  options.timeout = std::chrono::seconds(180);
  const RunResult up = run_db_manage({"-q", "--projects", manifest.string(), "--jobs", "2", "upgrade", "heads"}, options);
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  EXPECT_TRUE(contains(up.out, "Summary: 3 succeeded, 0 failed, 0 not started"));
  EXPECT_EQ(quantum.database().version_rows(), Strings{kHead});
  EXPECT_EQ(schema_difference(quantum.database().url(), dumps_dir("lbr", "postgresql") / "head.json"), "");
  EXPECT_EQ(blazar.version_rows(), Strings{"553383923ca0"});
  EXPECT_EQ(sahara.version_rows(), Strings{"035"});
  const RunResult status = run_db_manage({"-q", "--projects", manifest.string(), "status"}, options);
  EXPECT_EQ(status.exit_code, 0) << status.out << status.err;
  EXPECT_TRUE(contains(status.out, "quantum: revisions run for [DEFAULT] core_plugin = "
                                   "quantum.plugins.linuxbridge.lb_quantum_plugin.LinuxBridgePluginV2\n"));
}

}  // namespace
}  // namespace dbm::e2e
