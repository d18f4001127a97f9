// Global option parsing: oslo-style repeated options, the hand-off of the
// command's own arguments in order, argv[0] dispatch, typo suggestions.
#include "cli/global_options.h"

#include <gtest/gtest.h>

#include "cli/suggestion.h"
#include "base/error.h"

namespace dbm::cli {
namespace {

using Args = std::vector<std::string>;

TEST(GlobalOptionsTest, RepeatedConfigFilesKeepTheirOrder) {
  auto g = parse_global_options({"--config-file", "a.conf", "--config-file=b.conf", "--config-dir", "d", "current"});
  EXPECT_EQ(g.config_files, (Args{"a.conf", "b.conf"}));
  EXPECT_EQ(g.config_dirs, (Args{"d"}));
  EXPECT_EQ(g.command, "current");
  EXPECT_TRUE(g.command_args.empty());
}

TEST(GlobalOptionsTest, CommandOptionsAndPositionalsPassThroughInOrder) {
  auto g = parse_global_options({"--project", "blazar", "history", "-r", "base:head", "--verbose"});
  ASSERT_EQ(g.projects.size(), 1u);
  EXPECT_EQ(g.projects[0].name, "blazar");
  EXPECT_EQ(g.command, "history");
  EXPECT_EQ(g.command_args, (Args{"-r", "base:head", "--verbose"}));
}

TEST(GlobalOptionsTest, ConfigOptionsBelongToTheProjectBeforeThem) {
  auto g = parse_global_options({"--config-file", "early.conf", "--project", "blazar", "--config-file", "b.conf",
                                 "--config-dir", "b.d", "--project", "sahara", "--config-file=s1.conf",
                                 "--config-file", "s2.conf", "upgrade", "heads"});
  EXPECT_EQ(g.config_files, (Args{"early.conf"}));
  ASSERT_EQ(g.projects.size(), 2u);
  EXPECT_EQ(g.projects[0].name, "blazar");
  EXPECT_EQ(g.projects[0].config_files, (Args{"b.conf"}));
  EXPECT_EQ(g.projects[0].config_dirs, (Args{"b.d"}));
  EXPECT_EQ(g.projects[1].name, "sahara");
  EXPECT_EQ(g.projects[1].config_files, (Args{"s1.conf", "s2.conf"}));
  EXPECT_TRUE(g.projects[1].config_dirs.empty());
  EXPECT_EQ(g.command_args, (Args{"heads"}));
}

TEST(GlobalOptionsTest, ManifestKeepGoingAndJobs) {
  auto g = parse_global_options({"--projects", "deploy.toml", "--keep-going", "-j", "3", "--project", "fenix", "status"});
  EXPECT_EQ(g.manifest, "deploy.toml");
  EXPECT_TRUE(g.keep_going);
  EXPECT_EQ(g.jobs, 3);
  ASSERT_EQ(g.projects.size(), 1u);
  EXPECT_EQ(g.projects[0].name, "fenix");
  EXPECT_EQ(parse_global_options({"current"}).jobs, 1);
  EXPECT_THROW(parse_global_options({"--jobs", "0", "current"}), UsageError);
}

TEST(GlobalOptionsTest, NegativeRelativeTargetsArePositional) {
  auto g = parse_global_options({"downgrade", "-1"});
  EXPECT_EQ(g.command, "downgrade");
  EXPECT_EQ(g.command_args, (Args{"-1"}));
  auto h = parse_global_options({"history", "-r", "-3:current"});
  EXPECT_EQ(h.command_args, (Args{"-r", "-3:current"}));
}

TEST(GlobalOptionsTest, PluginDirsAndFlags) {
  auto g = parse_global_options({"--plugin-dir", "/p1", "--plugin-dir", "/p2", "-q", "plugins"});
  EXPECT_EQ(g.plugin_dirs, (Args{"/p1", "/p2"}));
  EXPECT_TRUE(g.quiet);
  EXPECT_EQ(g.command, "plugins");
}

TEST(GlobalOptionsTest, VersionAndHelpWithoutCommand) {
  EXPECT_TRUE(parse_global_options({"--version"}).version);
  auto g = parse_global_options({"--help"});
  EXPECT_TRUE(g.help);
  EXPECT_TRUE(g.command.empty());
}

TEST(GlobalOptionsTest, AGlobalOptionWithoutItsValueIsAUsageError) {
  try {
    parse_global_options({"--config-file"});
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()), "the required argument for option '--config-file' is missing");
    EXPECT_EQ(e.exit_code(), kExitUsage);
  }
}

// Boost 1.74 fills %placeholders% into its messages until none is left: an
// argument holding the one its value fills made what() loop for ever (found
// by tests/fuzz, cli target). The option is named without it.
TEST(GlobalOptionsTest, AnArgumentHoldingAPlaceholderStillGetsAnError) {
  try {
    parse_global_options({"--jobs", "x%value%", "current"});
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()), "invalid use of option '--jobs'");
  }
  try {
    parse_global_options({"--jobs", "x%", "current"});
    FAIL() << "expected UsageError";
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()), "the argument ('x%') for option '--jobs' is invalid");
  }
}

TEST(ProgramNameTest, ToolNamesSelectTheProject) {
  EXPECT_EQ(project_from_program_name("/usr/bin/blazar-db-manage"), "blazar");
  EXPECT_EQ(project_from_program_name("sahara-db-manage"), "sahara");
  EXPECT_EQ(project_from_program_name("/usr/bin/db-manage"), std::nullopt);
  EXPECT_EQ(project_from_program_name("-db-manage"), std::nullopt);
}

TEST(SuggestionTest, NearbyCommandNamesAreSuggested) {
  const Args names{"branches", "current", "heads", "history", "upgrade"};
  EXPECT_EQ(closest_match("histroy", names), "history");
  EXPECT_EQ(closest_match("upgarde", names), "upgrade");
  EXPECT_EQ(closest_match("curent", names), "current");
  EXPECT_EQ(closest_match("frobnicate", names), std::nullopt);
}

}  // namespace
}  // namespace dbm::cli
