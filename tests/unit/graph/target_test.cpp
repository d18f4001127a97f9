// The target grammar and walks; expected values were checked against
// Alembic 1.8.1's RevisionMap on the same in-memory trees.
#include "graph/target.h"

#include <gtest/gtest.h>

#include "graph/command_error.h"
#include "test_graphs.h"

namespace dbm::graph {
namespace {

using Ids = std::vector<std::string>;

class TargetTest : public ::testing::Test {
 protected:
  const RevisionGraph labelled_{testing::labelled_tree()};
  const RevisionGraph branched_{testing::branched_tree()};
  const RevisionGraph linear_{testing::linear_tree()};
};

template <typename Fn>
std::string cli_text(Fn fn) {
  try {
    fn();
  } catch (const RevisionError& e) {
    return to_command_error(e).what();
  }
  return "no error";
}

template <typename Fn>
std::string low_text(Fn fn) {
  try {
    fn();
  } catch (const RevisionError& e) {
    return e.what();
  }
  return "no error";
}

Ids revs(const RevisionGraph& g, const std::string& id) { return get_revisions(g, RevisionArg(id)); }

TEST_F(TargetTest, Symbols) {
  EXPECT_EQ(revs(labelled_, "heads"), Ids{"6f4acontr02"});
  EXPECT_EQ(revs(labelled_, "base"), Ids{});
  EXPECT_EQ(revs(labelled_, "expand@heads"), Ids{"5e3fexpand02"});
  EXPECT_EQ(revs(labelled_, "expand@head"), Ids{"5e3fexpand02"});
  EXPECT_EQ(revs(labelled_, "contract@head"), Ids{"6f4acontr02"});
  EXPECT_EQ(revs(labelled_, "expand@base"), Ids{});
  EXPECT_EQ(revs(labelled_, "3a1b@head"), Ids{"5e3fexpand02"});
  EXPECT_EQ(revs(labelled_, "expand"), Ids{"3a1bexpand01"});
  EXPECT_EQ(revs(labelled_, "expa"), Ids{"3a1bexpand01"});
  EXPECT_EQ(revs(linear_, "head"), Ids{"4d7f8e6a5b3c"});
  EXPECT_EQ(get_revision(linear_, "base"), std::nullopt);
  EXPECT_EQ(get_revision(linear_, "3b5e"), "3b5e9f0a1c2d");
}

TEST_F(TargetTest, PrefixesAndShortIds) {
  EXPECT_EQ(revs(linear_, "27c6"), Ids{"27c6a30d7c24"});
  EXPECT_EQ(revs(linear_, "1f"), Ids{"1fd6a1b2c3d4"});  // a unique 2-character prefix still resolves
  const RevisionGraph sahara({testing::rev("001", {}), testing::rev("002", {"001"}), testing::rev("003", {"002"})});
  EXPECT_EQ(revs(sahara, "002"), Ids{"002"});
  EXPECT_EQ(low_text([&] { revs(sahara, "00"); }),
            "No such revision or branch '00'; please ensure at least four characters are present for partial "
            "revision identifier matches");
  EXPECT_EQ(cli_text([&] { revs(sahara, "00"); }), "Can't locate revision identified by '00'");
}

TEST_F(TargetTest, ResolutionErrorsCarryDataAndAlembicTexts) {
  try {
    revs(branched_, "c3d4");
    ADD_FAILURE();
  } catch (const AmbiguousPrefix& e) {
    EXPECT_EQ(e.candidates(), (Ids{"c3d4e5f6a1b2", "c3d4e5f6a1b3"}));
    EXPECT_EQ(std::string(e.what()), "Multiple revisions start with 'c3d4': 'c3d4e5f6a1b2', 'c3d4e5f6a1b3'...");
    EXPECT_EQ(std::string(to_command_error(e).what()), "Can't locate revision identified by 'c3d4'");
  }
  EXPECT_THROW(revs(linear_, "zzzz"), UnknownRevision);
  EXPECT_EQ(low_text([&] { revs(linear_, "zzzz"); }), "No such revision or branch 'zzzz'");
  EXPECT_EQ(cli_text([&] { revs(linear_, "zzzz"); }), "Can't locate revision identified by 'zzzz'");
  EXPECT_EQ(cli_text([&] { revs(labelled_, "nope@head"); }), "Can't locate revision identified by 'nope'");
  EXPECT_EQ(cli_text([&] { revs(labelled_, "expand@4c2d"); }), "Can't locate revision identified by '4c2d'");
  EXPECT_THROW(revs(labelled_, "expand@4c2dcontr01"), NotInBranch);
  EXPECT_EQ(low_text([&] { revs(labelled_, "expand@4c2dcontr01"); }),
            "Revision 4c2dcontr01 is not a member of branch 'expand'");
  EXPECT_THROW(revs(labelled_, "nolabel@4c2dcontr01"), UnknownBranch);
}

TEST_F(TargetTest, MultipleHeads) {
  try {
    revs(labelled_, "head");
    ADD_FAILURE();
  } catch (const MultipleHeads& e) {
    EXPECT_EQ(e.heads(), (Ids{"6f4acontr02", "5e3fexpand02"}));
    EXPECT_EQ(e.argument(), "head");
    EXPECT_EQ(std::string(e.what()),
              "Multiple heads are present for given argument 'head'; 6f4acontr02, 5e3fexpand02");
    const CommandError cli = to_command_error(e);
    EXPECT_EQ(std::string(cli.what()),
              "Multiple head revisions are present for given argument 'head'; please specify a specific target "
              "revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads");
    EXPECT_EQ(cli.exit_code(), 255);
  }
  EXPECT_EQ(cli_text([&] { get_revision(branched_, "heads"); }),
            "Multiple head revisions are present for given argument 'heads'; please specify a specific target "
            "revision, '<branchname>@heads' to narrow to a specific head, or 'heads' for all heads");
}

TEST_F(TargetTest, RelativeFromTheTreeHeads) {
  EXPECT_EQ(revs(linear_, "-1"), Ids{"3b5e9f0a1c2d"});
  EXPECT_EQ(revs(labelled_, "contract@-1"), Ids{"4c2dcontr01"});
}

TEST_F(TargetTest, UpgradeTargets) {
  EXPECT_EQ(resolve_upgrade_target(linear_, "+2", {"1fd6a1b2c3d4"}), Ids{"3b5e9f0a1c2d"});
  EXPECT_EQ(resolve_upgrade_target(linear_, "27c6+1", {}), Ids{"3b5e9f0a1c2d"});
  EXPECT_EQ(resolve_upgrade_target(linear_, "4d7f-2", {}), Ids{"27c6a30d7c24"});
  EXPECT_EQ(resolve_upgrade_target(linear_, "+1", {}), Ids{"1fd6a1b2c3d4"});
  EXPECT_EQ(resolve_upgrade_target(branched_, "c3d4e5f6a1b2@+1", {"b2c3d4e5f6a1"}), Ids{"c3d4e5f6a1b2"});
  EXPECT_EQ(resolve_upgrade_target(labelled_, "heads", {}), Ids{"6f4acontr02"});
  EXPECT_EQ(low_text([&] { resolve_upgrade_target(linear_, "+10", {"1fd6a1b2c3d4"}); }),
            "Relative revision +10 didn't produce 10 migrations");
  EXPECT_EQ(low_text([&] { resolve_upgrade_target(linear_, "-1", {"4d7f8e6a5b3c"}); }),
            "Relative revision -1 didn't produce 1 migrations");
  EXPECT_THROW(resolve_upgrade_target(branched_, "+3", {}), AmbiguousWalk);
  EXPECT_EQ(cli_text([&] { resolve_upgrade_target(branched_, "+3", {}); }), "Ambiguous walk");
  EXPECT_EQ(low_text([&] { resolve_upgrade_target(branched_, "+1", {"c3d4e5f6a1b3", "d4e5f6a1b2c3"}); }),
            "Ambiguous upgrade from multiple current revisions");
  EXPECT_THROW(resolve_upgrade_target(linear_, "1fd6-2", {}), RevisionError);  // Alembic: AssertionError
}

TEST_F(TargetTest, DowngradeTargets) {
  using Target = std::pair<std::optional<std::string>, std::optional<std::string>>;
  EXPECT_EQ(resolve_downgrade_target(linear_, "-1", {"4d7f8e6a5b3c"}), (Target{"4d7f8e6a5b3c", "3b5e9f0a1c2d"}));
  EXPECT_EQ(resolve_downgrade_target(linear_, "27c6+1", {"4d7f8e6a5b3c"}), (Target{std::nullopt, "3b5e9f0a1c2d"}));
  EXPECT_EQ(resolve_downgrade_target(linear_, "4d7f@-1", {"4d7f8e6a5b3c"}), (Target{"4d7f", "3b5e9f0a1c2d"}));
  EXPECT_EQ(resolve_downgrade_target(linear_, "base", {"4d7f8e6a5b3c"}), (Target{std::nullopt, std::nullopt}));
  EXPECT_EQ(resolve_downgrade_target(labelled_, "expand@-1", {"5e3fexpand02", "4c2dcontr01"}),
            (Target{"expand", "3a1bexpand01"}));
  EXPECT_EQ(low_text([&] { resolve_downgrade_target(linear_, "-10", {"4d7f8e6a5b3c"}); }),
            "Relative revision -10 didn't produce 10 migrations");
  EXPECT_EQ(low_text([&] { resolve_downgrade_target(linear_, "+1", {"4d7f8e6a5b3c"}); }),
            "Relative revision +1 didn't produce 1 migrations");
}

TEST_F(TargetTest, UpgradeWalksInTopologicalOrder) {
  IterateOptions upgrade;
  upgrade.implicit_base = true;
  EXPECT_EQ(iterate_revisions(labelled_, RevisionArg(std::string("heads")), RevisionArg(), upgrade),
            (Ids{"6f4acontr02", "4c2dcontr01", "5e3fexpand02", "3a1bexpand01", "27c6a30d7c24", "1fd6a1b2c3d4"}));
  EXPECT_EQ(iterate_revisions(labelled_, RevisionArg(std::string("expand@head")),
                              RevisionArg(std::string("27c6a30d7c24")), IterateOptions{}),
            (Ids{"5e3fexpand02", "3a1bexpand01"}));
  EXPECT_EQ(iterate_revisions(labelled_, RevisionArg(std::string("contract@head")),
                              RevisionArg(Ids{"5e3fexpand02", "4c2dcontr01"}), IterateOptions{}),
            Ids{"6f4acontr02"});
}

TEST_F(TargetTest, DowngradeWalks) {
  IterateOptions downgrade;
  downgrade.select_for_downgrade = true;
  EXPECT_EQ(iterate_revisions(labelled_, RevisionArg(Ids{"6f4acontr02"}), RevisionArg(std::string("base")), downgrade),
            (Ids{"6f4acontr02", "4c2dcontr01", "5e3fexpand02", "3a1bexpand01", "27c6a30d7c24", "1fd6a1b2c3d4"}));
  EXPECT_EQ(iterate_revisions(labelled_, RevisionArg(Ids{"6f4acontr02"}), RevisionArg(std::string("contract@-1")),
                              downgrade),
            Ids{"6f4acontr02"});
  EXPECT_EQ(iterate_revisions(labelled_, RevisionArg(Ids{"6f4acontr02"}), RevisionArg(std::string("27c6a30d7c24")),
                              downgrade),
            (Ids{"6f4acontr02", "4c2dcontr01", "5e3fexpand02", "3a1bexpand01"}));
}

TEST_F(TargetTest, RangeErrors) {
  EXPECT_EQ(low_text([&] {
              iterate_revisions(linear_, RevisionArg(Ids{"4d7f8e6a5b3c", "27c6a30d7c24"}),
                                RevisionArg(std::string("base")), IterateOptions{});
            }),
            "Requested revision 4d7f8e6a5b3c overlaps with other requested revisions 27c6a30d7c24");
  try {
    iterate_revisions(branched_, RevisionArg(std::string("d4e5f6a1b2c3")), RevisionArg(std::string("c3d4e5f6a1b3")),
                      IterateOptions{});
    ADD_FAILURE();
  } catch (const RangeNotAncestor& e) {
    EXPECT_EQ(std::string(e.what()), "Revision c3d4e5f6a1b3 is not an ancestor of revision d4e5f6a1b2c3");
    EXPECT_EQ(std::string(to_command_error(e).what()),
              "Requested range c3d4e5f6a1b3:d4e5f6a1b2c3 does not refer to ancestor/descendant revisions along "
              "the same branch");
  }
  EXPECT_EQ(std::string(RangeNotAllowed().what()), "Range revision not allowed");
  EXPECT_EQ(std::string(to_command_error(BadHistoryRange()).what()),
            "History range requires [start]:[end], [start]:, or :[end]");
}

TEST_F(TargetTest, AllCurrentAddsEffectiveHeads) {
  EXPECT_EQ(all_current(labelled_, {"6f4acontr02"}), (Ids{"6f4acontr02", "5e3fexpand02"}));
  EXPECT_EQ(all_current(branched_, {"d4e5f6a1b2c3"}), Ids{"d4e5f6a1b2c3"});
  EXPECT_EQ(all_current(branched_, {}), Ids{});
  EXPECT_THROW(all_current(branched_, {"ffff"}), UnknownRevision);
}

TEST_F(TargetTest, PythonStrOfArguments) {
  EXPECT_EQ(python_str(RevisionArg()), "None");
  EXPECT_EQ(python_str(RevisionArg(Ids{"a"})), "('a',)");
  EXPECT_EQ(python_str(RevisionArg(Ids{"a", "b"})), "('a', 'b')");
}

TEST(TargetScaleTest, HistoryOfTenThousandRevisions) {
  std::vector<RevisionNode> nodes;
  for (int i = 0; i < 10000; ++i) {
    nodes.push_back(testing::rev("r" + std::to_string(i), i ? Ids{"r" + std::to_string(i - 1)} : Ids{}));
  }
  const RevisionGraph g(std::move(nodes));
  const Ids all = walk_revisions(g, RevisionArg(std::string("base")), RevisionArg(std::string("heads")));
  ASSERT_EQ(all.size(), 10000u);
  EXPECT_EQ(all.front(), "r9999");
  EXPECT_EQ(all.back(), "r0");
  EXPECT_EQ(revs(g, "-9999"), Ids{"r0"});
}

}  // namespace
}  // namespace dbm::graph
