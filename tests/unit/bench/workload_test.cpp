// The bench workload against the check values of
// shared/reference/bench/workload.md: revision ids, heads, and the shape of
// the operations of each kind of revision.
#include <set>

#include <gtest/gtest.h>

#include "computed_id.h"
#include "fixed_context.h"
#include "dbm/operations.h"
#include "workload.h"

namespace dbm::bench {
namespace {

TEST(BenchWorkloadTest, IdsFollowTheSpec) {
  EXPECT_EQ(revision_id(0), "a1b482434bc6");
  EXPECT_EQ(revision_id(1), "ef663767a3d6");
  EXPECT_EQ(revision_id(2), "ec31b1e77e39");
  EXPECT_EQ(revision_id(3), "60d0c1db9d29");
  EXPECT_EQ(revision_id(99), "469433afceb4");
  EXPECT_EQ(revision_id(999), "92a98913fd0f");
  EXPECT_EQ(revision_id(9999), "fd2aea21b8a0");
}

// The plugin reads ids from a table generated at build time; each entry must
// be the id the spec defines, and ids past the table are still computed.
TEST(BenchWorkloadTest, TheGeneratedIdTableHoldsTheSpecsIds) {
  for (int i = 0; i < 10000; ++i) ASSERT_EQ(revision_id(i), computed_revision_id(i)) << "i = " << i;
  EXPECT_EQ(revision_id(10000), computed_revision_id(10000));
  EXPECT_EQ(revision_id(123456).size(), 12u);
}

TEST(BenchWorkloadTest, OneLinearChainWithoutDuplicates) {
  const auto revisions = workload(10000);
  std::set<std::string> ids;
  for (std::size_t i = 0; i < revisions.size(); ++i) {
    ids.insert(revisions[i].id);
    EXPECT_EQ(revisions[i].down, i == 0 ? std::vector<std::string>{} : std::vector{revisions[i - 1].id});
  }
  EXPECT_EQ(ids.size(), 10000u);
  EXPECT_EQ(revisions[42].message, "rev 42");
  EXPECT_EQ(revisions[42].create_date, "2024-01-01 00:00:00.000000");
}

TEST(BenchWorkloadTest, EachKindOfRevisionAndItsInverse) {
  const auto revisions = workload(6);
  test_support::FixedContext context;
  const auto ops = [&](int i, bool up) {
    Operations recorder(context, revisions[i].id);
    (up ? revisions[i].upgrade : revisions[i].downgrade)(recorder);
    return recorder.operations();
  };
  const auto create = ops(3, true);
  ASSERT_EQ(create.size(), 2u);
  EXPECT_EQ(std::get<CreateTable>(create[0]).table.name, "t3");
  EXPECT_EQ(std::get<CreateTable>(create[0]).table.columns.size(), 5u);
  EXPECT_EQ(std::get<CreateIndex>(create[1]).name, "ix_t3_name");
  EXPECT_EQ(std::get<AddColumn>(ops(4, true)[0]).column.name, "extra_4");
  EXPECT_EQ(std::get<AddColumn>(ops(4, true)[0]).table, "t3");
  EXPECT_EQ(std::get<CreateIndex>(ops(5, true)[0]).name, "ix_t3_created_at");
  const auto drop = ops(3, false);
  EXPECT_EQ(std::get<DropIndex>(drop[0]).name, "ix_t3_name");
  EXPECT_EQ(std::get<DropTable>(drop[1]).table, "t3");
  EXPECT_EQ(std::get<DropColumn>(ops(4, false)[0]).column, "extra_4");
  EXPECT_EQ(std::get<DropIndex>(ops(5, false)[0]).name, "ix_t3_created_at");
}

}  // namespace
}  // namespace dbm::bench
