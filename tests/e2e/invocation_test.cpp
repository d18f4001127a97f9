// How a db-manage process ends (host/cli/invocation.h): it leaves what it
// built to the kernel, but says goodbye to database servers and closes SQLite
// files it wrote or that are in WAL mode. What others could notice is checked
// from outside: the servers' own record of clients that vanished, and the
// files SQLite leaves beside a database.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iterator>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "support/query_rows.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"
#include "support/test_databases.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;

/// Every kind of run that connects: reads, writes, a refusal after reading
/// the version table, and a failing statement's rollback.
void run_commands_that_connect(const ScratchTarget& target) {
  const auto run = [&](std::vector<std::string> args, int expected_exit) {
    const RunResult r = run_service_tool("blazar", target.config(), args);
    EXPECT_EQ(r.exit_code, expected_exit) << "blazar-db-manage " << args.front() << ": " << r.err;
  };
  run({"current"}, 0);
  run({"upgrade", "head"}, 0);
  run({"current", "--verbose"}, 0);
  run({"upgrade", "nosuchrevision"}, 255);
  run({"downgrade", "-1"}, 0);
  run({"stamp", "head"}, 0);
  run({"status"}, 0);
}

/// Waits until the server has no session left on `database` (each ends a
/// moment after its client), so that its records of them are complete.
void wait_for_sessions_to_end(Server server, const std::string& database) {
  const std::string admin = TestDatabases::admin_url(server);
  const std::string sql = server == Server::postgresql
                              ? "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database + "'"
                              : "SELECT count(*) FROM information_schema.processlist WHERE db = '" + database + "'";
  for (int attempt = 0; attempt < 100; ++attempt) {
    if (query_rows(admin, sql).at(0).at(0) == "0") return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  FAIL() << "sessions on " << database << " did not end within 5 s";
}

TEST(InvocationTest, PostgreSqlRecordsNoAbandonedSession) {
  const ScratchTarget target("postgresql");
  run_commands_that_connect(target);
  wait_for_sessions_to_end(Server::postgresql, target.server_database());
  // pg_stat_database counts sessions whose client went away without the
  // protocol's Terminate message (PostgreSQL 14+).
  const Rows counts = query_rows(TestDatabases::admin_url(Server::postgresql),
                                 "SELECT sessions, sessions_abandoned FROM pg_stat_database WHERE datname = '" +
                                     target.server_database() + "'");
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_GE(std::stoi(counts[0][0]), 7) << "every run above opened a session";
  EXPECT_EQ(counts[0][1], "0") << "a db-manage process left its server connection without closing it";
}

TEST(InvocationTest, MariaDbLogsNoAbortedConnection) {
  const ScratchTarget target("mysql");
  run_commands_that_connect(target);
  wait_for_sessions_to_end(Server::mysql, target.server_database());
  // MariaDB logs a client that vanished (log_warnings >= 2, its default) as
  // "Aborted connection N to db: '<name>' ...".
  const Rows settings = query_rows(TestDatabases::admin_url(Server::mysql), "SELECT @@log_error, @@log_warnings");
  ASSERT_GE(std::stoi(settings.at(0).at(1)), 2) << "the server would not log aborted connections";
  std::ifstream log(settings[0][0]);
  ASSERT_TRUE(log) << "cannot read the server's log " << settings[0][0];
  const std::string mark = "db: '" + target.server_database() + "'";
  for (std::string line; std::getline(log, line);) {
    EXPECT_EQ(line.find(mark), std::string::npos) << line;
  }
}

/// The files SQLite keeps beside `db` while a connection is open or after one
/// was dropped: a rollback journal, or WAL's -wal and -shm.
std::vector<std::string> leftovers(const fs::path& db) {
  std::vector<std::string> found;
  for (const char* suffix : {"-journal", "-wal", "-shm"}) {
    if (fs::exists(db.string() + suffix)) found.push_back(db.filename().string() + suffix);
  }
  return found;
}

TEST(InvocationTest, SqliteInWalModeIsClosedAfterReadsAndWrites) {
  const ScratchTarget target("sqlite");
  execute(target.url(), "PRAGMA journal_mode=WAL");
  ASSERT_EQ(query_rows(target.url(), "PRAGMA journal_mode").at(0).at(0), "wal");
  for (const std::vector<std::string>& args : {std::vector<std::string>{"current"}, {"upgrade", "head"},
                                               {"status"}, {"current"}, {"downgrade", "-1"}}) {
    const RunResult r = run_service_tool("blazar", target.config(), args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(leftovers(target.sqlite_file()), std::vector<std::string>{}) << "after " << args.front();
  }
  EXPECT_EQ(target.version_rows(), std::vector<std::string>{"02e2f2186d98"});
}

TEST(InvocationTest, SqliteWithARollbackJournalKeepsNoJournal) {
  const ScratchTarget target("sqlite");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"upgrade", "head"}, {"current"}, {"downgrade", "base"}, {"current"}}) {
    const RunResult r = run_service_tool("blazar", target.config(), args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(leftovers(target.sqlite_file()), std::vector<std::string>{}) << "after " << args.front();
  }
  EXPECT_EQ(target.version_rows(), std::vector<std::string>{});
}

// Output that cannot be written is a failure: `history > /dev/full` and a
// closed stdout once exited 0 with the result lost (issue 14, item 6).
TEST(InvocationTest, OutputThatCannotBeWrittenFailsTheRun) {
  const std::string program = resolve_program("db-manage").string();
  const fs::path err = fs::temp_directory_path() / ("dbm-full-" + std::to_string(::getpid()) + ".err");
  for (const std::string redirect : {"> /dev/full", ">&-"}) {
    SCOPED_TRACE(redirect);
    const int status = std::system(("'" + program + "' --version " + redirect + " 2>'" + err.string() + "'").c_str());
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 1);
    std::ifstream in(err);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text.rfind("FAILED: cannot write the output to standard output: ", 0), 0u) << text;
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 1) << text;
  }
  fs::remove(err);
}

}  // namespace
}  // namespace dbm::e2e
