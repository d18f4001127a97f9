// The quantum plugin run by the built quantum-db-manage, each of the nine
// core-plugin configurations on a real SQLite file, PostgreSQL and MariaDB,
// its schema compared after every step with what real Alembic produced for
// that configuration (tests/fixtures/quantum, provenance in its README): the
// host must run exactly the revisions that configuration selects. Cisco, on
// which real Alembic fails in `folsom`, is compared with its intended schema
// (tests/fixtures/quantum/intended, composed from Alembic's own output; see
// make_cisco_intended.py). `downgrade base` then `upgrade head` must work on
// every dialect, PostgreSQL's enum types included (real Alembic leaks them
// and its second upgrade fails).
#include <filesystem>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "support/quantum_target.h"
#include "support/reference_dumps.h"
#include "support/schema_tools.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

fs::path fixtures() { return conformance::fixture_dir("quantum"); }

/// Real Alembic's dumps for a configuration, or cisco's intended ones.
fs::path dumps_dir(const std::string& configuration, const std::string& dialect) {
  if (configuration == "cisco") return fixtures() / "intended" / configuration / dialect;
  return fixtures() / "schema" / configuration / dialect;
}

constexpr const char* kHead = "54c2c487e913";

using Param = std::tuple<std::string, std::string>;  // configuration, dialect

class QuantumConformanceTest : public ::testing::TestWithParam<Param> {
 protected:
  QuantumConformanceTest()
      : quantum_(quantum_configuration(std::get<0>(GetParam())), std::get<1>(GetParam())),
        dir_(dumps_dir(std::get<0>(GetParam()), std::get<1>(GetParam()))) {}

  RunResult quantum(std::vector<std::string> args) {
    args.insert(args.begin(), "-q");
    return quantum_.run(args);
  }
  const std::string& url() const { return quantum_.database().url(); }
  std::vector<std::string> version_rows() const { return quantum_.database().version_rows(); }

  QuantumTarget quantum_;
  fs::path dir_;
};

TEST_P(QuantumConformanceTest, EachUpgradeStepEqualsAlembicsSchema) {
  const std::vector<conformance::Dump> steps = conformance::dumps_in(dir_);
  ASSERT_EQ(steps.size(), 11u) << dir_;
  for (const conformance::Dump& dump : steps) {
    SCOPED_TRACE("upgrade " + dump.revision);
    ASSERT_FALSE(dump.failed) << dump.path;
    const RunResult r = quantum({"upgrade", dump.revision});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(version_rows(), std::vector<std::string>{dump.revision});
    EXPECT_EQ(conformance::compare_schema(url(), dump.path), "");
  }
}

TEST_P(QuantumConformanceTest, OneShotUpgradeEqualsAlembicsHead) {
  const RunResult r = quantum({"upgrade", "head"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(version_rows(), std::vector<std::string>{kHead});
  EXPECT_EQ(conformance::compare_schema(url(), dir_ / "head.json"), "");
  // Enum types with their labels (PostgreSQL), enum labels and engines (MariaDB).
  EXPECT_EQ(extra_difference(url(), dir_ / "head_extra.json"), "");
}

// Real Alembic leaves PostgreSQL's enum types behind on `downgrade base`, and
// its next `upgrade head` fails on CREATE TYPE; ours drops them, so the
// database after downgrade base is as empty as on the other dialects.
TEST_P(QuantumConformanceTest, DowngradeBaseThenUpgradeHeadAgain) {
  ASSERT_EQ(quantum({"upgrade", "head"}).exit_code, 0);
  const RunResult down = quantum({"downgrade", "base"});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  EXPECT_EQ(version_rows(), std::vector<std::string>{});
  EXPECT_EQ(conformance::compare_schema(url(), dir_ / "after_downgrade_base.json"), "");
  const std::string extra = schema_extra(url());
  EXPECT_EQ(extra.find("_direction"), std::string::npos) << extra;
  EXPECT_EQ(extra.find("_binding_type"), std::string::npos) << extra;

  const RunResult up = quantum({"upgrade", "head"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  EXPECT_EQ(conformance::compare_schema(url(), dir_ / "head.json"), "");
  EXPECT_EQ(extra_difference(url(), dir_ / "head_extra.json"), "");
}

std::vector<Param> all_params() {
  std::vector<Param> params;
  for (const auto& configuration : quantum_configurations()) {
    for (const auto& dialect : kDialects) params.emplace_back(configuration.name, dialect);
  }
  return params;
}

INSTANTIATE_TEST_SUITE_P(Configurations, QuantumConformanceTest, ::testing::ValuesIn(all_params()),
                         [](const auto& info) { return std::get<0>(info.param) + "_" + std::get<1>(info.param); });

// The comparison must be able to fail: ovs's head is not nec's.
TEST(QuantumConfigurationControlTest, AnotherCorePluginGivesAnotherSchema) {
  QuantumTarget ovs(quantum_configuration("ovs"), "sqlite");
  ASSERT_EQ(ovs.run({"-q", "upgrade", "head"}).exit_code, 0);
  const std::string difference =
      conformance::compare_schema(ovs.database().url(), dumps_dir("nec", "sqlite") / "head.json");
  EXPECT_NE(difference.find("/tables/ofcnetworks: missing"), std::string::npos) << difference;
}

}  // namespace
}  // namespace dbm::e2e
