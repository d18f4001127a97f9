// oslo's default config search path (with a fake home and root) and its
// OS_<GROUP>__<OPTION> environment variables.
#include "config/config_sources.h"

#include <gtest/gtest.h>

#include <map>

#include "temp_dir.h"

namespace dbm::config {
namespace {

using testing::TempDir;

struct FakeRoot {
  TempDir tmp;
  std::string home = tmp.mkdir("home/user");
  std::string root = tmp.mkdir("root");
  std::string files(const std::string& project, const std::string& prog) const {
    std::string joined;
    for (const auto& f : default_config_files(project, prog, home, root))
      joined += f.substr(tmp.path().string().size()) + ";";
    return joined;
  }
};

TEST(DefaultConfigFilesTest, NothingExists) {
  FakeRoot r;
  EXPECT_EQ(r.files("blazar", "blazar-db-manage"), "");
}

TEST(DefaultConfigFilesTest, ProjectFileInEtcProject) {
  FakeRoot r;
  r.tmp.write("root/etc/blazar/blazar.conf", "");
  EXPECT_EQ(r.files("blazar", "blazar-db-manage"), "/root/etc/blazar/blazar.conf;");
}

TEST(DefaultConfigFilesTest, FirstDirectoryWinsInOsloOrder) {
  FakeRoot r;
  r.tmp.write("root/etc/blazar.conf", "");
  EXPECT_EQ(r.files("blazar", "x"), "/root/etc/blazar.conf;");
  r.tmp.write("root/etc/blazar/blazar.conf", "");
  EXPECT_EQ(r.files("blazar", "x"), "/root/etc/blazar/blazar.conf;");
  r.tmp.write("home/user/blazar.conf", "");
  EXPECT_EQ(r.files("blazar", "x"), "/home/user/blazar.conf;");
  r.tmp.write("home/user/.blazar/blazar.conf", "");
  EXPECT_EQ(r.files("blazar", "x"), "/home/user/.blazar/blazar.conf;");
}

TEST(DefaultConfigFilesTest, ProjectFileThenProgFile) {
  FakeRoot r;
  r.tmp.write("home/user/blazar-db-manage.conf", "");
  r.tmp.write("root/etc/blazar/blazar-db-manage.conf", "");
  r.tmp.write("root/etc/blazar/blazar.conf", "");
  EXPECT_EQ(r.files("blazar", "blazar-db-manage"), "/root/etc/blazar/blazar.conf;/home/user/blazar-db-manage.conf;");
}

TEST(DefaultConfigFilesTest, WithoutProjectOnlyProgInHomeAndEtc) {
  FakeRoot r;
  r.tmp.write("root/etc/tool.conf", "");
  r.tmp.write("root/etc/tool/tool.conf", "");  // not searched without a project
  EXPECT_EQ(r.files("", "tool"), "/root/etc/tool.conf;");
  r.tmp.write("home/user/tool.conf", "");
  EXPECT_EQ(r.files("", "tool"), "/home/user/tool.conf;");
}

TEST(DefaultConfigFilesTest, EmptyHomeSkipsHomeDirectories) {
  FakeRoot r;
  r.tmp.write("home/user/blazar.conf", "");
  EXPECT_TRUE(default_config_files("blazar", "p", "", r.root).empty());
}

TEST(DefaultConfigDirsTest, SearchesConfD) {
  FakeRoot r;
  r.tmp.mkdir("root/etc/blazar/blazar.conf.d");
  const auto dirs = default_config_dirs("blazar", "blazar-db-manage", r.home, r.root);
  ASSERT_EQ(dirs.size(), 1u);
  EXPECT_EQ(dirs[0], r.root + "/etc/blazar/blazar.conf.d");
}

TEST(EnvOverrideTest, VariableName) {
  EXPECT_EQ(env_variable_name("database", "connection"), "OS_DATABASE__CONNECTION");
  EXPECT_EQ(env_variable_name("", "sql_connection"), "OS_DEFAULT__SQL_CONNECTION");
}

TEST(EnvOverrideTest, ReadsThroughTheInjectedLookup) {
  std::map<std::string, std::string> env{{"OS_DATABASE__CONNECTION", "sqlite://"}};
  const EnvLookup lookup = [&env](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  };
  EXPECT_EQ(env_override("database", "connection", lookup), "sqlite://");
  EXPECT_EQ(env_override("database", "slave_connection", lookup), std::nullopt);
}

TEST(EnvOverrideTest, DefaultsToTheProcessEnvironment) {
  ::setenv("OS_DBMTEST__OPTION", "from-env", 1);
  EXPECT_EQ(env_override("dbmtest", "option"), "from-env");
  ::unsetenv("OS_DBMTEST__OPTION");
  EXPECT_EQ(env_override("dbmtest", "option"), std::nullopt);
}

}  // namespace
}  // namespace dbm::config
