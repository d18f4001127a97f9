// op.alter_enum end to end on each dialect, with rows: labels added, then one
// removed, then all of it undone; each step leaves what the replay says
// (check --live finds no drift) and the rows as they were. A label still held
// by a row stops a downgrade that removes it where the database enforces its
// labels (PostgreSQL's type, MySQL's ENUM), and nothing is lost.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/query_rows.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = fs::path(DBM_BINARY_DIR) / "tests/fixtures/plugins";

class AlterEnumTest : public ::testing::TestWithParam<std::string> {
 protected:
  AlterEnumTest() : target_(GetParam(), "enums.conf") {}

  RunResult run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--plugin-dir", (kFixtures / "enums").string(), "--project", "enums",
                               "--config-file", target_.config().string()});
    return run_db_manage(args);
  }

  // What each dialect keeps of the labels: PostgreSQL's type, MySQL's
  // columns' own ENUMs, SQLite's VARCHARs (as long as the longest label).
  Rows labels() const {
    if (GetParam() == "postgresql") {
      return query_rows(target_.url(), "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
                                       "WHERE t.typname = 'host_state' ORDER BY e.enumsortorder");
    }
    if (GetParam() == "mysql") {
      return query_rows(target_.url(), "SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS WHERE "
                                       "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hosts' AND COLUMN_NAME <> 'id' "
                                       "ORDER BY COLUMN_NAME");
    }
    return query_rows(target_.url(),
                      "SELECT name, type FROM pragma_table_info('hosts') WHERE name <> 'id' ORDER BY name");
  }

  Rows expected(const std::vector<std::string>& values) const {
    if (GetParam() == "postgresql") {
      Rows out;
      for (const std::string& v : values) out.push_back({v});
      return out;
    }
    std::string type;
    std::size_t longest = 0;
    for (const std::string& v : values) {
      type += (type.empty() ? "enum('" : "','") + v;
      longest = std::max(longest, v.size());
    }
    type += "')";
    if (GetParam() == "sqlite") type = "VARCHAR(" + std::to_string(longest) + ")";
    return {{"previous", type}, {"state", type}};
  }

  Rows hosts() const {
    const std::string labels = GetParam() == "postgresql" ? "state::text, previous::text" : "state, previous";
    return query_rows(target_.url(), "SELECT id, " + labels + " FROM hosts ORDER BY id");
  }

  void expect_no_drift() {
    const RunResult drift = run({"check", "--live"});
    EXPECT_EQ(drift.exit_code, 0) << drift.out << drift.err;
  }

  ScratchTarget target_;
};

const Rows kRows{{"1", "up", "down"}, {"2", "down", std::string(kNull)}};

TEST_P(AlterEnumTest, LabelsChangeWithTheRowsKept) {
  ASSERT_EQ(run({"upgrade", "e0000000000e"}).exit_code, 0);
  RunResult r = run({"upgrade", "e1111111111e"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(labels(), expected({"new", "up", "maintenance", "down"}));
  EXPECT_EQ(hosts(), kRows);
  expect_no_drift();

  r = run({"upgrade", "head"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(labels(), expected({"up", "maintenance", "down"}));
  EXPECT_EQ(hosts(), kRows);
  expect_no_drift();
  // The default survives the type made again.
  execute(target_.url(), "INSERT INTO hosts (id) VALUES (3)");
  EXPECT_EQ(hosts().back(), (std::vector<std::string>{"3", "up", std::string(kNull)}));
  execute(target_.url(), "DELETE FROM hosts WHERE id = 3");

  r = run({"downgrade", "e0000000000e"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(labels(), expected({"up", "down"}));
  EXPECT_EQ(hosts(), kRows);
  expect_no_drift();
}

TEST_P(AlterEnumTest, ALabelARowHoldsStopsItsRemovalAndNothingIsLost) {
  ASSERT_EQ(run({"upgrade", "head"}).exit_code, 0);
  execute(target_.url(), "UPDATE hosts SET previous = 'maintenance' WHERE id = 2");
  const RunResult r = run({"downgrade", "e0000000000e"});
  const Rows held{{"1", "up", "down"}, {"2", "down", "maintenance"}};
  if (GetParam() == "sqlite") {
    // SQLite's VARCHAR enforces no labels (sa.Enum makes no CHECK here): the row keeps its value.
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(hosts(), held);
    return;
  }
  EXPECT_NE(r.exit_code, 0);
  // PostgreSQL names the label; MariaDB the column ("Data truncated for column 'previous'").
  EXPECT_NE(r.err.find(GetParam() == "postgresql" ? "maintenance" : "previous"), std::string::npos) << r.err;
  EXPECT_EQ(hosts(), held);
  expect_no_drift();
}

TEST_P(AlterEnumTest, TheScriptSaysWhatTheRunDoes) {
  const RunResult r = run({"upgrade", "e0000000000e:head", "--sql"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  if (GetParam() == "postgresql") {
    EXPECT_NE(r.out.find("ALTER TYPE host_state ADD VALUE 'new' BEFORE 'up';"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("ALTER TYPE host_state RENAME TO host_state_old;"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("ALTER TABLE hosts ALTER COLUMN previous TYPE host_state USING previous::text::host_state;"),
              std::string::npos)
        << r.out;
  } else if (GetParam() == "mysql") {
    EXPECT_NE(r.out.find("ALTER TABLE hosts MODIFY state ENUM('up','maintenance','down') NOT NULL DEFAULT 'up', "
                         "MODIFY previous ENUM('up','maintenance','down') NULL;"),
              std::string::npos)
        << r.out;
  } else {
    EXPECT_NE(r.out.find("state VARCHAR(11) DEFAULT 'up' NOT NULL"), std::string::npos) << r.out;
  }
}

INSTANTIATE_TEST_SUITE_P(Dialects, AlterEnumTest, ::testing::ValuesIn(kDialects),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dbm::e2e
