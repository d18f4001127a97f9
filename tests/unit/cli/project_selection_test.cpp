// Which projects an invocation names, and which config files go with each:
// the upstream way (argv[0], one --project), several --project options, a
// manifest narrowed by --project.
#include "cli/project_selection.h"

#include <fstream>

#include <gtest/gtest.h>

#include "base/error.h"
#include "../config/temp_dir.h"

namespace dbm::cli {
namespace {

using Args = std::vector<std::string>;

std::vector<std::string> names(const ProjectSelectionResult& r) {
  std::vector<std::string> out;
  for (const auto& p : r.projects) out.push_back(p.name);
  return out;
}

TEST(ProjectSelectionTest, ArgvZeroNamesOneUngroupedProjectWithTheGlobalConfigFiles) {
  GlobalOptions g;
  g.config_files = {"/etc/blazar/blazar.conf"};
  const auto r = select_projects(g, std::string("blazar"));
  EXPECT_EQ(names(r), (Args{"blazar"}));
  EXPECT_FALSE(r.grouped);
  EXPECT_EQ(r.projects[0].config_files, (Args{"/etc/blazar/blazar.conf"}));
}

TEST(ProjectSelectionTest, OneProjectTakesConfigFilesFromBeforeAndAfterIt) {
  GlobalOptions g;
  g.config_files = {"a.conf"};
  g.projects = {{"blazar", {"b.conf"}, {"b.d"}}};
  const auto r = select_projects(g, std::string("sahara"));  // --project wins over argv[0]
  EXPECT_EQ(names(r), (Args{"blazar"}));
  EXPECT_FALSE(r.grouped);
  EXPECT_EQ(r.projects[0].config_files, (Args{"a.conf", "b.conf"}));
  EXPECT_EQ(r.projects[0].config_dirs, (Args{"b.d"}));
}

TEST(ProjectSelectionTest, SeveralProjectsAreGroupedEachWithItsOwnFiles) {
  GlobalOptions g;
  g.projects = {{"blazar", {"b.conf"}, {}}, {"sahara", {"s.conf"}, {}}};
  const auto r = select_projects(g, std::nullopt);
  EXPECT_EQ(names(r), (Args{"blazar", "sahara"}));
  EXPECT_TRUE(r.grouped);
  EXPECT_EQ(r.projects[1].config_files, (Args{"s.conf"}));
}

TEST(ProjectSelectionTest, SeveralProjectsRefuseConfigFilesBeforeTheFirst) {
  GlobalOptions g;
  g.config_files = {"stray.conf"};
  g.projects = {{"blazar", {}, {}}, {"sahara", {}, {}}};
  try {
    select_projects(g, std::nullopt);
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("'stray.conf' comes before any"), std::string::npos) << e.what();
  }
}

TEST(ProjectSelectionTest, AProjectGivenTwiceIsRefused) {
  GlobalOptions g;
  g.projects = {{"blazar", {}, {}}, {"blazar", {}, {}}};
  EXPECT_THROW(select_projects(g, std::nullopt), UsageError);
}

TEST(ProjectSelectionTest, NothingNamedSelectsNothing) {
  EXPECT_TRUE(select_projects(GlobalOptions{}, std::nullopt).projects.empty());
}

class ManifestSelectionTest : public ::testing::Test {
 protected:
  ManifestSelectionTest() {
    dir_.write("deploy.toml", "[[project]]\nname = \"blazar\"\n\n[[project]]\nname = \"sahara\"\n\n"
                                                  "[[project]]\nname = \"fenix\"\n");
    global_.manifest = (dir_.path() / "deploy.toml").string();
  }
  config::testing::TempDir dir_;
  GlobalOptions global_;
};

TEST_F(ManifestSelectionTest, AManifestIsAlwaysGroupedInItsOwnOrder) {
  global_.projects = {{"fenix", {}, {}}, {"blazar", {}, {}}};
  const auto r = select_projects(global_, std::string("blazar"));
  EXPECT_EQ(names(r), (Args{"blazar", "fenix"}));
  EXPECT_TRUE(r.grouped);
  global_.projects = {{"sahara", {}, {}}};
  EXPECT_TRUE(select_projects(global_, std::nullopt).grouped);
}

TEST_F(ManifestSelectionTest, ANameTheManifestLacksIsRefusedWithTheList) {
  global_.projects = {{"tacker", {}, {}}};
  try {
    select_projects(global_, std::nullopt);
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("project 'tacker' is not in"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("(it lists blazar, sahara, fenix)"), std::string::npos) << e.what();
  }
}

TEST_F(ManifestSelectionTest, ConfigFilesOnTheCommandLineAreRefused) {
  global_.config_files = {"x.conf"};
  EXPECT_THROW(select_projects(global_, std::nullopt), UsageError);
  global_.config_files.clear();
  global_.projects = {{"blazar", {"b.conf"}, {}}};
  EXPECT_THROW(select_projects(global_, std::nullopt), UsageError);
}

}  // namespace
}  // namespace dbm::cli
