// The built binary's --sql output for the bench workload equals, byte for
// byte, what Alembic 1.8.1 printed for the identical tree: the sizes, line
// counts and SHA-256 values of shared/reference/bench/workload.md.
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "support/run_db_manage.h"
#include "support/temp_dir.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

struct Expected {
  std::string name;      ///< test name
  std::string dialect;
  bool per_migration;
  int revisions;
  std::size_t bytes;
  std::size_t lines;
  std::string sha256;
};

class BenchOfflineTest : public ::testing::TestWithParam<Expected> {};

TEST_P(BenchOfflineTest, EqualsAlembicsScript) {
  const Expected& e = GetParam();
  TempDir dir;
  const std::string url = e.dialect == "sqlite" ? "sqlite:///never.sqlite" : "postgresql://u:pw@127.0.0.1:9/db";
  const fs::path conf = dir.write_file("bench.conf", "[database]\nconnection = " + url + "\n");
  const fs::path script = dir.path() / "upgrade.sql";
  std::vector<std::string> args{"-q", "--plugin-dir", (fs::path(DBM_BINARY_DIR) / "bench/plugins").string(),
                                "--project", "bench", "--config-file", conf.string(), "upgrade", "head", "--sql",
                                "--output", script.string()};
  if (e.per_migration) args.push_back("--transaction-per-migration");
  RunOptions options;
  options.env = {{"DBM_BENCH_REVISIONS", std::to_string(e.revisions)}};
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
    ::testing::Values(
        Expected{"postgresql_100", "postgresql", false, 100, 26795, 915,
                 "d3575fe46ded07b556b902e4d8169553cbda67ace625a94e8dd96a7639cbe5fd"},
        Expected{"postgresql_1000", "postgresql", false, 1000, 267992, 9015,
                 "94bb0c2ba4edef6d4630af88daa37766dd6aa66fadcdc7a868aaa10612425b8d"},
        Expected{"postgresql_10000", "postgresql", false, 10000, 2700989, 90015,
                 "40ae10470a8f681cab0cd8dd535c0993742f1200d7f6b41b5134e14f6f5b292b"},
        Expected{"postgresql_per_migration_100", "postgresql", true, 100, 28478, 1311,
                 "12476fa5868cfa7fd779dd9fd826de514231738c51a90d2f8e0d4eb9f49be825"},
        Expected{"postgresql_per_migration_1000", "postgresql", true, 1000, 284975, 13011,
                 "47159de3684cdabbba62f69a2ef4303825bb2d9ffac904530e112ea1e4d6a2a6"},
        Expected{"sqlite_100", "sqlite", false, 100, 26128, 911,
                 "c6c8ef72a99b44c3ed9b50ec2604d162413b9f3248fade9fa738e64811d3ba32"},
        Expected{"sqlite_1000", "sqlite", false, 1000, 261925, 9011,
                 "a44bdc457579f149e61c224e0afc22a691c2615affd41058d2a8614370f7dd74"}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace dbm::e2e
