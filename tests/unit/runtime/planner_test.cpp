// The planner by hand: step fields and texts, no-ops, the no-downgrade
// refusal, error wording, and the dry-run listing.
#include "runtime/planner.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "fixture_trees.h"

namespace dbm::runtime {
namespace {

graph::RevisionNode node(std::string id, std::vector<std::string> down, std::string message,
                         std::vector<std::string> deps = {}) {
  graph::RevisionNode n;
  n.id = std::move(id);
  n.down = std::move(down);
  n.depends_on = std::move(deps);
  n.message = std::move(message);
  n.create_date = "2024-01-01 00:00:00.000000";
  return n;
}

graph::RevisionGraph probe() { return graph::RevisionGraph(testing::load_tree("probe")); }

TEST(Planner, UpgradeFromBaseNamesEachStepAsAlembicLogsIt) {
  const graph::RevisionGraph g = probe();
  const Plan plan = plan_upgrade(g, {}, "27c6a30d7c24");
  ASSERT_EQ(plan.size(), 2U);
  EXPECT_EQ(plan[0].direction, Direction::kUpgrade);
  EXPECT_EQ(plan[0].revision, "1fd6a1b2c3d4");
  EXPECT_EQ(plan[0].log_line, "upgrade  -> 1fd6a1b2c3d4, create accounts table");
  EXPECT_EQ(plan[0].short_log, "upgrade  -> 1fd6a1b2c3d4");
  EXPECT_EQ(plan[0].message, "create accounts table");
  EXPECT_EQ(plan[1].log_line, "upgrade 1fd6a1b2c3d4 -> 27c6a30d7c24, add description");
}

TEST(Planner, DependencyIsInFromRevisionsButNotInTheLogLine) {
  const graph::RevisionGraph g = probe();
  const Plan plan = plan_upgrade(g, {"5e3fexpand02", "4c2dcontr01"}, "6f4acontr02");
  ASSERT_EQ(plan.size(), 1U);
  EXPECT_EQ(plan[0].from_revisions, (std::vector<std::string>{"4c2dcontr01", "5e3fexpand02"}));
  EXPECT_EQ(plan[0].from_revisions_no_deps, (std::vector<std::string>{"4c2dcontr01"}));
  EXPECT_EQ(plan[0].to_revisions, (std::vector<std::string>{"6f4acontr02"}));
  EXPECT_EQ(plan[0].log_line, "upgrade 4c2dcontr01 -> 6f4acontr02, drop description");
}

TEST(Planner, DowngradeStepRunsFromTheRevisionToItsParents) {
  const graph::RevisionGraph g = probe();
  const Plan plan = plan_downgrade(g, {"7a5bmerge001"}, "3a1bexpand01");
  ASSERT_EQ(plan.size(), 3U);
  EXPECT_EQ(plan[0].direction, Direction::kDowngrade);
  EXPECT_FALSE(plan[0].is_upgrade);
  EXPECT_EQ(plan[0].from_revisions, (std::vector<std::string>{"7a5bmerge001"}));
  EXPECT_EQ(plan[0].to_revisions, (std::vector<std::string>{"5e3fexpand02", "5e3fexpand99"}));
  EXPECT_EQ(plan[0].log_line, "downgrade 7a5bmerge001 -> 5e3fexpand02, 5e3fexpand99, merge expand");
  EXPECT_EQ(plan[0].short_log, "downgrade 7a5bmerge001 -> 5e3fexpand02, 5e3fexpand99");
}

TEST(Planner, UpgradingToAnAppliedAncestorIsAnEmptyPlan) {
  const graph::RevisionGraph g = probe();
  EXPECT_TRUE(plan_upgrade(g, {"6f4acontr02", "7a5bmerge001"}, "27c6").empty());
  EXPECT_TRUE(plan_upgrade(g, {"6f4acontr02", "7a5bmerge001"}, "heads").empty());
}

TEST(Planner, DocstringFirstParagraphIsTheMessage) {
  graph::RevisionNode n = node("aaaa11112222", {}, "ignored");
  n.doc = "Add the thing\n\nlonger text\n";
  const graph::RevisionGraph g({n});
  const Plan plan = plan_upgrade(g, {}, "head");
  ASSERT_EQ(plan.size(), 1U);
  EXPECT_EQ(plan[0].log_line, "upgrade  -> aaaa11112222, Add the thing");
}

TEST(Planner, RefusesADowngradeThroughARevisionWithoutOneBeforeAnyStep) {
  graph::RevisionNode first = node("001", {}, "Initial");
  first.has_downgrade = false;
  const graph::RevisionGraph g({first, node("002", {"001"}, "second")});
  try {
    plan_downgrade(g, {"002"}, "base");
    FAIL() << "expected CommandError";
  } catch (const CommandError& e) {
    EXPECT_STREQ(e.what(), "Revision 001 (Initial) has no downgrade; cannot downgrade through it");
    EXPECT_EQ(e.exit_code(), kExitAlembic);
  }
  EXPECT_EQ(plan_downgrade(g, {"002"}, "001").size(), 1U);
}

TEST(Planner, ErrorsAreWordedAsAlembicsCli) {
  const graph::RevisionGraph g = probe();
  try {
    plan_upgrade(g, {}, "head");
    FAIL() << "expected CommandError";
  } catch (const CommandError& e) {
    EXPECT_STREQ(e.what(),
                 "Multiple head revisions are present for given argument 'head'; please specify a specific "
                 "target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads");
  }
  try {
    plan_downgrade(g, {"27c6a30d7c24"}, "5e3fexpand02");
    FAIL() << "expected CommandError";
  } catch (const CommandError& e) {
    EXPECT_STREQ(e.what(), "Destination 5e3fexpand02 is not a valid downgrade target from current head(s)");
  }
}

TEST(Planner, StampSteps) {
  const graph::RevisionGraph g = probe();
  const Plan down = plan_stamp(g, {"6f4acontr02", "7a5bmerge001"}, {"27c6a30d7c24"}, false);
  ASSERT_EQ(down.size(), 1U);
  EXPECT_EQ(down[0].direction, Direction::kStamp);
  EXPECT_FALSE(down[0].is_upgrade);
  EXPECT_FALSE(down[0].branch_move);
  EXPECT_EQ(down[0].revision, "");
  EXPECT_EQ(down[0].log_line, "stamp_revision 6f4acontr02, 7a5bmerge001 -> 27c6a30d7c24");
  EXPECT_EQ(down[0].log_line, down[0].short_log);

  const Plan purged = plan_stamp(g, {"6f4acontr02", "7a5bmerge001"}, {"27c6a30d7c24"}, true);
  ASSERT_EQ(purged.size(), 1U);
  EXPECT_TRUE(purged[0].branch_move);
  EXPECT_EQ(purged[0].log_line, "stamp_revision  -> 27c6a30d7c24");

  const Plan to_base = plan_stamp(g, {"6f4acontr02"}, {}, false);
  ASSERT_EQ(to_base.size(), 1U);
  EXPECT_EQ(to_base[0].log_line, "stamp_revision 6f4acontr02 -> ");
}

TEST(Planner, DescribePlan) {
  const graph::RevisionGraph g({node("0_1", {}, "Icehouse Initial"), node("0_2", {"0_1"}, "Juno")});
  EXPECT_EQ(describe_plan(plan_upgrade(g, {}, "head")),
            "upgrade  -> 0_1 (Icehouse Initial)\nupgrade 0_1 -> 0_2 (Juno)\n");
  EXPECT_EQ(describe_plan(plan_downgrade(g, {"0_2"}, "0_1")), "downgrade 0_2 -> 0_1 (Juno)\n");
  EXPECT_EQ(describe_plan(plan_stamp(g, {}, {"0_2"}, false)), "stamp  -> 0_2\n");
  EXPECT_EQ(describe_plan({}), "(nothing to do)\n");
}

}  // namespace
}  // namespace dbm::runtime
