// RevisionGraph: every validation error (exact text) and the structural queries.
#include "graph/revision_graph.h"

#include <gtest/gtest.h>

#include "graph/check_migration.h"
#include "test_graphs.h"

namespace dbm::graph {
namespace {

using testing::rev;
using Ids = std::vector<std::string>;

std::string refusal(std::vector<RevisionNode> nodes) {
  try {
    RevisionGraph g(std::move(nodes));
  } catch (const InvalidGraph& e) {
    return e.what();
  }
  return "accepted";
}

TEST(RevisionGraphTest, RefusesDuplicateId) {
  EXPECT_EQ(refusal({rev("a1", {}), rev("b1", {"a1"}), rev("a1", {})}), "Revision a1 is present more than once");
}

TEST(RevisionGraphTest, RefusesUnknownParent) {
  EXPECT_EQ(refusal({rev("a1", {}), rev("b1", {"zz"})}), "Revision zz referenced from b1 is not present");
}

TEST(RevisionGraphTest, RefusesUnknownDependency) {
  EXPECT_EQ(refusal({rev("a1", {}), rev("b1", {"a1"}, {}, {"nope"})}),
            "Dependency nope of revision b1 is not present");
}

TEST(RevisionGraphTest, RefusesCycleNamingOnlyItsMembers) {
  EXPECT_EQ(refusal({rev("a1", {}), rev("b1", {"a1", "d1"}), rev("c1", {"b1"}), rev("d1", {"c1"}), rev("e1", {"d1"})}),
            "Cycle is detected in revisions (b1, c1, d1)");
}

TEST(RevisionGraphTest, RefusesDependencyCycle) {
  EXPECT_EQ(refusal({rev("a1", {}), rev("b1", {"a1"}, {}, {"c1"}), rev("c1", {"b1"})}),
            "Dependency cycle is detected in revisions (b1, c1)");
}

TEST(RevisionGraphTest, RefusesSelfLoops) {
  EXPECT_EQ(refusal({rev("a1", {"a1"})}), "Self-loop is detected in revisions (a1)");
  EXPECT_EQ(refusal({rev("a1", {}, {}, {"a1"})}), "Dependency self-loop is detected in revisions (a1)");
}

TEST(RevisionGraphTest, RefusesIdsLongerThanTheVersionColumn) {
  EXPECT_EQ(refusal({rev(std::string(33, 'a'), {})}),
            "Revision identifier '" + std::string(33, 'a') + "' is 33 characters long; the version table holds at most 32");
  EXPECT_EQ(refusal({rev(std::string(32, 'a'), {})}), "accepted");
}

TEST(RevisionGraphTest, RefusesIllegalCharactersAsAlembicDoes) {
  EXPECT_EQ(refusal({rev("a@b-c", {})}), "Character(s) '-, @' not allowed in revision identifier 'a@b-c'");
  EXPECT_EQ(refusal({rev("x+y", {})}), "Character(s) '+' not allowed in revision identifier 'x+y'");
  EXPECT_EQ(refusal({rev("x:y", {})}), "Character(s) ':' not allowed in revision identifier 'x:y'");
  EXPECT_EQ(refusal({rev("0_1", {})}), "accepted");
}

TEST(RevisionGraphTest, RefusesEmptyId) {
  EXPECT_EQ(refusal({rev("a1", {}), rev("", {"a1"})}), "revision number 2 (message 'msg ') has an empty identifier");
}

TEST(RevisionGraphTest, RefusesDuplicateBranchLabel) {
  EXPECT_EQ(refusal({rev("a1", {}, {"x"}), rev("b1", {"a1"}, {"x"})}),
            "Branch name 'x' in revision b1 already used by revision a1");
  EXPECT_EQ(refusal({rev("a1", {}), rev("b1", {"a1"}, {"a1"})}),
            "Branch name 'a1' in revision b1 already used by revision a1");
}

TEST(RevisionGraphTest, InvalidGraphIsADbmError) {
  EXPECT_THROW(RevisionGraph({rev("a1", {"b1"})}), dbm::Error);
}

TEST(RevisionGraphTest, HeadsFollowMapOrderAndRealHeadsSkipDependedOnOnes) {
  const RevisionGraph g(testing::labelled_tree());
  EXPECT_EQ(g.heads(), (Ids{"6f4acontr02", "5e3fexpand02"}));
  EXPECT_EQ(g.real_heads(), (Ids{"6f4acontr02"}));
  EXPECT_EQ(g.bases(), (Ids{"1fd6a1b2c3d4"}));
  EXPECT_EQ(g.branch_points(), (Ids{"27c6a30d7c24"}));
  EXPECT_EQ(g.merge_points(), Ids{});
  EXPECT_EQ(g.children("27c6a30d7c24"), (Ids{"3a1bexpand01", "4c2dcontr01"}));
}

TEST(RevisionGraphTest, MergePointsAndAncestry) {
  auto nodes = testing::branched_tree();
  nodes.push_back(rev("e5f6a1b2c3d4", {"d4e5f6a1b2c3", "c3d4e5f6a1b3"}));
  const RevisionGraph g(std::move(nodes));
  EXPECT_EQ(g.heads(), (Ids{"e5f6a1b2c3d4"}));
  EXPECT_EQ(g.merge_points(), (Ids{"e5f6a1b2c3d4"}));
  EXPECT_EQ(g.ancestors("d4e5f6a1b2c3"), (Ids{"a1b2c3d4e5f6", "b2c3d4e5f6a1", "c3d4e5f6a1b2"}));
  EXPECT_EQ(g.descendants("c3d4e5f6a1b3"), (Ids{"e5f6a1b2c3d4"}));
  EXPECT_TRUE(g.is_ancestor("a1b2c3d4e5f6", "e5f6a1b2c3d4"));
  EXPECT_FALSE(g.is_ancestor("c3d4e5f6a1b3", "d4e5f6a1b2c3"));
  EXPECT_THROW(g.ancestors("nope"), UnknownRevision);
}

TEST(RevisionGraphTest, DependenciesCountForRealAncestryOnly) {
  const RevisionGraph g(testing::labelled_tree());
  EXPECT_TRUE(g.is_ancestor("5e3fexpand02", "6f4acontr02"));
  EXPECT_FALSE(g.is_ancestor("5e3fexpand02", "6f4acontr02", false));
}

TEST(RevisionGraphTest, LabelsReachDescendantsAndTheLineBelowUpToABranchPoint) {
  const RevisionGraph g(
      {rev("a1", {}), rev("b1", {"a1"}), rev("c1", {"b1"}, {"lab"}), rev("d1", {"c1"}), rev("x1", {"a1"})});
  EXPECT_EQ(g.vertex(g.index_of("d1")).labels, Ids{"lab"});
  EXPECT_EQ(g.vertex(g.index_of("b1")).labels, Ids{"lab"});
  EXPECT_EQ(g.vertex(g.index_of("a1")).labels, Ids{});  // a1 is a branch point
  EXPECT_EQ(g.vertex(g.index_of("x1")).labels, Ids{});
}

TEST(RevisionGraphTest, PrefixKeysIncludeLabelsAndSkipShortIds) {
  const RevisionGraph g({rev("001", {}), rev("0012abcd", {"001"}, {"0012lab"})});
  EXPECT_EQ(g.keys_with_prefix("001"), (Ids{"0012abcd", "0012lab"}));
  EXPECT_EQ(g.index_of_key("0012lab"), g.index_of("0012abcd"));
}

TEST(RevisionGraphTest, CheckLinear) {
  const LinearityReport branched = check_linear(RevisionGraph(testing::branched_tree()));
  EXPECT_EQ(branched.heads, (Ids{"c3d4e5f6a1b3", "d4e5f6a1b2c3"}));
  EXPECT_EQ(branched.branch_points, Ids{"b2c3d4e5f6a1"});
  EXPECT_FALSE(branched.linear());
  EXPECT_TRUE(check_linear(RevisionGraph(testing::linear_tree())).linear());
  EXPECT_TRUE(check_linear(RevisionGraph({})).linear());
}

TEST(RevisionGraphTest, TenThousandRevisionsInALine) {
  std::vector<RevisionNode> nodes;
  for (int i = 0; i < 10000; ++i) {
    nodes.push_back(rev("r" + std::to_string(i), i ? std::vector<std::string>{"r" + std::to_string(i - 1)}
                                                   : std::vector<std::string>{}));
  }
  const RevisionGraph g(std::move(nodes));
  EXPECT_EQ(g.heads(), Ids{"r9999"});
  EXPECT_EQ(g.bases(), Ids{"r0"});
  EXPECT_EQ(g.ancestors("r9999").size(), 9999u);
}

}  // namespace
}  // namespace dbm::graph
