// The bench workload against its definition, bench/workload.md: the revision
// ids and heads of its check values (read from the file), and the shape of the
// operations of each kind of revision.
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "computed_id.h"
#include "fixed_context.h"
#include "dbm/operations.h"
#include "workload.h"

namespace dbm::bench {
namespace {

/// The first paragraph of workload.md's check values: "`rev(0)=a1b482434bc6`,
/// ...; heads: N=100 `469433afceb4`, ...", as index → id (a head of N is rev(N-1)).
std::map<int, std::string> spec_ids() {
  const std::string path = std::string(DBM_SOURCE_DIR) + "/bench/workload.md";
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  const std::string spec = text.str();
  const auto begin = spec.find("Check values: ");
  const auto heads = spec.find("heads: ", begin);
  const auto end = spec.find("duplicates.", heads);
  if (begin == std::string::npos || heads == std::string::npos || end == std::string::npos) {
    throw std::runtime_error("no id check values in " + path);
  }
  std::map<int, std::string> ids;
  const std::string revs = spec.substr(begin, heads - begin);
  static const std::regex rev_re(R"re(`rev\((\d+)\)=([0-9a-f]{12})`)re");
  for (std::sregex_iterator it(revs.begin(), revs.end(), rev_re), last; it != last; ++it) {
    ids[std::stoi((*it)[1])] = (*it)[2];
  }
  const std::string head_text = spec.substr(heads, end - heads);
  static const std::regex head_re(R"re(N=(\d+) `([0-9a-f]{12})`)re");
  for (std::sregex_iterator it(head_text.begin(), head_text.end(), head_re), last; it != last; ++it) {
    ids[std::stoi((*it)[1]) - 1] = (*it)[2];
  }
  return ids;
}

TEST(BenchWorkloadTest, IdsFollowTheSpec) {
  const auto ids = spec_ids();
  // rev(0)..rev(3) and the heads of N = 100, 1000, 10000.
  ASSERT_EQ(ids.size(), 7u);
  for (const auto& [i, id] : ids) EXPECT_EQ(revision_id(i), id) << "i = " << i;
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
