// The built binary's --sql output for the bench workload equals, byte for
// byte, what Alembic 1.8.1 printed for the identical tree: the sizes, line
// counts and SHA-256 values of bench/workload.md's "Offline output check
// values" table, read from the file.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <tuple>

#include <gtest/gtest.h>

#include "support/run_db_manage.h"
#include "support/temp_dir.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name;  ///< test name
  std::string dialect;
  bool per_migration;
  int revisions;
};

struct Expected {
  std::size_t bytes = 0;
  std::size_t lines = 0;
  std::string sha256;
};

/// workload.md's table rows, "| postgresql, per_migration=1 | 100 | 28,478 | 1,311 | `<sha256>` |",
/// keyed by (first column, N).
std::map<std::tuple<std::string, int>, Expected> check_values() {
  const fs::path path = fs::path(DBM_SOURCE_DIR) / "bench/workload.md";
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::stringstream text;
  text << in.rdbuf();
  const std::string spec = text.str();
  static const std::regex row(
      R"re(\n\| ([a-z_=, 0-9]+) \| ([0-9]+) \| ([0-9,]+) \| ([0-9,]+) \| `([0-9a-f]{64})` \|)re");
  const auto number = [](std::string digits) {
    std::erase(digits, ',');
    return static_cast<std::size_t>(std::stoull(digits));
  };
  std::map<std::tuple<std::string, int>, Expected> values;
  for (std::sregex_iterator it(spec.begin(), spec.end(), row), last; it != last; ++it) {
    values[{(*it)[1], std::stoi((*it)[2])}] = {number((*it)[3]), number((*it)[4]), (*it)[5]};
  }
  if (values.empty()) throw std::runtime_error("no offline check values in " + path.string());
  return values;
}

Expected expected_for(const Case& c) {
  static const auto values = check_values();
  const auto found = values.find({c.dialect + (c.per_migration ? ", per_migration=1" : ""), c.revisions});
  if (found == values.end()) throw std::runtime_error("workload.md has no check value for " + c.name);
  return found->second;
}

// ctest shows the case by name, not as bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class BenchOfflineTest : public ::testing::TestWithParam<Case> {};

TEST_P(BenchOfflineTest, EqualsAlembicsScript) {
  const Case& c = GetParam();
  const Expected e = expected_for(c);
  TempDir dir;
  const std::string url = c.dialect == "sqlite" ? "sqlite:///never.sqlite" : "postgresql://u:pw@127.0.0.1:9/db";
  const fs::path conf = dir.write_file("bench.conf", "[database]\nconnection = " + url + "\n");
  const fs::path script = dir.path() / "upgrade.sql";
  std::vector<std::string> args{"-q", "--plugin-dir", (fs::path(DBM_BINARY_DIR) / "bench/plugins").string(),
                                "--project", "bench", "--config-file", conf.string(), "upgrade", "head", "--sql",
                                "--output", script.string()};
  if (c.per_migration) args.push_back("--transaction-per-migration");
  RunOptions options;
  options.env = {{"DBM_BENCH_REVISIONS", std::to_string(c.revisions)}};
  options.cwd = dir.path();
  const RunResult r = run_db_manage(args, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;

  std::ifstream in(script, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text.size(), e.bytes);
  EXPECT_EQ(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')), e.lines);
  RunOptions sha;
  sha.program = "/usr/bin/sha256sum";
  const RunResult digest = run_db_manage({script.string()}, sha);
  EXPECT_EQ(digest.out.substr(0, 64), e.sha256);
}

INSTANTIATE_TEST_SUITE_P(
    Workload, BenchOfflineTest,
    ::testing::Values(Case{"postgresql_100", "postgresql", false, 100},
                      Case{"postgresql_1000", "postgresql", false, 1000},
                      Case{"postgresql_10000", "postgresql", false, 10000},
                      Case{"postgresql_per_migration_100", "postgresql", true, 100},
                      Case{"postgresql_per_migration_1000", "postgresql", true, 1000},
                      Case{"sqlite_100", "sqlite", false, 100},
                      Case{"sqlite_1000", "sqlite", false, 1000}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace dbm::e2e
