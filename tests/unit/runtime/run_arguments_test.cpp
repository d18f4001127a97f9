// Argument rules of upgrade/downgrade/stamp and the offline start.
#include "runtime/run_arguments.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "fixture_trees.h"

namespace dbm::runtime {
namespace {

template <typename Fn>
std::string command_error(Fn fn) {
  try {
    fn();
  } catch (const CommandError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(RunArguments, UpgradeRange) {
  const RangeArgument plain = split_upgrade_argument("heads", false);
  EXPECT_FALSE(plain.start);
  EXPECT_EQ(plain.target, "heads");
  const RangeArgument range = split_upgrade_argument("base:27c6", true);
  EXPECT_EQ(range.start, "base");
  EXPECT_EQ(range.target, "27c6");
  EXPECT_EQ(command_error([] { split_upgrade_argument("a:b", false); }), "Range revision not allowed");
}

TEST(RunArguments, DowngradeRange) {
  EXPECT_EQ(split_downgrade_argument("-1", false).target, "-1");
  EXPECT_EQ(split_downgrade_argument("b:a", true).start, "b");
  EXPECT_EQ(command_error([] { split_downgrade_argument("a", true); }),
            "downgrade with --sql requires <fromrev>:<torev>");
  EXPECT_EQ(command_error([] { split_downgrade_argument("b:a", false); }), "Range revision not allowed");
}

TEST(RunArguments, Stamp) {
  const StampArguments online = split_stamp_arguments({"a:b", "c"}, false, true);
  EXPECT_FALSE(online.start);
  EXPECT_EQ(online.targets, (std::vector<std::string>{"a:b", "c"}));
  const StampArguments offline = split_stamp_arguments({"a:b", "a:c", "d"}, true, false);
  EXPECT_EQ(offline.start, "a");
  EXPECT_EQ(offline.targets, (std::vector<std::string>{"b", "c", "d"}));
  EXPECT_EQ(command_error([] {
              split_stamp_arguments({"a:b", "x:c"}, true, false);
            }),
            "Stamp operation with --sql only supports a single starting revision at a time");
  EXPECT_EQ(command_error([] { split_stamp_arguments({"b"}, true, true); }), "Can't use --purge with --sql mode");
}

TEST(RunArguments, OfflineStartHeads) {
  const graph::RevisionGraph g(testing::load_tree("probe"));
  EXPECT_TRUE(offline_start_heads(g, std::nullopt).empty());
  EXPECT_TRUE(offline_start_heads(g, std::string("base")).empty());
  EXPECT_EQ(offline_start_heads(g, std::string("27c6")), (std::vector<std::string>{"27c6a30d7c24"}));
  EXPECT_EQ(offline_start_heads(g, std::string("contract@head")), (std::vector<std::string>{"6f4acontr02"}));
  EXPECT_EQ(command_error([&] { offline_start_heads(g, std::string("zzzz")); }),
            "Can't locate revision identified by 'zzzz'");
}

}  // namespace
}  // namespace dbm::runtime
