// The built binary's --sql output for the golden fixture plugin against the
// text real Alembic 1.8.1 printed for the same tree (tests/fixtures/ddl/golden,
// made by make_golden.py): upgrade from base, a downgrade range, a downgrade
// to base, on each dialect. The URL points at a port nothing listens on:
// offline runs never connect.
#include <filesystem>

#include <gtest/gtest.h>

#include "golden_compare.h"
#include "support/run_db_manage.h"
#include "support/temp_dir.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

const fs::path kPluginDir = fs::path(DBM_BINARY_DIR) / "tests/fixtures/plugins/golden";

std::string unreachable_url(const std::string& dialect) {
  if (dialect == "sqlite") return "sqlite:///never-created.sqlite";
  if (dialect == "postgresql") return "postgresql://u:pw@127.0.0.1:9/db";
  return "mysql+pymysql://u:pw@127.0.0.1:9/db";
}

class OfflineGoldenTest : public ::testing::TestWithParam<std::string> {
 protected:
  std::string script(std::vector<std::string> command) {
    const fs::path conf = dir_.write_file("golden.conf", "[database]\nconnection = " + unreachable_url(GetParam()) + "\n");
    std::vector<std::string> args{"-q", "--plugin-dir", kPluginDir.string(), "--project", "golden", "--config-file",
                                  conf.string()};
    args.insert(args.end(), command.begin(), command.end());
    RunOptions options;
    options.cwd = dir_.path();
    const RunResult r = run_db_manage(args, options);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_FALSE(fs::exists(dir_.path() / "never-created.sqlite"));
    return r.out;
  }

  TempDir dir_;
};

TEST_P(OfflineGoldenTest, UpgradeFromBase) {
  dialect::testing::expect_same_script(script({"upgrade", "head", "--sql"}),
                                   dialect::testing::read_golden(GetParam(), "upgrade_head.sql"), GetParam());
}

TEST_P(OfflineGoldenTest, DowngradeRange) {
  dialect::testing::expect_same_script(script({"downgrade", "e5000000000e:b2000000000b", "--sql"}),
                                   dialect::testing::read_golden(GetParam(), "downgrade_e5_b2.sql"), GetParam());
}

TEST_P(OfflineGoldenTest, DowngradeToBase) {
  dialect::testing::expect_same_script(script({"downgrade", "b2000000000b:base", "--sql"}),
                                   dialect::testing::read_golden(GetParam(), "downgrade_b2_base.sql"), GetParam());
}

INSTANTIATE_TEST_SUITE_P(Dialects, OfflineGoldenTest, ::testing::Values("sqlite", "postgresql", "mysql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dbm::e2e
