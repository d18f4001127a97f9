// The head maintainer by hand: the five cases in order, ANCHORS §2.1's
// depends_on example, and inconsistent rows.
#include "runtime/head_maintainer.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "fixture_trees.h"

namespace dbm::runtime {
namespace {

graph::RevisionGraph probe() { return graph::RevisionGraph(testing::load_tree("probe")); }

std::vector<std::string> run(HeadMaintainer& m, const Plan& plan) {
  std::vector<std::string> out;
  for (const Step& step : plan) {
    for (const auto& change : m.update_to_step(step)) out.push_back(to_string(change));
  }
  return out;
}

TEST(HeadMaintainer, DependsOnTargetThatIsAHeadIsMergedAway) {
  const graph::RevisionGraph g = probe();
  HeadMaintainer m(g, {"5e3fexpand02", "4c2dcontr01"});
  const std::vector<VersionChange> changes = m.update_to_step(plan_upgrade(g, m.heads(), "6f4acontr02").at(0));
  EXPECT_EQ(changes,
            (std::vector<VersionChange>{DeleteVersion{"4c2dcontr01"}, UpdateVersion{"5e3fexpand02", "6f4acontr02"}}));
  EXPECT_EQ(m.heads(), (std::vector<std::string>{"6f4acontr02"}));
}

TEST(HeadMaintainer, CreateBranchThenMerge) {
  const graph::RevisionGraph g = probe();
  HeadMaintainer m(g, {"3a1bexpand01"});
  EXPECT_EQ(run(m, plan_upgrade(g, m.heads(), "7a5bmerge001")),
            (std::vector<std::string>{"update 3a1bexpand01 5e3fexpand99", "insert 5e3fexpand02", "delete 5e3fexpand02",
                                      "update 5e3fexpand99 7a5bmerge001"}));
  EXPECT_EQ(m.heads(), (std::vector<std::string>{"7a5bmerge001"}));
}

TEST(HeadMaintainer, UnmergeInsertsThenUpdatesAndBaseDeletes) {
  const graph::RevisionGraph g = probe();
  HeadMaintainer m(g, {"6f4acontr02"});
  EXPECT_EQ(run(m, plan_downgrade(g, m.heads(), "4c2dcontr01")),
            (std::vector<std::string>{"insert 4c2dcontr01", "update 6f4acontr02 5e3fexpand02"}));
  EXPECT_EQ(m.heads(), (std::vector<std::string>{"5e3fexpand02", "4c2dcontr01"}));
  EXPECT_EQ(run(m, plan_downgrade(g, m.heads(), "base")).back(), "delete 1fd6a1b2c3d4");
  EXPECT_TRUE(m.heads().empty());
}

TEST(HeadMaintainer, RowsThatDoNotMatchTheStepAreAnError) {
  const graph::RevisionGraph g = probe();
  const Step step = plan_upgrade(g, {"1fd6a1b2c3d4"}, "27c6a30d7c24").at(0);
  HeadMaintainer already(g, {"1fd6a1b2c3d4", "27c6a30d7c24"});
  try {
    already.update_to_step(step);
    FAIL() << "expected Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Version '27c6a30d7c24' is already present in the version table");
  }
  HeadMaintainer empty(g, {});
  const Step down = plan_downgrade(g, {"27c6a30d7c24"}, "1fd6a1b2c3d4").at(0);
  // Not a head: Alembic falls through to a plain UPDATE, which finds no row.
  try {
    empty.update_to_step(down);
    FAIL() << "expected Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Version '27c6a30d7c24' is not present in the version table");
  }
}

TEST(HeadMaintainer, MergeStepWithOneParentRowIsAPlainUpdate) {
  const graph::RevisionGraph g = probe();
  const Step merge = plan_upgrade(g, {"5e3fexpand02", "5e3fexpand99"}, "7a5bmerge001").at(0);
  HeadMaintainer one(g, {"5e3fexpand02"});
  EXPECT_EQ(one.update_to_step(merge), (std::vector<VersionChange>{UpdateVersion{"5e3fexpand02", "7a5bmerge001"}}));
}

TEST(HeadMaintainer, AmbiguousUpdateIsRefused) {
  const graph::RevisionGraph g = probe();
  // Undoing a merge whose row is absent while both parents are rows.
  const Step unmerge = plan_downgrade(g, {"7a5bmerge001"}, "3a1bexpand01").at(0);
  HeadMaintainer m(g, {"5e3fexpand02", "5e3fexpand99"});
  try {
    m.update_to_step(unmerge);
    FAIL() << "expected Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Can't do an UPDATE because downrevision is ambiguous");
  }
}

TEST(HeadMaintainer, StampMergeAndDelete) {
  const graph::RevisionGraph g = probe();
  HeadMaintainer m(g, {"6f4acontr02", "7a5bmerge001"});
  EXPECT_EQ(run(m, plan_stamp(g, m.heads(), {"27c6a30d7c24"}, false)),
            (std::vector<std::string>{"delete 6f4acontr02", "update 7a5bmerge001 27c6a30d7c24"}));
  EXPECT_EQ(run(m, plan_stamp(g, m.heads(), {"base"}, false)), (std::vector<std::string>{"delete 27c6a30d7c24"}));
  EXPECT_TRUE(m.heads().empty());
}

}  // namespace
}  // namespace dbm::runtime
