// Layering of oslo config files and dirs, lookup rules, read errors and
// `$option` expansion.
#include "config/oslo_config.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "temp_dir.h"

namespace dbm::config {
namespace {

using testing::TempDir;

std::string load_error(const std::vector<std::string>& files, const std::vector<std::string>& dirs = {}) {
  try {
    OsloConfig::load(files, dirs);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(OsloConfigTest, LaterFilesWinPerOption) {
  TempDir tmp;
  const auto a = tmp.write("a.conf", "[database]\nconnection = sqlite:///a.db\nmax_pool_size = 5\n");
  const auto b = tmp.write("b.conf", "[database]\nconnection = sqlite:///b.db\n");
  const OsloConfig config = OsloConfig::load({a, b}, {});
  EXPECT_EQ(config.get("database", "connection"), "sqlite:///b.db");
  EXPECT_EQ(config.get("database", "max_pool_size"), "5");
  EXPECT_EQ(config.get("database", "missing"), std::nullopt);
  EXPECT_EQ(config.files(), (std::vector<std::string>{a, b}));
}

TEST(OsloConfigTest, LastValueWinsWithinOneFile) {
  TempDir tmp;
  const auto a = tmp.write("a.conf", "[a]\nk = 1\n[a]\nk = 2\n");
  EXPECT_EQ(OsloConfig::load({a}).get("a", "k"), "2");
}

TEST(OsloConfigTest, ConfigDirFilesComeAfterFilesInByteOrder) {
  TempDir tmp;
  const auto file = tmp.write("main.conf", "[a]\nk = main\nonly_main = yes\n");
  const auto dir = tmp.mkdir("conf.d");
  tmp.write("conf.d/20-b.conf", "[a]\nk = 20\n");
  tmp.write("conf.d/10-a.conf", "[a]\nk = 10\nfrom10 = yes\n");
  tmp.write("conf.d/Z.conf", "[a]\nk = Z\n");  // byte order: digits < upper case
  tmp.write("conf.d/.hidden.conf", "[a]\nk = hidden\n");
  tmp.write("conf.d/notes.txt", "not ini at all\n");
  tmp.mkdir("conf.d/sub.conf");
  const OsloConfig config = OsloConfig::load({file}, {dir});
  EXPECT_EQ(config.files(), (std::vector<std::string>{file, dir + "/10-a.conf", dir + "/20-b.conf", dir + "/Z.conf"}));
  EXPECT_EQ(config.get("a", "k"), "Z");
  EXPECT_EQ(config.get("a", "from10"), "yes");
  EXPECT_EQ(config.get("a", "only_main"), "yes");
}

TEST(OsloConfigTest, InterleavedSourcesKeepTheirOrder) {
  TempDir tmp;
  const auto dir = tmp.mkdir("d");
  tmp.write("d/x.conf", "[a]\nk = dir\n");
  const auto file = tmp.write("f.conf", "[a]\nk = file\n");
  const OsloConfig config =
      OsloConfig::load(std::vector<ConfigSource>{{ConfigSource::Kind::kDir, dir}, {ConfigSource::Kind::kFile, file}});
  EXPECT_EQ(config.get("a", "k"), "file");
}

TEST(OsloConfigTest, DefaultIsItsOwnGroupWithoutFallback) {
  TempDir tmp;
  const auto a = tmp.write("a.conf", "[DEFAULT]\nconnection = x\n[default]\nk = lower\n");
  const OsloConfig config = OsloConfig::load({a});
  EXPECT_EQ(config.get("DEFAULT", "connection"), "x");
  EXPECT_EQ(config.get("database", "connection"), std::nullopt);
  // [default] is an ordinary group, not DEFAULT.
  EXPECT_EQ(config.get("DEFAULT", "k"), std::nullopt);
  EXPECT_EQ(config.get("default", "k"), "lower");
}

TEST(OsloConfigTest, GroupNamesOtherThanDefaultMatchCaseInsensitively) {
  TempDir tmp;
  const auto a = tmp.write("a.conf", "[DATABASE]\nsql_connection = old\n");
  const auto b = tmp.write("b.conf", "[Database]\nk = v\n");
  const OsloConfig config = OsloConfig::load({a, b});
  EXPECT_EQ(config.get("database", "sql_connection"), "old");
  EXPECT_EQ(config.get("DATABASE", "k"), "v");
}

TEST(OsloConfigTest, GetAnyLetsTheNewestFileDecide) {
  TempDir tmp;
  const auto a = tmp.write("a.conf", "[database]\nconnection = new-name\n");
  const auto b = tmp.write("b.conf", "[DEFAULT]\nsql_connection = old-name\n");
  const std::vector<OptionName> names{{"database", "connection"}, {"DEFAULT", "sql_connection"}};
  EXPECT_EQ(OsloConfig::load({a, b}).get_any(names), "old-name");
  EXPECT_EQ(OsloConfig::load({b, a}).get_any(names), "new-name");
  const auto both = tmp.write("both.conf", "[DEFAULT]\nsql_connection = old\n[database]\nconnection = new\n");
  const auto found = OsloConfig::load({both}).find(names);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->value, "new");
  EXPECT_EQ(found->name.section, "database");
}

TEST(OsloConfigTest, MissingFile) {
  TempDir tmp;
  const std::string path = (tmp.path() / "nope.conf").string();
  EXPECT_EQ(load_error({path}), "Failed to read config file '" + path + "': No such file or directory");
}

TEST(OsloConfigTest, DirectoryGivenAsFile) {
  TempDir tmp;
  EXPECT_EQ(load_error({tmp.path().string()}),
            "Failed to read config file '" + tmp.path().string() + "': Is a directory");
}

TEST(OsloConfigTest, MissingConfigDir) {
  TempDir tmp;
  const std::string path = (tmp.path() / "nope.d").string();
  EXPECT_EQ(load_error({}, {path}), "Failed to read config directory '" + path + "': No such file or directory");
}

TEST(OsloConfigTest, ConfigDirThatIsAFile) {
  TempDir tmp;
  const auto file = tmp.write("f.conf", "[a]\n");
  EXPECT_EQ(load_error({}, {file}), "Failed to read config directory '" + file + "': Not a directory");
}

TEST(OsloConfigTest, SyntaxErrorNamesTheFileAndLine) {
  TempDir tmp;
  const auto good = tmp.write("good.conf", "[a]\nk = v\n");
  const auto bad = tmp.write("bad.conf", "[a]\nk = v\nbroken\n");
  EXPECT_EQ(load_error({good, bad}), bad + ":3: No ':' or '=' found in assignment");
}

TEST(OsloConfigTest, SubstitutesReferencesFromTheFiles) {
  TempDir tmp;
  const auto a = tmp.write("a.conf",
                           "[DEFAULT]\nstate_path = /var/lib/blazar\n"
                           "[database]\nname = blazar\n"
                           "connection = sqlite:///$state_path/${name}.db\n"
                           "other = ${DEFAULT.state_path}/x\n");
  const OsloConfig config = OsloConfig::load({a});
  EXPECT_EQ(config.substitute(*config.get("database", "connection"), "database"),
            "sqlite:////var/lib/blazar/blazar.db");
  EXPECT_EQ(config.substitute(*config.get("database", "other"), "database"), "/var/lib/blazar/x");
}

TEST(OsloConfigTest, SubstitutionEscapesAndNonReferences) {
  const OsloConfig config = OsloConfig::from_parsed({});
  EXPECT_EQ(config.substitute("a$$b \\$c $1 $ ${ end$", "DEFAULT"), "a$b $c $1 $ ${ end$");
}

TEST(OsloConfigTest, SubstitutionFallsBackToDefaults) {
  const OsloConfig config = OsloConfig::from_parsed({});
  EXPECT_EQ(config.substitute("$state_path/x", "database", {{"state_path", "/srv"}}), "/srv/x");
}

TEST(OsloConfigTest, UnresolvedReference) {
  const OsloConfig config = OsloConfig::from_parsed({{"f", parse_oslo_ini("[database]\na = $b\n", "f")}});
  try {
    config.substitute("x$missing", "database");
    FAIL() << "no exception";
  } catch (const UnresolvedReference& e) {
    EXPECT_STREQ(e.what(),
                 "config value refers to '$missing', which is not set in [database] or [DEFAULT]; "
                 "write '$$' for a literal '$'");
    EXPECT_EQ(e.key(), "missing");
  }
  try {
    config.substitute("${grp.opt}", "database");
    FAIL() << "no exception";
  } catch (const UnresolvedReference& e) {
    EXPECT_EQ(e.where(), "[grp]");
  }
}

TEST(OsloConfigTest, ReferenceCycleIsAnError) {
  const OsloConfig config = OsloConfig::from_parsed({{"f", parse_oslo_ini("[DEFAULT]\na = $b\nb = $a\n", "f")}});
  try {
    config.substitute("$a", "DEFAULT");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_STREQ(e.what(), "config value references nest too deeply (is there a cycle of $ references?)");
  }
}

// Within the depth bound, `vN = $vN+1` eight times over asked for 8^16
// references: expansion stops at 1000 (found by tests/fuzz, ini target).
TEST(OsloConfigTest, AReferenceBombIsAnError) {
  std::string text = "[DEFAULT]\n";
  for (int i = 0; i < 12; ++i) {
    text += "v" + std::to_string(i) + " =";
    for (int k = 0; k < 8; ++k) text += " $v" + std::to_string(i + 1);
    text += "\n";
  }
  text += "v12 = x\n";
  const OsloConfig config = OsloConfig::from_parsed({{"f", parse_oslo_ini(text, "f")}});
  try {
    config.substitute("$v0", "DEFAULT");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_STREQ(e.what(), "config value needs more than 1000 $ references to expand");
  }
  EXPECT_EQ(config.substitute("$v11", "DEFAULT"), "x x x x x x x x");
  EXPECT_EQ(config.substitute("$v10", "DEFAULT").size(), 8u * 15 + 7);
}

TEST(OptionNameTest, FromPath) {
  const OptionName a = OptionName::from_path("database/connection");
  EXPECT_EQ(a.section, "database");
  EXPECT_EQ(a.option, "connection");
  EXPECT_EQ(OptionName::from_path("sql_connection").section, "DEFAULT");
}

}  // namespace
}  // namespace dbm::config
