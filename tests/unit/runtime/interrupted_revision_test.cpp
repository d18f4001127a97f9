// judge_interrupted_revision: where a killed revision stopped, from the live
// schema's evidence alone.
#include "runtime/interrupted_revision.h"

#include <gtest/gtest.h>

#include "dbm/columns.h"

namespace dbm::runtime {
namespace {

using Verdict = InterruptedRevision::Verdict;

schema::Schema with_tables(std::vector<Table> tables) { return {.tables = std::move(tables)}; }

Table leases(std::vector<Column> extra = {}) {
  Table t{.name = "leases", .columns = {column("id", types::integer()).primary()}};
  for (auto& c : extra) t.columns.push_back(std::move(c));
  return t;
}

const std::vector<Operation> kThreeColumns = {
    AddColumn{"leases", column("action", types::string(255))},
    AddColumn{"leases", column("status", types::string(255))},
    AddColumn{"leases", column("reason", types::string(255))},
};

TEST(InterruptedRevisionTest, TheSchemaBeforeTheRevisionIsNotStarted) {
  EXPECT_EQ(judge_interrupted_revision(kThreeColumns, with_tables({leases()}), with_tables({leases()})).verdict,
            Verdict::kNotStarted);
}

TEST(InterruptedRevisionTest, APrefixOfOperationsIsResumedAfterIt) {
  const auto found = judge_interrupted_revision(
      kThreeColumns, with_tables({leases()}),
      with_tables({leases({column("action", types::string(255)), column("status", types::string(255))})}));
  EXPECT_EQ(found.verdict, Verdict::kResumable);
  EXPECT_EQ(found.applied, 2u);
  EXPECT_EQ(found.total, 3u);
  EXPECT_EQ(found.found, "add column leases.action, add column leases.status");
}

TEST(InterruptedRevisionTest, AllOperationsAppliedOnlyTheVersionRowIsLeft) {
  const auto found = judge_interrupted_revision(
      kThreeColumns, with_tables({leases()}),
      with_tables({leases({column("action", types::string(255)), column("status", types::string(255)),
                           column("reason", types::string(255))})}));
  EXPECT_EQ(found.verdict, Verdict::kResumable);
  EXPECT_EQ(found.applied, 3u);
}

TEST(InterruptedRevisionTest, EvidenceThatIsNotAPrefixIsAmbiguous) {
  // "status" without "action": changed by hand, not by a killed run.
  const auto found = judge_interrupted_revision(kThreeColumns, with_tables({leases()}),
                                                with_tables({leases({column("status", types::string(255))})}));
  EXPECT_EQ(found.verdict, Verdict::kAmbiguous);
  EXPECT_NE(found.reason.find("matches the state after none of its operations"), std::string::npos);
}

TEST(InterruptedRevisionTest, ADataOperationAtTheStopIsAmbiguousButNotBeforeIt) {
  const std::vector<Operation> ops = {
      AddColumn{"leases", column("action", types::string(255))},
      Execute{.sql = "UPDATE leases SET action = 'x'"},
      AddColumn{"leases", column("status", types::string(255))},
  };
  const auto at_stop = judge_interrupted_revision(ops, with_tables({leases()}),
                                                  with_tables({leases({column("action", types::string(255))})}));
  EXPECT_EQ(at_stop.verdict, Verdict::kAmbiguous);
  EXPECT_NE(at_stop.reason.find("it stopped at raw SQL"), std::string::npos) << at_stop.reason;
  // A later DDL statement's evidence shows the UPDATE ran (the DDL committed it).
  const auto after = judge_interrupted_revision(
      ops, with_tables({leases()}),
      with_tables({leases({column("action", types::string(255)), column("status", types::string(255))})}));
  EXPECT_EQ(after.verdict, Verdict::kResumable);
  EXPECT_EQ(after.applied, 3u);
}

TEST(InterruptedRevisionTest, NotNullIsEvidenceWhenTheBeforeIsKnown) {
  const std::vector<Operation> ops = {
      AddColumn{"leases", column("trust_id", types::string(36))},
      Execute{.sql = "UPDATE leases SET trust_id = ''"},
      AlterColumn{.table = "leases", .column = "trust_id", .nullable = false, .existing_type = types::string(36)},
  };
  const auto found = judge_interrupted_revision(
      ops, with_tables({leases()}), with_tables({leases({column("trust_id", types::string(36)).not_null()})}));
  EXPECT_EQ(found.verdict, Verdict::kResumable);
  EXPECT_EQ(found.applied, 3u);
}

TEST(InterruptedRevisionTest, UnnamedConstraintsAreFoundByTheirColumns) {
  const std::vector<Operation> ops = {
      DropConstraint{.table = "leases", .type = ConstraintType::kUnique, .columns = {"name"}},
      AddColumn{"leases", column("note", types::string(10))},
  };
  Table unique_name = leases({column("name", types::string(80))});
  unique_name.unique_constraints.push_back({.name = "name", .columns = {"name"}});
  EXPECT_EQ(judge_interrupted_revision(ops, with_tables({unique_name}), with_tables({unique_name})).verdict,
            Verdict::kNotStarted);
  const auto dropped = judge_interrupted_revision(ops, with_tables({unique_name}),
                                                  with_tables({leases({column("name", types::string(80))})}));
  EXPECT_EQ(dropped.verdict, Verdict::kResumable);
  EXPECT_EQ(dropped.applied, 1u);
}

TEST(InterruptedRevisionTest, RenamesAreSeenFromBothNames) {
  const std::vector<Operation> ops = {
      RenameTable{"leases", "bookings"},
      CreateTable{{.name = "events", .columns = {column("id", types::integer()).primary()}}},
  };
  Table bookings = leases();
  bookings.name = "bookings";
  const auto found = judge_interrupted_revision(ops, with_tables({leases()}), with_tables({bookings}));
  EXPECT_EQ(found.verdict, Verdict::kResumable);
  EXPECT_EQ(found.applied, 1u);
  EXPECT_EQ(found.found, "rename table leases to bookings");
}

// Raw SQL first drops a key the revision then creates again (tacker
// 4c0e2e2c2e02): the key present means nothing ran, not that all of it did.
TEST(InterruptedRevisionTest, AFactRawSqlMayHaveChangedIsReadFromTheSchemaBefore) {
  Table vnf = leases({column("vnfd_id", types::string(36))});
  vnf.foreign_keys.push_back(
      {.name = "vnf_ibfk_1", .columns = {"vnfd_id"}, .ref_table = "vnfd", .ref_columns = {"id"}});
  const std::vector<Operation> ops = {
      Execute{.sql = "ALTER TABLE leases DROP FOREIGN KEY vnf_ibfk_1"},
      AlterColumn{.table = "leases", .column = "vnfd_id", .type = types::string(255)},
      CreateForeignKey{.table = "leases", .ref_table = "vnfd", .columns = {"vnfd_id"}, .ref_columns = {"id"}},
  };
  EXPECT_EQ(judge_interrupted_revision(ops, with_tables({vnf}), with_tables({vnf})).verdict, Verdict::kNotStarted);
}

}  // namespace
}  // namespace dbm::runtime
