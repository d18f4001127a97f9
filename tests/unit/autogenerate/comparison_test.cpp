// The comparison against a schema as a live database reports it: what each
// server keeps for a declared type or expression is the same thing, not a
// difference (MariaDB's JSON and sized TEXT, PostgreSQL's rewritten generated
// expressions, InnoDB's and MariaDB's own indexes and checks), while what
// does differ is still found, with operations every database takes.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <dbm/columns.h>

#include "autogenerate/comparison.h"
#include "autogenerate/operation_source.h"
#include "dialect/dialect.h"
#include "schema/schema.h"

namespace dbm::autogenerate {
namespace {

using Strings = std::vector<std::string>;

Strings described(const std::vector<Difference>& differences) {
  Strings out;
  for (const Difference& d : differences) out.push_back(describe(d));
  return out;
}

Strings compared(const Table& model, const Table& found, const char* dialect) {
  return described(compare({model}, schema::Schema{.tables = {found}}, dialect::dialect_named(dialect)));
}

Table one_column(Column c) { return table("t", {column("id", types::integer()).primary(), std::move(c)}); }

TEST(ComparisonTest, MariadbKeepsJsonAsLongtextWithItsOwnCheck) {
  Table found = one_column(column("doc", types::long_text()));
  found.check_constraints = {{"doc", "json_valid(`doc`)"}};
  EXPECT_EQ(compared(one_column(column("doc", types::sql_json())), found, "mysql"), Strings{});
  // Only MariaDB adds that check: elsewhere it is a difference.
  Table pg = one_column(column("doc", types::sql_json()));
  pg.check_constraints = found.check_constraints;
  EXPECT_EQ(compared(one_column(column("doc", types::sql_json())), pg, "postgresql"),
            Strings{"('remove_constraint', 't', 'doc', 'CHECK (json_valid(`doc`))', '')"});
}

TEST(ComparisonTest, MariadbSizesTextByItsLength) {
  EXPECT_EQ(compared(one_column(column("v", types::text(65535))), one_column(column("v", types::medium_text())),
                     "mysql"),
            Strings{});
  EXPECT_EQ(compared(one_column(column("v", types::text(60))), one_column(column("v", types::text())), "mysql"),
            Strings{"('modify_type', 't', 'v', 'TEXT', 'TINYTEXT')"});
}

TEST(ComparisonTest, GeneratedExpressionsAreComparedAsWritten) {
  const Table model = one_column(column("n", types::text()).generated_as("decode(filter->>'$.x','escape')", true));
  const Table rewritten =
      one_column(column("n", types::text()).generated_as("decode((filter ->> '$.x'::text), 'escape'::text)", true));
  EXPECT_EQ(compared(model, rewritten, "postgresql"), Strings{});
  // Another literal is another expression: the column is dropped and added again.
  const Table other = one_column(column("n", types::text()).generated_as("decode(filter->>'$.y','escape')", true));
  const std::vector<Difference> found =
      compare({model}, schema::Schema{.tables = {other}}, dialect::dialect_named("postgresql"));
  ASSERT_EQ(described(found), Strings{"('modify_computed', 't', 'n', 'decode(filter->>'$.y','escape')', "
                                      "'decode(filter->>'$.x','escape')')"});
  const std::vector<Operation> up = upgrade_operations(found);
  ASSERT_EQ(up.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<DropColumn>(up[0]));
  ASSERT_TRUE(std::holds_alternative<AddColumn>(up[1]));
  EXPECT_EQ(std::get<AddColumn>(up[1]).column.computed->sql, "decode(filter->>'$.x','escape')");
}

TEST(ComparisonTest, AnEnumsLabelsAreShownWhereTheTypeGoesByName) {
  EXPECT_EQ(compared(one_column(column("s", types::enumeration("state", {"a", "b"}))),
                     one_column(column("s", types::enumeration("state", {"a", "b", "c"}))), "postgresql"),
            Strings{"('modify_type', 't', 's', 'state('a', 'b', 'c')', 'state('a', 'b')')"});
}

TEST(ComparisonTest, ADraftSaysPostgresqlKeepsANamedEnumAsCreated) {
  const std::vector<Difference> found =
      compare({one_column(column("s", types::enumeration("state", {"a", "b"})))},
              schema::Schema{.tables = {one_column(column("s", types::enumeration("state", {"a", "b", "c"})))}},
              dialect::dialect_named("postgresql"));
  const std::string draft = operations_source(upgrade_operations(found));
  EXPECT_NE(draft.find("// On PostgreSQL the enum type \"state\" keeps the labels it was created with"),
            std::string::npos)
      << draft;
  EXPECT_NE(draft.find("op.alter_column("), std::string::npos) << draft;
  // Another type name is a new type: nothing to say.
  const std::vector<Difference> renamed =
      compare({one_column(column("s", types::enumeration("state2", {"a", "b"})))},
              schema::Schema{.tables = {one_column(column("s", types::enumeration("state", {"a", "b", "c"})))}},
              dialect::dialect_named("postgresql"));
  EXPECT_EQ(operations_source(upgrade_operations(renamed)).find("// On PostgreSQL"), std::string::npos);
}

TEST(ComparisonTest, InnodbsIndexNamedAfterARenamedTablesKeyIsItsOwn) {
  Table model = table("vnf", {column("id", types::integer()).primary(), column("vim_id", types::integer())});
  model.foreign_keys = {{.name = "vnf_ibfk_2", .columns = {"vim_id"}, .ref_table = "vims", .ref_columns = {"id"}}};
  Table found = model;
  found.indexes = {{"devices_ibfk_2", "vnf", {"vim_id"}, false}};
  EXPECT_EQ(compared(model, found, "mysql"), Strings{});
  // A model's own index on those columns is not InnoDB's.
  found.indexes = {{"ix_vnf_vim_id", "vnf", {"vim_id"}, false}};
  EXPECT_EQ(compared(model, found, "mysql"), Strings{"('remove_index', 'vnf', 'ix_vnf_vim_id', 'INDEX (vim_id)', '')"});
}

}  // namespace
}  // namespace dbm::autogenerate
