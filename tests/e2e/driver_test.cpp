// host/db's drivers: the binary maps a database client library only when a
// URL names its dialect (a SQLite run must not pay for libpq's and
// libmariadb's ~30 dependencies), and a driver that cannot be loaded is one
// clear error.
#include <string>

#include <gtest/gtest.h>

#include "db/driver.h"
#include "base/error.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {
namespace {

bool mentions(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

class DriverTest : public ::testing::TestWithParam<std::string> {};

TEST_P(DriverTest, OnlyTheClientLibraryOfTheUrlsDialectIsLoaded) {
  const ScratchTarget target(GetParam(), "blazar.conf");
  RunOptions options;
  options.program = "blazar-db-manage";
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  options.env = {{"LD_DEBUG", "files"}};  // the dynamic loader names every library it opens, on stderr
  const RunResult r = run_db_manage({"--config-file", target.config().string(), "upgrade", "head"}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(target.version_rows().size(), 1u);
  EXPECT_EQ(mentions(r.err, "libpq.so"), GetParam() == "postgresql");
  EXPECT_EQ(mentions(r.err, "libmariadb.so"), GetParam() == "mysql");
  EXPECT_TRUE(mentions(r.err, "libsqlite3.so"));  // linked in: offline scripts run on SQLite too
}

INSTANTIATE_TEST_SUITE_P(Dialects, DriverTest, ::testing::ValuesIn(kDialects),
                         [](const auto& info) { return info.param; });

TEST(DriverLoaderTest, AMissingDriverIsOneErrorNamingWhereItWasLooked) {
  try {
    db::driver_for("oracle");
    FAIL() << "expected DatabaseError";
  } catch (const DatabaseError& e) {
    const std::string message = e.what();
    EXPECT_TRUE(mentions(message, "cannot use the oracle driver '")) << message;
    EXPECT_TRUE(mentions(message, "/db-manage/drivers/oracle.so': ")) << message;
    EXPECT_TRUE(mentions(message, "No such file")) << message;
    EXPECT_FALSE(mentions(message, "\n")) << message;
  }
}

TEST(DriverLoaderTest, EachDialectGetsItsOwnDriverOnceAndForAll) {
  const db::Driver& pg = db::driver_for("postgresql");
  EXPECT_STREQ(pg.dialect, "postgresql");
  EXPECT_EQ(&pg, &db::driver_for("postgresql"));
  EXPECT_STREQ(db::driver_for("mysql").dialect, "mysql");
  EXPECT_STREQ(db::driver_for("sqlite").dialect, "sqlite");
}

}  // namespace
}  // namespace dbm::e2e
