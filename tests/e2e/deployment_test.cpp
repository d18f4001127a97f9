// Multi-project runs by the built binary: a deployment manifest (or several
// --project options) over blazar, sahara and fenix, on one shared database
// per dialect and on a mix of databases with --jobs; the refusals made
// before anything runs; failure isolation with and without --keep-going.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/query_rows.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"
#include "support/temp_dir.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

const fs::path kFixtures = fs::path(DBM_BINARY_DIR) / "tests/fixtures/plugins";
const std::string kBlazarHead = "553383923ca0";
const std::string kSaharaHead = "035";
const std::string kFenixHead = "001";

/// One [[project]] of a manifest.
struct Entry {
  std::string name;
  std::string url;
  std::string version_table = {};
  std::string plugin = {};
};

std::string manifest_text(const std::vector<Entry>& entries) {
  std::ostringstream text;
  for (const Entry& e : entries) {
    text << "[[project]]\nname = \"" << e.name << "\"\n";
    if (!e.plugin.empty()) text << "plugin = \"" << e.plugin << "\"\n";
    text << "database_url = \"" << e.url << "\"\n";
    if (!e.version_table.empty()) text << "version_table = \"" << e.version_table << "\"\n";
    text << "\n";
  }
  return text.str();
}

RunResult db_manage(Strings args) {
  RunOptions options;
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  options.timeout = std::chrono::seconds(180);
  return run_db_manage(args, options);
}

/// Whether `text` has `needle`, for EXPECT_TRUE with a readable failure.
::testing::AssertionResult contains(const std::string& text, const std::string& needle) {
  if (text.find(needle) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "'" << needle << "' not in:\n" << text;
}

std::string dialect_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

/// Several projects in one database of each dialect.
class SharedDatabaseTest : public ::testing::TestWithParam<std::string> {
 protected:
  SharedDatabaseTest() : shared_(GetParam()), fenix_db_(GetParam()) {}

  fs::path manifest(const std::vector<Entry>& entries) {
    return dir_.write_file("deploy.toml", manifest_text(entries));
  }

  /// blazar and sahara share one database with their own version tables;
  /// fenix, whose `instances` table sahara also has, gets its own.
  fs::path deployment() {
    return manifest({{"blazar", shared_.url(), "alembic_version_blazar"},
                     {"sahara", shared_.url(), "alembic_version_sahara"},
                     {"fenix", fenix_db_.url(), "alembic_version_fenix"}});
  }

  RunResult run(const fs::path& file, Strings args) {
    args.insert(args.begin(), {"--projects", file.string()});
    return db_manage(args);
  }

  TempDir dir_;
  ScratchTarget shared_;
  ScratchTarget fenix_db_;
};

TEST_P(SharedDatabaseTest, UpgradeStatusDowngradeOneStatusAgain) {
  const fs::path file = deployment();
  const RunResult up = run(file, {"upgrade", "heads"});
  ASSERT_EQ(up.exit_code, 0) << up.out << up.err;
  EXPECT_TRUE(contains(up.out, "Running upgrade for blazar ...\nOK\nRunning upgrade for sahara ...\nOK\n"
                               "Running upgrade for fenix ...\nOK\n"));
  EXPECT_TRUE(contains(up.out, "Summary: 3 succeeded, 0 failed, 0 not started\n"));
  EXPECT_TRUE(contains(up.err, "Running upgrade 034 -> 035"));
  EXPECT_EQ(shared_.version_rows("alembic_version_blazar"), Strings{kBlazarHead});
  EXPECT_EQ(shared_.version_rows("alembic_version_sahara"), Strings{kSaharaHead});
  EXPECT_EQ(fenix_db_.version_rows("alembic_version_fenix"), Strings{kFenixHead});
  EXPECT_FALSE(shared_.has_table("alembic_version"));
  EXPECT_FALSE(fenix_db_.has_table("alembic_version"));

  // A row of sahara's, to see that blazar's downgrade leaves it alone.
  execute(shared_.url(),
          "INSERT INTO plugin_data (id, tenant_id, name, plugin_labels) VALUES ('p1', 't1', 'vanilla', '{}')");

  const RunResult status = run(file, {"-q", "status", "--format", "json"});
  EXPECT_EQ(status.exit_code, 0) << status.out << status.err;
  EXPECT_EQ(status.out.find("\"behind\""), std::string::npos) << status.out;

  const RunResult down = run(file, {"--project", "blazar", "downgrade", "base"});
  ASSERT_EQ(down.exit_code, 0) << down.out << down.err;
  EXPECT_TRUE(contains(down.out, "Running downgrade for blazar ...\nOK\n"));
  EXPECT_EQ(down.out.find("sahara"), std::string::npos) << "only blazar was selected";
  EXPECT_TRUE(shared_.version_rows("alembic_version_blazar").empty());
  EXPECT_FALSE(shared_.has_table("leases"));
  EXPECT_EQ(shared_.version_rows("alembic_version_sahara"), Strings{kSaharaHead});
  EXPECT_TRUE(shared_.has_table("clusters"));
  EXPECT_EQ(query_rows(shared_.url(), "SELECT id, name FROM plugin_data"), (Rows{{"p1", "vanilla"}}));
  EXPECT_EQ(fenix_db_.version_rows("alembic_version_fenix"), Strings{kFenixHead});

  const RunResult after = run(file, {"-q", "status"});
  EXPECT_EQ(after.exit_code, 1) << after.out << after.err;
  std::istringstream lines(after.out);
  std::string header, blazar, sahara, fenix;
  std::getline(lines, header);
  std::getline(lines, blazar);
  std::getline(lines, sahara);
  std::getline(lines, fenix);
  EXPECT_TRUE(contains(header, "PROJECT"));
  EXPECT_TRUE(contains(blazar, "alembic_version_blazar"));
  EXPECT_TRUE(contains(blazar, " 19 "));
  EXPECT_TRUE(blazar.ends_with("behind")) << blazar;
  EXPECT_TRUE(sahara.ends_with("up to date")) << sahara;
  EXPECT_TRUE(fenix.ends_with("up to date")) << fenix;
  EXPECT_EQ(after.out.find("dbm-secret"), std::string::npos) << "passwords are masked";
}

TEST_P(SharedDatabaseTest, TwoProjectsCreatingOneTableAreRefusedBeforeAnythingRuns) {
  const fs::path file = manifest({{"blazar", shared_.url(), "alembic_version_blazar"},
                                  {"sahara", shared_.url(), "alembic_version_sahara"},
                                  {"fenix", shared_.url(), "alembic_version_fenix"}});
  const RunResult r = run(file, {"upgrade", "heads"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(contains(r.err, "projects 'sahara' and 'fenix' share"));
  EXPECT_TRUE(contains(r.err, "would both create a table named instances"));
  EXPECT_FALSE(shared_.has_table("alembic_version_blazar")) << "nothing may run";
  EXPECT_FALSE(shared_.has_table("leases"));
}

TEST_P(SharedDatabaseTest, OneVersionTableForTwoProjectsIsRefusedBeforeAnythingRuns) {
  const fs::path file = manifest({{"blazar", shared_.url()}, {"sahara", shared_.url()}});
  const RunResult r = run(file, {"upgrade", "heads"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(contains(r.err, "projects 'blazar' and 'sahara' would both use version table alembic_version"));
  EXPECT_FALSE(shared_.has_table("alembic_version"));
  EXPECT_FALSE(shared_.has_table("leases"));
}

TEST_P(SharedDatabaseTest, SeveralProjectOptionsEachWithItsOwnConfigFile) {
  const fs::path blazar_conf = dir_.write_file("blazar.conf", "[database]\nconnection = " + shared_.url() + "\n");
  const fs::path fenix_conf = dir_.write_file("fenix.conf", "[database]\nconnection = " + fenix_db_.url() + "\n");
  const RunResult r = db_manage({"--project", "blazar", "--config-file", blazar_conf.string(), "--project", "fenix",
                                 "--config-file", fenix_conf.string(), "upgrade", "heads"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(shared_.version_rows(), Strings{kBlazarHead});
  EXPECT_EQ(fenix_db_.version_rows(), Strings{kFenixHead});
  EXPECT_FALSE(shared_.has_table("sessions")) << "fenix went to its own database";
}

INSTANTIATE_TEST_SUITE_P(Dialects, SharedDatabaseTest, ::testing::ValuesIn(kDialects), dialect_name);

/// Projects on different databases; the servers' dialects mixed.
class MixedDeploymentTest : public ::testing::Test {
 protected:
  MixedDeploymentTest() : pg_("postgresql"), maria_("mysql"), lite_("sqlite"), lite2_("sqlite") {}

  TempDir dir_;
  ScratchTarget pg_, maria_, lite_, lite2_;
};

TEST_F(MixedDeploymentTest, JobsRunDatabasesAtOnceAndKeepEachProjectsOutputTogether) {
  const fs::path file = dir_.write_file("deploy.toml", manifest_text({{"blazar", pg_.url()},
                                                                      {"sahara", maria_.url()},
                                                                      {"fenix", lite_.url()},
                                                                      {"blazar-edge", lite2_.url(), "", "blazar"}}));
  const RunResult r = db_manage({"--projects", file.string(), "--jobs", "3", "upgrade", "heads"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  // Each header is followed by its own OK before the next header, whatever the finishing order.
  std::istringstream lines(r.out);
  std::string line;
  int headers = 0;
  bool open = false;
  while (std::getline(lines, line) && !line.starts_with("Summary")) {
    if (line.starts_with("Running upgrade for ")) {
      EXPECT_FALSE(open) << "a block began inside another:\n" << r.out;
      open = true;
      ++headers;
    } else if (line == "OK") {
      EXPECT_TRUE(open) << r.out;
      open = false;
    }
  }
  EXPECT_EQ(headers, 4) << r.out;
  // The summary follows the manifest's order.
  EXPECT_TRUE(contains(r.out, "Summary: 4 succeeded, 0 failed, 0 not started\n  blazar       OK\n  sahara       OK\n"
                              "  fenix        OK\n  blazar-edge  OK\n"));
  EXPECT_EQ(pg_.version_rows(), Strings{kBlazarHead});
  EXPECT_EQ(maria_.version_rows(), Strings{kSaharaHead});
  EXPECT_EQ(lite_.version_rows(), Strings{kFenixHead});
  EXPECT_EQ(lite2_.version_rows(), Strings{kBlazarHead});
  const RunResult status = db_manage({"-q", "--projects", file.string(), "status"});
  EXPECT_EQ(status.exit_code, 0) << status.out << status.err;
}

TEST_F(MixedDeploymentTest, OfflineScriptsOnePerProject) {
  const fs::path file =
      dir_.write_file("deploy.toml", manifest_text({{"blazar", pg_.url()}, {"fenix", lite_.url()}}));
  const RunResult r = db_manage({"-q", "--projects", file.string(), "upgrade", "heads", "--sql"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto blazar = r.out.find("-- db-manage: upgrade for project blazar\n");
  const auto fenix = r.out.find("-- db-manage: upgrade for project fenix\n");
  ASSERT_NE(blazar, std::string::npos) << r.out;
  ASSERT_NE(fenix, std::string::npos) << r.out;
  EXPECT_LT(blazar, fenix);
  EXPECT_EQ(r.out.find("Summary"), std::string::npos) << "the summary stays out of the script";
  EXPECT_TRUE(contains(r.err, "Summary: 2 succeeded"));
  EXPECT_FALSE(pg_.has_table("alembic_version")) << "--sql touches no database";

  const RunResult one_file = db_manage({"-q", "--projects", file.string(), "upgrade", "heads", "--sql", "--output",
                                        (dir_.path() / "all.sql").string()});
  EXPECT_NE(one_file.exit_code, 0);
  EXPECT_TRUE(contains(one_file.err, "--output needs {project}"));
  const RunResult files = db_manage({"-q", "--projects", file.string(), "upgrade", "heads", "--sql", "--output",
                                     (dir_.path() / "{project}.sql").string()});
  ASSERT_EQ(files.exit_code, 0) << files.err;
  EXPECT_TRUE(fs::exists(dir_.path() / "blazar.sql"));
  EXPECT_TRUE(fs::exists(dir_.path() / "fenix.sql"));
  std::ifstream in(dir_.path() / "fenix.sql");
  const std::string fenix_script((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_TRUE(contains(fenix_script, "CREATE TABLE sessions"));
}

TEST_F(MixedDeploymentTest, EveryCommandRunsPerProject) {
  const fs::path file =
      dir_.write_file("deploy.toml", manifest_text({{"blazar", lite_.url()}, {"fenix", lite2_.url()}}));
  for (const std::string command : {"history", "heads", "branches", "current", "check_migration"}) {
    const RunResult r = db_manage({"-q", "--projects", file.string(), command});
    EXPECT_EQ(r.exit_code, 0) << command << ": " << r.err;
    EXPECT_TRUE(contains(r.out, "Running " + command + " for blazar ...\n"));
    EXPECT_TRUE(contains(r.out, "Running " + command + " for fenix ...\n"));
    EXPECT_TRUE(contains(r.out, "Summary: 2 succeeded, 0 failed, 0 not started\n"));
  }
  const RunResult heads = db_manage({"-q", "--projects", file.string(), "heads"});
  EXPECT_TRUE(contains(heads.out, "Running heads for blazar ...\n" + kBlazarHead + " (head)\nOK\n"));
  EXPECT_TRUE(contains(heads.out, "Running heads for fenix ...\n" + kFenixHead + " (head)\nOK\n"));

  const RunResult stamp = db_manage({"-q", "--projects", file.string(), "stamp", "heads"});
  ASSERT_EQ(stamp.exit_code, 0) << stamp.err;
  EXPECT_EQ(lite_.version_rows(), Strings{kBlazarHead});
  EXPECT_EQ(lite2_.version_rows(), Strings{kFenixHead});
  EXPECT_FALSE(lite_.has_table("leases")) << "stamp runs no revision";
  const RunResult current = db_manage({"-q", "--projects", file.string(), "current"});
  EXPECT_TRUE(contains(current.out, "Running current for fenix ...\n" + kFenixHead + " (head)\nOK\n"));
}

/// Failure isolation: the fixture plugin engine_fail fails at its third revision.
class FailureIsolationTest : public ::testing::Test {
 protected:
  FailureIsolationTest() : first_("sqlite"), failing_("sqlite"), last_("sqlite") {
    file_ = dir_.write_file("deploy.toml", manifest_text({{"blazar", first_.url()},
                                                          {"engine_fail", failing_.url()},
                                                          {"fenix", last_.url()}}));
  }

  RunResult upgrade(Strings extra) {
    Strings args{"--plugin-dir", (kFixtures / "engine_fail").string(), "--projects", file_.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), {"upgrade", "heads"});
    return db_manage(args);
  }

  TempDir dir_;
  ScratchTarget first_, failing_, last_;
  fs::path file_;
};

TEST_F(FailureIsolationTest, TheRunStopsAtTheFirstFailureAndSaysWhatRan) {
  const RunResult r = upgrade({});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(contains(r.err, "FAILED: "));
  EXPECT_TRUE(contains(r.out, "Summary: 1 succeeded, 1 failed, 1 not started\n"));
  EXPECT_TRUE(contains(r.out, "  blazar       OK\n  engine_fail  FAILED: "));
  EXPECT_TRUE(contains(r.out, "no_such_table"));
  EXPECT_TRUE(contains(r.out, "  fenix        not started\n"));
  EXPECT_EQ(r.out.find("Running upgrade for fenix"), std::string::npos);
  EXPECT_EQ(first_.version_rows(), Strings{kBlazarHead});
  EXPECT_TRUE(failing_.version_rows().empty()) << "SQLite rolled the failing run back";
  EXPECT_FALSE(last_.has_table("alembic_version"));
  EXPECT_FALSE(last_.has_table("sessions"));
}

TEST_F(FailureIsolationTest, KeepGoingRunsTheOthersAndStillFails) {
  const RunResult r = upgrade({"--keep-going"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(contains(r.out, "Summary: 2 succeeded, 1 failed, 0 not started\n"));
  EXPECT_EQ(first_.version_rows(), Strings{kBlazarHead});
  EXPECT_EQ(last_.version_rows(), Strings{kFenixHead});
  EXPECT_TRUE(failing_.version_rows().empty());
}

/// Manifests that are refused before anything runs.
class ManifestRefusalTest : public ::testing::Test {
 protected:
  RunResult current_with(const std::string& text) {
    const fs::path file = dir_.write_file("deploy.toml", text);
    return db_manage({"--projects", file.string(), "current"});
  }
  TempDir dir_;
};

TEST_F(ManifestRefusalTest, SyntaxErrorNamesFileLineAndColumn) {
  const RunResult r = current_with("[[project]]\nname = \"blazar\"\ndatabase_url = \"sqlite:///x.db\n");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(contains(r.err, "deploy.toml:3:"));
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
}

TEST_F(ManifestRefusalTest, UnknownPluginNamesWhereTheProjectIsDeclared) {
  const RunResult r = current_with("[[project]]\nname = \"blazar\"\ndatabase_url = \"sqlite:///a.db\"\n\n"
                                   "[[project]]\nname = \"nova\"\ndatabase_url = \"sqlite:///b.db\"\n");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(contains(r.err, "deploy.toml:5:1: unknown project 'nova'"));
  EXPECT_EQ(r.out, "") << "nothing ran";
}

TEST_F(ManifestRefusalTest, StatusSaysTwoNotOneWhenItCannotTell) {
  // 1 means "behind" to a deployment script; a broken manifest must not read as that.
  const fs::path file = dir_.write_file("deploy.toml", "[[project]]\nname = \"nova\"\n");
  const RunResult r = db_manage({"--projects", file.string(), "status"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "unknown project 'nova'"));
  const RunResult missing = db_manage({"--projects", (dir_.path() / "missing.toml").string(), "status"});
  EXPECT_EQ(missing.exit_code, 2) << missing.err;
}

TEST_F(ManifestRefusalTest, AProjectListedTwiceIsRefused) {
  const RunResult r = current_with("[[project]]\nname = \"blazar\"\n[[project]]\nname = \"blazar\"\n");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(contains(r.err, "project 'blazar' is listed twice"));
}

/// status --format json is read by scripts: it must parse, keep one object
/// per project in manifest order, and say null where a count is unknown.
TEST(StatusJsonTest, OneObjectPerProjectWithNullWhereThePendingCountIsUnknown) {
  TempDir dir;
  const std::string current = "sqlite:///" + (dir.path() / "current.db").string();
  const std::string unknown = "sqlite:///" + (dir.path() / "unknown.db").string();
  const fs::path file = dir.write_file("deploy.toml", manifest_text({{"blazar", current}, {"fenix", unknown}}));
  ASSERT_EQ(db_manage({"-q", "--projects", file.string(), "upgrade", "heads"}).exit_code, 0);
  execute(unknown, "UPDATE alembic_version SET version_num = 'ffffffffffff'");

  const RunResult r = db_manage({"-q", "--projects", file.string(), "status", "--format", "json"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const nlohmann::json json = nlohmann::json::parse(r.out);
  ASSERT_EQ(json.at("projects").size(), 2U) << r.out;
  const nlohmann::json& blazar = json["projects"][0];
  EXPECT_EQ(blazar.at("project"), "blazar");
  EXPECT_EQ(blazar.at("current"), nlohmann::json::array({kBlazarHead}));
  EXPECT_EQ(blazar.at("heads"), nlohmann::json::array({kBlazarHead}));
  EXPECT_EQ(blazar.at("pending"), 0);
  EXPECT_EQ(blazar.at("state"), "up to date");
  EXPECT_EQ(blazar.at("version_table"), "alembic_version");
  const nlohmann::json& fenix = json["projects"][1];
  EXPECT_EQ(fenix.at("project"), "fenix");
  EXPECT_EQ(fenix.at("current"), nlohmann::json::array({"ffffffffffff"}));
  EXPECT_TRUE(fenix.at("pending").is_null()) << r.out;
  EXPECT_EQ(fenix.at("state"), "ahead or unknown revision");
}

// toml++ 3.3 (compiled, its nesting limit built in) crashed on a dotted key
// of 40,000 parts; a manifest is now bounded before it is parsed (issue 14,
// item 9): one line, exit 2, for a deep key, deep arrays, a huge or
// non-regular file.
TEST(ManifestBoundsTest, HostileManifestsAreRefusedInOneLine) {
  TempDir dir;
  std::string dotted;
  for (int i = 0; i < 40000; ++i) dotted += "a.";
  const std::vector<std::pair<fs::path, std::string>> cases = {
      {dir.write_file("dotted.toml", dotted + "a = 1\n"), "keys or values nest deeper than 32 levels"},
      {dir.write_file("arrays.toml", "x = " + std::string(5000, '[') + std::string(5000, ']') + "\n"),
       "keys or values nest deeper than 32 levels"},
      {dir.write_file("huge.toml", "# " + std::string(2 << 20, 'x') + "\n"), "larger than 1048576 bytes; a manifest lists projects"},
      {fs::path("/dev/zero"), "not a regular file"},
  };
  for (const auto& [file, why] : cases) {
    RunOptions options;
    options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
    const RunResult r = run_db_manage({"--projects", file.string(), "status"}, options);
    EXPECT_EQ(r.exit_code, 2) << file;
    EXPECT_EQ(r.err, "FAILED: " + file.string() + ": " + why + "\n");
  }
  // A dot inside a string or a comment is text, not nesting.
  const fs::path fine = dir.write_file(
      "fine.toml", "# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h\n[[project]]\nname = \"fenix\"\n"
                   "database_url = \"sqlite:///a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.db\"\n");
  RunOptions options;
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  options.cwd = dir.path();
  const RunResult r = run_db_manage({"--projects", fine.string(), "status"}, options);
  EXPECT_EQ(r.err.find("nest"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dbm::e2e
