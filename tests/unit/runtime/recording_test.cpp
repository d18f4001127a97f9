// record_operations: a revision's code runs only for the configurations its
// runs_for names, as upstream's should_run(active_plugin, plugins) decides.
#include "runtime/recording.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace dbm::runtime {
namespace {

class NoConfig : public dbm::Context {
 public:
  const std::string& dialect() const override { return dialect_; }
  std::optional<std::string> config(const std::string&, const std::string&) const override { return std::nullopt; }

 private:
  std::string dialect_ = "sqlite";
};

void creates_a_table(Operations& op) { op.create_table({.name = "t"}); }

Revision revision_for(std::vector<std::string> runs_for) {
  return {.id = "r1", .message = "m", .upgrade = creates_a_table, .runs_for = std::move(runs_for)};
}

std::size_t recorded(const Revision& revision, const RevisionSelection& selection) {
  return record_operations(revision, RecordDirection::kUpgrade, NoConfig{}, selection).size();
}

TEST(RevisionSelectionTest, WithoutAnOptionEveryRevisionRuns) {
  EXPECT_EQ(recorded(revision_for({"a.Plugin"}), {}), 1u);
  EXPECT_EQ(recorded(revision_for({}), {}), 1u);
}

TEST(RevisionSelectionTest, AListedValueOrAStarRuns) {
  const RevisionSelection ovs("DEFAULT", "core_plugin", "a.Ovs");
  EXPECT_EQ(recorded(revision_for({"a.Ryu", "a.Ovs"}), ovs), 1u);
  EXPECT_EQ(recorded(revision_for({"*"}), ovs), 1u);
  EXPECT_EQ(recorded(revision_for({"a.Ryu"}), ovs), 0u);
  EXPECT_EQ(recorded(revision_for({}), ovs), 0u);  // an empty list never runs
  // Exact strings, as upstream compares them: no prefix, no case folding.
  EXPECT_EQ(recorded(revision_for({"a.ovs"}), ovs), 0u);
  EXPECT_EQ(recorded(revision_for({"a.Ov"}), ovs), 0u);
}

TEST(RevisionSelectionTest, AnUnsetOptionMatchesOnlyTheStar) {
  const RevisionSelection unset("DEFAULT", "core_plugin", "");
  EXPECT_EQ(recorded(revision_for({"a.Ovs"}), unset), 0u);
  EXPECT_EQ(recorded(revision_for({"*"}), unset), 1u);
  EXPECT_EQ(unset.describe(), "[DEFAULT] core_plugin is not set");
  EXPECT_EQ(RevisionSelection("DEFAULT", "core_plugin", "x.Y").describe(), "[DEFAULT] core_plugin = x.Y");
}

// A revision that does not run is not called: a missing downgrade is no error then.
TEST(RevisionSelectionTest, ASkippedRevisionsCodeIsNotCalled) {
  const Revision no_downgrade = revision_for({"a.Ryu"});
  const RevisionSelection ovs("DEFAULT", "core_plugin", "a.Ovs");
  EXPECT_TRUE(record_operations(no_downgrade, RecordDirection::kDowngrade, NoConfig{}, ovs).empty());
  EXPECT_THROW(record_operations(no_downgrade, RecordDirection::kDowngrade, NoConfig{}, {}), Error);
}

}  // namespace
}  // namespace dbm::runtime
