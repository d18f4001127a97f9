// The comparison against a schema as a live database reports it: what each
// server keeps for a declared type or expression is the same thing, not a
// difference (MariaDB's JSON and sized TEXT, PostgreSQL's rewritten generated
// expressions, InnoDB's and MariaDB's own indexes and checks), while what
// does differ is still found, with operations every database takes.
#include <string>
#include <utility>
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

// PostgreSQL keeps an enum's labels on its named type, where alter_column
// changes nothing: other labels under the model's name are an alter_enum, on
// every dialect (MySQL's live columns have no type name). Another name is
// another type: an alter_column.
TEST(ComparisonTest, AnEnumGivenOtherLabelsIsAlteredAsAType) {
  const Table model = one_column(column("s", types::enumeration("state", {"a", "b"})));
  for (const auto& [dialect, found_name] : {std::pair{"postgresql", "state"}, std::pair{"mysql", ""}}) {
    const std::vector<Difference> found = compare(
        {model}, schema::Schema{.tables = {one_column(column("s", types::enumeration(found_name, {"a", "b", "c"})))}},
        dialect::dialect_named(dialect));
    EXPECT_EQ(operations_source(upgrade_operations(found)),
              "  op.alter_enum({.name = \"state\", .values = {\"a\", \"b\"}, .columns = {{\"t\", \"s\"}}});\n")
        << dialect;
    EXPECT_EQ(operations_source(downgrade_operations(found)),
              "  op.alter_enum({.name = \"state\", .values = {\"a\", \"b\", \"c\"}, .columns = {{\"t\", \"s\"}}});\n")
        << dialect;
  }
  // SQLite keeps a VARCHAR as long as the longest label: the labels are
  // altered on the way up; the way back, without the old labels, restores
  // the VARCHAR.
  const std::vector<Difference> lite =
      compare({one_column(column("s", types::enumeration("state", {"a", "bbb"})))},
              schema::Schema{.tables = {one_column(column("s", types::string(1)))}}, dialect::dialect_named("sqlite"));
  EXPECT_EQ(operations_source(upgrade_operations(lite)),
            "  op.alter_enum({.name = \"state\", .values = {\"a\", \"bbb\"}, .columns = {{\"t\", \"s\"}}});\n");
  const std::vector<Operation> back = downgrade_operations(lite);
  ASSERT_EQ(back.size(), 1u);
  ASSERT_TRUE(std::holds_alternative<AlterColumn>(back[0]));
  EXPECT_EQ(std::get<AlterColumn>(back[0]).type, types::string(1));
  const std::vector<Difference> renamed =
      compare({one_column(column("s", types::enumeration("state2", {"a", "b"})))},
              schema::Schema{.tables = {one_column(column("s", types::enumeration("state", {"a", "b", "c"})))}},
              dialect::dialect_named("postgresql"));
  const std::vector<Operation> up = upgrade_operations(renamed);
  ASSERT_EQ(up.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<AlterColumn>(up[0]));
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
