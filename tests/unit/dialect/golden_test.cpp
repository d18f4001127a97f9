// Renders the golden revisions with our renderer and replay and compares the
// result, framed as Alembic's --sql output, with what real Alembic 1.8.1 /
// SQLAlchemy 1.4.46 wrote (tests/fixtures/ddl/golden, make_golden.py).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "dialect/dialect.h"
#include "dialect/version_table.h"
#include "fixed_context.h"
#include "golden_compare.h"
#include "golden_revisions.h"
#include "schema/replay.h"

namespace dbm::dialect {
namespace {

using testing::GoldenRevision;
using testing::expect_same_script;
using testing::read_golden;

using test_support::FixedContext;

/// Alembic's offline framing: statement + terminator + blank line, tabs as 4 spaces.
class Script {
 public:
  explicit Script(const Dialect& d) : d_(d) {}
  void statement(std::string sql) {
    std::string out;
    for (char c : sql) out += c == '\t' ? std::string("    ") : std::string(1, c);
    text_ += out + std::string(d_.syntax().terminator) + "\n\n";
  }
  void comment(const std::string& line) { text_ += line + "\n\n"; }
  const std::string& text() const { return text_; }

 private:
  const Dialect& d_;
  std::string text_;
};

class GoldenTest : public ::testing::TestWithParam<std::string> {
 protected:
  const Dialect& dialect() const { return dialect_named(GetParam()); }
  // Alembic's PostgreSQL impl is the only transactional one of the three offline.
  bool wraps_in_transaction() const { return GetParam() == "postgresql"; }

  std::vector<Operation> record(MigrationFn fn) const {
    FixedContext ctx(GetParam());
    Operations ops(ctx, "golden");
    fn(ops);
    return ops.operations();
  }

  void run(Script& script, schema::Schema& schema, MigrationFn fn) const {
    for (const auto& op : record(fn)) {
      for (const auto& sql : dialect().render(op, schema)) script.statement(sql);
      schema::apply(schema, op, dialect().rules());
    }
  }

  schema::Schema upgraded_through(std::size_t count) const {
    schema::Schema schema;
    const auto revs = testing::golden_revisions();
    for (std::size_t i = 0; i < count; ++i) {
      for (const auto& op : record(revs[i].upgrade)) schema::apply(schema, op, dialect().rules());
    }
    return schema;
  }

  void downgrade(Script& script, schema::Schema& schema, const std::vector<GoldenRevision>& revs) const {
    for (const auto& rev : revs) {
      script.comment("-- Running downgrade " + rev.id + " -> " + rev.down);
      run(script, schema, rev.downgrade);
      if (rev.down.empty()) {
        script.statement(version_delete("alembic_version", rev.id, dialect()));
        script.statement(version_table_drop("alembic_version", dialect()));
      } else {
        script.statement(version_update("alembic_version", rev.id, rev.down, dialect()));
      }
    }
  }
};

TEST_P(GoldenTest, UpgradeHeadMatchesAlembic) {
  Script script(dialect());
  schema::Schema schema;
  if (wraps_in_transaction()) script.statement("BEGIN");
  script.statement(version_table_create("alembic_version", dialect()));
  for (const auto& rev : testing::golden_revisions()) {
    script.comment("-- Running upgrade " + rev.down + " -> " + rev.id);
    run(script, schema, rev.upgrade);
    script.statement(rev.down.empty() ? version_insert("alembic_version", rev.id, dialect())
                                      : version_update("alembic_version", rev.down, rev.id, dialect()));
  }
  if (wraps_in_transaction()) script.statement("COMMIT");
  expect_same_script(script.text(), read_golden(GetParam(), "upgrade_head.sql"), GetParam());
}

TEST_P(GoldenTest, DowngradeFromHeadMatchesAlembic) {
  Script script(dialect());
  const auto revs = testing::golden_revisions();
  schema::Schema schema = upgraded_through(revs.size());
  if (wraps_in_transaction()) script.statement("BEGIN");
  downgrade(script, schema, {revs[4], revs[3], revs[2]});
  if (wraps_in_transaction()) script.statement("COMMIT");
  expect_same_script(script.text(), read_golden(GetParam(), "downgrade_e5_b2.sql"), GetParam());
}

TEST_P(GoldenTest, DowngradeToBaseMatchesAlembic) {
  Script script(dialect());
  const auto revs = testing::golden_revisions();
  schema::Schema schema = upgraded_through(2);
  if (wraps_in_transaction()) script.statement("BEGIN");
  downgrade(script, schema, {revs[1], revs[0]});
  if (wraps_in_transaction()) script.statement("COMMIT");
  expect_same_script(script.text(), read_golden(GetParam(), "downgrade_b2_base.sql"), GetParam());
  EXPECT_TRUE(schema.tables.empty());
}

INSTANTIATE_TEST_SUITE_P(Dialects, GoldenTest, ::testing::Values("sqlite", "postgresql", "mysql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dbm::dialect
