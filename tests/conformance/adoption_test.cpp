// A database real Alembic left at a middle revision is continued by
// blazar-db-manage as it is. The database is built to equal the reference
// dump of that revision (tests/fixtures/blazar; build_from_dump.py, checked
// with the project's dumper), then upgraded to head by the built binary; the
// result must equal real Alembic's head where Alembic reached it (MariaDB),
// and elsewhere what our binary reaches from an empty database.
#include <filesystem>
#include <tuple>

#include <gtest/gtest.h>

#include "support/reference_dumps.h"
#include "support/run_db_manage.h"
#include "support/schema_tools.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

const std::string kHead = "553383923ca0";

RunResult blazar(const ScratchTarget& target, const std::vector<std::string>& args) {
  return run_service_tool("blazar", target.config(), args);
}

/// (dialect, reference dump of the revision the database was left at)
using Case = std::tuple<std::string, std::string>;

class AdoptionTest : public ::testing::TestWithParam<Case> {
 protected:
  const std::string& dialect() const { return std::get<0>(GetParam()); }
  fs::path reference() const { return conformance::fixture_dir("blazar") / dialect(); }
  fs::path dump() const { return reference() / std::get<1>(GetParam()); }
  /// "009_6bfd1c23aa18.json" → "6bfd1c23aa18"
  std::string revision() const {
    const std::string file = std::get<1>(GetParam());
    return file.substr(4, file.size() - 4 - 5);
  }
};

TEST_P(AdoptionTest, AnAlembicDatabaseIsContinuedToHead) {
  ScratchTarget adopted(dialect(), "blazar.conf");
  RunOptions python;
  python.program = (fs::path(DBM_SOURCE_DIR) / "tests/conformance/build_from_dump.py").string();
  const RunResult built = run_db_manage({adopted.url(), dump().string()}, python);
  ASSERT_EQ(built.exit_code, 0) << built.err;
  ASSERT_EQ(conformance::compare_schema(adopted.url(), dump()), "") << "the stand-in must equal Alembic's database";

  const RunResult current = blazar(adopted, {"-q", "current"});
  EXPECT_EQ(current.out, revision() + "\n") << current.err;
  const RunResult up = blazar(adopted, {"upgrade", "head"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(up.err.find("Running upgrade  -> 0_1"), std::string::npos) << "nothing before " << revision() << " reruns";
  EXPECT_EQ(adopted.version_rows(), std::vector<std::string>{kHead});

  // Only MariaDB reached head under real Alembic (its head.json); a missing dump fails the comparison.
  if (dialect() == "mysql") {
    EXPECT_EQ(conformance::compare_schema(adopted.url(), reference() / "head.json"), "");
  } else {
    // Real Alembic never reached head here: compare with our own run from empty.
    ScratchTarget fresh(dialect(), "fresh.conf");
    ASSERT_EQ(blazar(fresh, {"-q", "upgrade", "head"}).exit_code, 0);
    const fs::path ours = fresh.dir().path() / "head.json";
    dump_schema(fresh.url(), ours);
    EXPECT_EQ(schema_difference(adopted.url(), ours), "");
  }
}

INSTANTIATE_TEST_SUITE_P(
    MiddleRevisions, AdoptionTest,
    ::testing::Values(Case{"sqlite", "009_6bfd1c23aa18.json"}, Case{"sqlite", "014_35b314cd39ee.json"},
                      Case{"postgresql", "009_6bfd1c23aa18.json"}, Case{"postgresql", "017_f4084140f608.json"},
                      Case{"mysql", "009_6bfd1c23aa18.json"}, Case{"mysql", "017_f4084140f608.json"}),
    [](const auto& info) { return std::get<0>(info.param) + "_" + std::get<1>(info.param).substr(0, 3); });

}  // namespace
}  // namespace dbm::e2e
