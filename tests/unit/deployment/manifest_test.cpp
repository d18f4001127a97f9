// The deployment manifest: what a valid one yields, and that every kind of
// mistake is refused with the file, line and column that holds it.
#include "deployment/manifest.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "../config/temp_dir.h"

namespace dbm::deployment {
namespace {

using Args = std::vector<std::string>;

class ManifestTest : public ::testing::Test {
 protected:
  std::filesystem::path write(const std::string& text) { return dir_.write("deploy.toml", text); }

  /// The message load_manifest throws for `text`, with the directory cut off.
  std::string error_for(const std::string& text) {
    try {
      load_manifest(write(text));
    } catch (const ConfigError& e) {
      std::string message = e.what();
      const std::string prefix = dir_.path().string() + "/";
      if (message.starts_with(prefix)) message.erase(0, prefix.size());
      return message;
    }
    return "(no error)";
  }

  config::testing::TempDir dir_;
};

TEST_F(ManifestTest, ProjectsComeInFileOrderWithTheirSettings) {
  const auto specs = load_manifest(write(R"(
# a comment
[[project]]
name = "blazar"
config_files = ["blazar.conf", "/etc/blazar/extra.conf"]
config_dirs = ["conf.d"]
version_table = "alembic_version_blazar"

[[project]]
name = "sahara-east"
plugin = "sahara"
database_url = "sqlite:///sahara.db"
)"));
  ASSERT_EQ(specs.size(), 2u);
  EXPECT_EQ(specs[0].name, "blazar");
  EXPECT_EQ(specs[0].plugin, "blazar");
  EXPECT_EQ(specs[0].config_files, (Args{(dir_.path() / "blazar.conf").string(), "/etc/blazar/extra.conf"}));
  EXPECT_EQ(specs[0].config_dirs, (Args{(dir_.path() / "conf.d").string()}));
  EXPECT_EQ(specs[0].version_table, "alembic_version_blazar");
  EXPECT_FALSE(specs[0].database_url);
  EXPECT_EQ(specs[0].origin, (dir_.path() / "deploy.toml").string() + ":3:1");
  EXPECT_EQ(specs[1].name, "sahara-east");
  EXPECT_EQ(specs[1].plugin, "sahara");
  EXPECT_EQ(specs[1].database_url, "sqlite:///sahara.db");
  EXPECT_TRUE(specs[1].config_files.empty());
}

TEST_F(ManifestTest, SyntaxErrorsNameLineAndColumn) {
  EXPECT_EQ(error_for("[[project]]\nname = \"blazar\"\nconfig_files = [\"a\",,]\n").substr(0, 16), "deploy.toml:3:21");
}

TEST_F(ManifestTest, UnknownKeysAreRefusedWhereTheyAre) {
  EXPECT_EQ(error_for("[[project]]\nname = \"blazar\"\nconfig_file = [\"a\"]\n"),
            "deploy.toml:3:15: unknown key 'config_file' (expected name, plugin, config_files, config_dirs, "
            "database_url, version_table)");
  EXPECT_EQ(error_for("[projects]\nname = \"blazar\"\n").substr(0, 39), "deploy.toml:1:1: unknown key 'projects'");
}

TEST_F(ManifestTest, WrongTypesAreRefused) {
  EXPECT_EQ(error_for("[[project]]\nname = 3\n"), "deploy.toml:2:8: 'name' must be a string");
  EXPECT_EQ(error_for("[[project]]\nname = \"b\"\nconfig_files = \"b.conf\"\n"),
            "deploy.toml:3:16: 'config_files' must be an array of strings");
  EXPECT_EQ(error_for("[[project]]\nname = \"b\"\nversion_table = \"\"\n"),
            "deploy.toml:3:17: 'version_table' must not be empty");
}

TEST_F(ManifestTest, EveryProjectNeedsAName) {
  EXPECT_EQ(error_for("[[project]]\nplugin = \"blazar\"\n"), "deploy.toml:1:1: project has no 'name'");
}

TEST_F(ManifestTest, AProjectListedTwiceIsRefused) {
  EXPECT_EQ(error_for("[[project]]\nname = \"blazar\"\n[[project]]\nname = \"fenix\"\n[[project]]\nname = \"blazar\"\n"),
            "deploy.toml:5:1: project 'blazar' is listed twice (first at " + (dir_.path() / "deploy.toml").string() +
                ":1:1)");
}

TEST_F(ManifestTest, AManifestWithoutProjectsOrFileIsRefused) {
  EXPECT_EQ(error_for("# nothing\n"), "deploy.toml: no [[project]] listed");
  EXPECT_THROW(load_manifest(dir_.path() / "missing.toml"), ConfigError);
}

// The nesting bound skips strings where TOML ends them: a multi-line string
// may end in up to five quotes (`"""x""""`: the content ends in a quote), a
// single-line one at its line's end at the latest. Ending the first at its
// first three quotes took the next quote for an unterminated string and left
// everything after it uncounted, and toml++ crashed on the deep key there
// (tests/fuzz, manifest target).
TEST_F(ManifestTest, StringsHideNoDeepKeyFromTheNestingBound) {
  std::string deep;
  for (int i = 0; i < 40000; ++i) deep += "a.";
  deep += "a = 1\n";
  const std::string refused = "deploy.toml: keys or values nest deeper than 32 levels";
  EXPECT_EQ(error_for("s = \"\"\"x\"\"\"\"\n" + deep), refused);
  EXPECT_EQ(error_for("s = \"\"\"x\"\"\"\"\"\n" + deep), refused);
  EXPECT_EQ(error_for("s = '''x''''\n" + deep), refused);
  EXPECT_EQ(error_for("s = \"no end\n" + deep), refused);
  EXPECT_EQ(error_for("s = \"no end\\\n" + deep), refused);
  const auto specs = load_manifest(write("[[project]]\nname = \"blazar\"\nplugin = \"\"\"x.y\"\"\"\"\"\n"));
  ASSERT_EQ(specs.size(), 1u);
  EXPECT_EQ(specs[0].plugin, "x.y\"\"");
}

}  // namespace
}  // namespace dbm::deployment
