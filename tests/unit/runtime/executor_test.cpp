// The executor against fakes: a sink that records what it is given (ninja's
// VirtualFileSystem idea), and the real offline sink writing to a string.
// Checks transaction placement per dialect, error context, offline refusal of
// data migrations, and schema refresh after raw SQL.
#include "runtime/executor.h"

#include <sstream>

#include <gtest/gtest.h>

#include "base/error.h"
#include "runtime/offline_sink.h"

namespace dbm::runtime {
namespace {

class FakeContext : public dbm::Context {
 public:
  explicit FakeContext(std::string dialect) : dialect_(std::move(dialect)) {}
  const std::string& dialect() const override { return dialect_; }
  std::optional<std::string> config(const std::string&, const std::string&) const override { return {}; }

 private:
  std::string dialect_;
};

/// Records every call as one line; can be told to fail on a statement.
class RecordingSink : public Sink {
 public:
  explicit RecordingSink(bool online) : online_(online) {}
  void execute(const std::string& sql) override {
    if (!fail_on.empty() && sql.find(fail_on) != std::string::npos) {
      if (fail_with_command_error) throw CommandError("refused");
      throw DatabaseError("boom");
    }
    calls.push_back("exec " + sql);
  }
  void execute_version_change(const std::string& sql, const std::string& what) override {
    calls.push_back("version " + sql + " [" + what + "]");
  }
  void begin() override { calls.push_back("begin"); }
  void commit() override { calls.push_back("commit"); }
  void comment(const std::string& text) override { calls.push_back("-- " + text); }
  void run_callback(const OnlineCallback& callback) override { calls.push_back("callback " + callback.description); }
  bool online() const override { return online_; }

  std::vector<std::string> calls;
  std::string fail_on;
  bool fail_with_command_error = false;

 private:
  bool online_;
};

dbm::Revision make_revision(std::string id, MigrationFn upgrade) {
  dbm::Revision r;
  r.id = std::move(id);
  r.message = "msg " + r.id;
  r.upgrade = upgrade;
  return r;
}

ExecutionStep step_for(const dbm::Revision& revision, std::vector<VersionWrite> writes) {
  return ExecutionStep{&revision, true, "upgrade  -> " + revision.id + ", " + revision.message,
                       "upgrade  -> " + revision.id, std::move(writes)};
}

const dbm::Revision kCreate = make_revision("a1", [](Operations& op) {
  dbm::Table t;
  t.name = "t";
  t.columns = {column("id", types::integer()).primary()};
  op.create_table(t);
});
const dbm::Revision kRaw = make_revision("b2", [](Operations& op) { op.execute("UPDATE t SET id = 1"); });

TEST(ExecutorTest, OnlinePostgresqlRunsEverythingInOneTransaction) {
  FakeContext context("postgresql");
  RecordingSink sink(true);
  Executor executor(dialect::dialect_named("postgresql"), sink, context, {}, nullptr,
                    ExecutorOptions{"demo", false, {"CREATE VT"}, {}});
  executor.run({step_for(kCreate, {{"INSERT a1", ""}}), step_for(kRaw, {{"UPDATE a1 b2", "updating"}})});
  EXPECT_EQ(sink.calls, (std::vector<std::string>{"begin", "exec CREATE VT",
                                                  "exec CREATE TABLE t (\n\tid SERIAL NOT NULL, \n\tPRIMARY KEY (id)\n)",
                                                  "exec INSERT a1", "exec UPDATE t SET id = 1",
                                                  "version UPDATE a1 b2 [updating]", "commit"}));
}

TEST(ExecutorTest, PerMigrationTransactionsWrapEachStep) {
  FakeContext context("sqlite");
  RecordingSink sink(true);
  Executor executor(dialect::dialect_named("sqlite"), sink, context, {}, nullptr,
                    ExecutorOptions{"demo", true, {}, {}});
  executor.run({step_for(kCreate, {}), step_for(kRaw, {})});
  EXPECT_EQ(sink.calls.front(), "begin");
  EXPECT_EQ(std::count(sink.calls.begin(), sink.calls.end(), "begin"), 2);
  EXPECT_EQ(std::count(sink.calls.begin(), sink.calls.end(), "commit"), 2);
  EXPECT_EQ(sink.calls.back(), "commit");
}

TEST(ExecutorTest, MysqlCommitsAfterEveryRevisionEvenByDefault) {
  FakeContext context("mysql");
  RecordingSink sink(true);
  Executor executor(dialect::dialect_named("mysql"), sink, context, {}, nullptr,
                    ExecutorOptions{"demo", false, {}, {}});
  executor.run({step_for(kCreate, {{"INSERT a1", ""}}), step_for(kRaw, {{"UPDATE", "g"}})});
  EXPECT_EQ(sink.calls[0], "begin");
  EXPECT_EQ(sink.calls[3], "commit") << "the version row is committed with its revision";
  EXPECT_EQ(sink.calls[4], "begin");
}

TEST(ExecutorTest, OfflineSqliteScriptHasNoTransactionStatements) {
  FakeContext context("sqlite");
  std::ostringstream out;
  OfflineSink sink(out, dialect::dialect_named("sqlite"));
  Executor executor(dialect::dialect_named("sqlite"), sink, context, {}, nullptr,
                    ExecutorOptions{"demo", false, {"CREATE TABLE vt (\n\tx INTEGER\n)"}, {}});
  executor.run({step_for(kCreate, {{"INSERT INTO vt (x) VALUES (1)", ""}})});
  EXPECT_EQ(out.str(),
            "CREATE TABLE vt (\n    x INTEGER\n);\n\n"
            "-- Running upgrade  -> a1\n\n"
            "CREATE TABLE t (\n    id INTEGER NOT NULL, \n    PRIMARY KEY (id)\n);\n\n"
            "INSERT INTO vt (x) VALUES (1);\n\n");
}

TEST(ExecutorTest, OfflinePostgresqlScriptIsOneTransaction) {
  FakeContext context("postgresql");
  std::ostringstream out;
  OfflineSink sink(out, dialect::dialect_named("postgresql"));
  Executor executor(dialect::dialect_named("postgresql"), sink, context, {}, nullptr,
                    ExecutorOptions{"demo", false, {}, {}});
  executor.run({step_for(kRaw, {})});
  EXPECT_EQ(out.str(), "BEGIN;\n\n-- Running upgrade  -> b2\n\nUPDATE t SET id = 1;\n\nCOMMIT;\n\n");
}

TEST(ExecutorTest, AFailingStatementNamesProjectRevisionAndStatement) {
  FakeContext context("sqlite");
  RecordingSink sink(true);
  sink.fail_on = "UPDATE t";
  Executor executor(dialect::dialect_named("sqlite"), sink, context, {}, nullptr,
                    ExecutorOptions{"demo", false, {}, {}});
  try {
    executor.run({step_for(kRaw, {})});
    FAIL() << "expected Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()), "demo: revision b2 (msg b2): while executing \"UPDATE t SET id = 1\": boom");
  }
}

// Context is added as the error rises, its type and exit status kept: a
// DatabaseError stays one, and a CommandError keeps Alembic's exit status 255
// (both were once rewrapped into a plain Error with status 1).
TEST(ExecutorTest, AnErrorKeepsItsTypeAndExitStatusAsContextIsAdded) {
  FakeContext context("sqlite");
  RecordingSink database_failure(true);
  database_failure.fail_on = "UPDATE t";
  try {
    Executor(dialect::dialect_named("sqlite"), database_failure, context, {}, nullptr,
             ExecutorOptions{"demo", false, {}, {}})
        .run({step_for(kRaw, {})});
    FAIL() << "expected DatabaseError";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.exit_code(), kExitFailure);
    EXPECT_EQ(std::string(e.what()), "demo: revision b2 (msg b2): while executing \"UPDATE t SET id = 1\": boom");
  }
  RecordingSink refusal(true);
  refusal.fail_on = "UPDATE t";
  refusal.fail_with_command_error = true;
  try {
    Executor(dialect::dialect_named("sqlite"), refusal, context, {}, nullptr, ExecutorOptions{"demo", false, {}, {}})
        .run({step_for(kRaw, {})});
    FAIL() << "expected CommandError";
  } catch (const CommandError& e) {
    EXPECT_EQ(e.exit_code(), kExitAlembic);
    EXPECT_EQ(std::string(e.what()), "demo: revision b2 (msg b2): while executing \"UPDATE t SET id = 1\": refused");
  }
}

TEST(ExecutorTest, DataMigrationsRunOnlineAndAreRefusedOfflineWithoutSql) {
  const dbm::Revision with_callback = make_revision(
      "c3", [](Operations& op) { op.run_online({.description = "fix rows", .run = [](Connection&) {}}); });
  FakeContext context("sqlite");
  RecordingSink online(true);
  Executor(dialect::dialect_named("sqlite"), online, context, {}, nullptr, ExecutorOptions{"demo", false, {}, {}})
      .run({step_for(with_callback, {})});
  EXPECT_NE(std::find(online.calls.begin(), online.calls.end(), "callback fix rows"), online.calls.end());

  std::ostringstream out;
  OfflineSink offline(out, dialect::dialect_named("sqlite"));
  try {
    Executor(dialect::dialect_named("sqlite"), offline, context, {}, nullptr, ExecutorOptions{"demo", false, {}, {}})
        .run({step_for(with_callback, {})});
    FAIL() << "expected Error";
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()),
              "demo: revision c3 (msg c3): 'fix rows' is a data migration that needs a live database and has no "
              "SQL for offline use; run this revision online");
  }
}

// A revision's code is the plugin's: whatever it throws is caught at the
// boundary, its text copied, and the step named; nothing reaches the sink.
TEST(ExecutorTest, WhatARevisionThrowsBecomesAnErrorNamingTheStep) {
  const dbm::Revision throws_std = make_revision("e5", [](Operations& op) {
    op.execute("SELECT 1");
    throw std::runtime_error("no such model");
  });
  const dbm::Revision throws_other = make_revision("f6", [](Operations&) { throw 42; });
  FakeContext context("sqlite");
  for (const auto& [revision, expected] :
       {std::pair{&throws_std, "demo: revision e5 (msg e5): failed while recording its operations: no such model"},
        std::pair{&throws_other,
                  "demo: revision f6 (msg f6): failed while recording its operations (it threw "
                  "something that is not a std::exception)"}}) {
    RecordingSink sink(true);
    try {
      Executor(dialect::dialect_named("sqlite"), sink, context, {}, nullptr, ExecutorOptions{"demo", false, {}, {}})
          .run({step_for(*revision, {})});
      FAIL() << "expected Error";
    } catch (const Error& e) {
      EXPECT_EQ(std::string(e.what()), expected);
    }
    EXPECT_EQ(std::count(sink.calls.begin(), sink.calls.end(), "exec SELECT 1"), 0) << "nothing ran";
  }
}

TEST(ExecutorTest, OfflineSqlOfADataMigrationIsWrittenInstead) {
  const dbm::Revision with_sql = make_revision("d4", [](Operations& op) {
    op.run_online(
        {.description = "fix rows", .run = [](Connection&) {}, .offline_sql = Execute{.sql = "UPDATE t SET id = 2"}});
  });
  FakeContext context("sqlite");
  std::ostringstream out;
  OfflineSink offline(out, dialect::dialect_named("sqlite"));
  Executor(dialect::dialect_named("sqlite"), offline, context, {}, nullptr, ExecutorOptions{"demo", false, {}, {}})
      .run({step_for(with_sql, {})});
  EXPECT_EQ(out.str(), "-- Running upgrade  -> d4\n\nUPDATE t SET id = 2;\n\n");
}

// Raw DDL may reshape anything, so the schema is read again — once, when the
// next operation needs it (tacker's df26c5871f3c runs 8 raw ALTERs in a row;
// reading the catalog after each made tacker twice as slow as Alembic on
// PostgreSQL). Raw DML leaves the schema as it was.
const dbm::Revision kRawDdlThenColumn = make_revision("e5", [](Operations& op) {
  op.execute("ALTER TABLE t ADD COLUMN a INTEGER");
  op.execute("  alter table t ADD COLUMN b INTEGER");
  op.execute("CREATE INDEX ix_t_a ON t (a)");
  op.add_column("t", column("c", types::integer()));
});
const dbm::Revision kRawDmlThenColumn = make_revision("f6", [](Operations& op) {
  op.execute("UPDATE t SET id = 1");
  op.execute("WITH x AS (SELECT 1) DELETE FROM t");
  op.add_column("t", column("d", types::integer()));
});
const dbm::Revision kRawDdlLast = make_revision("a7", [](Operations& op) { op.execute("DROP INDEX ix_t_a"); });
const dbm::Revision kSelectInto = make_revision("b8", [](Operations& op) {
  op.execute("SELECT *\nINTO t_copy FROM t");  // PostgreSQL: creates t_copy
  op.add_column("t", column("e", types::integer()));
});

TEST(ExecutorTest, RawDdlMakesTheSchemaBeReadAgainOnceWhenNextNeeded) {
  FakeContext context("sqlite");
  RecordingSink sink(true);
  int refreshed = 0;
  schema::Schema with_t;
  with_t.tables.push_back(Table{.name = "t", .columns = {column("id", types::integer()).primary()}});
  Executor executor(dialect::dialect_named("sqlite"), sink, context, with_t, [&] {
    ++refreshed;
    return with_t;
  }, ExecutorOptions{"demo", false, {}, {}});
  executor.run({step_for(kRawDdlThenColumn, {})});
  EXPECT_EQ(refreshed, 1);
  executor.run({step_for(kRawDmlThenColumn, {}), step_for(kRawDdlLast, {})});
  EXPECT_EQ(refreshed, 1);

  int refreshed_after_into = 0;
  Executor fresh(dialect::dialect_named("sqlite"), sink, context, with_t, [&] {
    ++refreshed_after_into;
    return with_t;
  }, ExecutorOptions{"demo", false, {}, {}});
  fresh.run({step_for(kSelectInto, {})});
  EXPECT_EQ(refreshed_after_into, 1);
}

}  // namespace
}  // namespace dbm::runtime
