// Every case real Alembic 1.8.1 ran (tests/fixtures/runtime/expected/*.case):
// replays it with the argument rules, the planner and the head maintainer, and
// compares log lines, offline comments, version-row writes and final heads.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "fixture_trees.h"
#include "runtime/head_maintainer.h"
#include "runtime/planner.h"
#include "runtime/run_arguments.h"
#include "base/join.h"

namespace dbm::runtime {
namespace {

using testing::expected_dir;
using testing::split;

struct Case {
  std::string name;
  std::string tree;
  std::vector<std::string> start;
  std::vector<std::string> argv;
  bool offline = false;
  std::vector<std::string> expected;  ///< everything after the header
};

Case read_case(const std::filesystem::path& path) {
  std::ifstream in(path);
  Case c;
  c.name = path.stem().string();
  for (std::string line; std::getline(in, line);) {
    const auto space = line.find(' ');
    const std::string key = line.substr(0, space);
    const std::string value = space == std::string::npos ? "" : line.substr(space + 1);
    if (key == "tree") {
      c.tree = value;
    } else if (key == "start") {
      c.start = split(value, ' ');
    } else if (key == "argv") {
      c.argv = split(value, ' ');
    } else if (key == "mode") {
      c.offline = value == "offline";
    } else if (key != "hashseed") {  // hashseed: Alembic's order was a Python set's; ours is declared order
      c.expected.push_back(line);
    }
  }
  return c;
}

/// What our runtime does for the case, in the fixture's line format.
std::vector<std::string> replay(const Case& c) {
  const graph::RevisionGraph graph(testing::load_tree(c.tree));
  std::vector<std::string> out;
  try {
    const std::string& command = c.argv.at(0);
    std::vector<std::string> positional;
    bool sql = false;
    bool purge = false;
    for (std::size_t i = 1; i < c.argv.size(); ++i) {
      if (c.argv[i] == "--sql") {
        sql = true;
      } else if (c.argv[i] == "--purge") {
        purge = true;
      } else {
        positional.push_back(c.argv[i]);
      }
    }
    Plan plan;
    std::vector<std::string> heads;
    if (command == "stamp") {
      const StampArguments args = split_stamp_arguments(positional, sql, purge);
      heads = sql ? offline_start_heads(graph, args.start) : c.start;
      plan = plan_stamp(graph, heads, args.targets, purge);
      if (purge) {
        out.emplace_back("purge");
        heads.clear();
      }
    } else {
      const bool up = command == "upgrade";
      const RangeArgument arg =
          up ? split_upgrade_argument(positional.at(0), sql) : split_downgrade_argument(positional.at(0), sql);
      heads = sql ? offline_start_heads(graph, arg.start) : c.start;
      plan = up ? plan_upgrade(graph, heads, arg.target) : plan_downgrade(graph, heads, arg.target);
    }
    HeadMaintainer maintainer(graph, heads);
    for (const Step& step : plan) {
      out.push_back("log Running " + step.log_line);
      if (c.offline) out.push_back("comment -- Running " + step.short_log);
      for (const VersionChange& change : maintainer.update_to_step(step)) out.push_back(to_string(change));
    }
    if (!c.offline) {
      std::vector<std::string> rows = maintainer.heads();
      std::sort(rows.begin(), rows.end());
      out.push_back("heads " + text::join(rows, " "));
    }
  } catch (const Error& error) {
    out.push_back(std::string("error ") + error.what());
  }
  return out;
}

std::vector<Case> all_cases() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(expected_dir())) {
    if (entry.path().extension() == ".case") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Case> cases;
  for (const auto& path : paths) cases.push_back(read_case(path));
  return cases;
}

class AlembicCase : public ::testing::TestWithParam<Case> {};

TEST_P(AlembicCase, MatchesAlembic) {
  const Case& c = GetParam();
  EXPECT_EQ(replay(c), c.expected) << "argv: " << text::join(c.argv, " ") << "  start: " << text::join(c.start, " ");
}

INSTANTIATE_TEST_SUITE_P(Expected, AlembicCase, ::testing::ValuesIn(all_cases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(AlembicCases, FixturesArePresent) { EXPECT_GE(all_cases().size(), 70U); }

}  // namespace
}  // namespace dbm::runtime
