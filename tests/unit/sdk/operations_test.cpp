// The recorder: every verb appends its operation as given, the short forms
// record what the struct forms do, and Execute says which text a dialect runs.
#include "dbm/operations.h"

#include <gtest/gtest.h>

#include "dbm/columns.h"
#include "fixed_context.h"

namespace dbm {
namespace {

using test_support::FixedContext;

TEST(OperationsTest, KnowsItsContextAndRevision) {
  const FixedContext context("mysql");
  const Operations op(context, "23d6240b51b2");
  EXPECT_EQ(op.dialect(), "mysql");
  EXPECT_EQ(op.revision_id(), "23d6240b51b2");
  EXPECT_EQ(&op.context(), &context);
}

TEST(OperationsTest, ShortFormsRecordWhatTheStructFormsDo) {
  const FixedContext context;
  Operations short_forms(context, "r");
  short_forms.drop_table("t");
  short_forms.rename_table("t", "u");
  short_forms.add_column("t", column("c", types::integer()));
  short_forms.drop_column("t", "c");
  Operations struct_forms(context, "r");
  struct_forms.drop_table("t");
  struct_forms.rename_table({.table = "t", .new_name = "u"});
  struct_forms.add_column({.table = "t", .column = column("c", types::integer())});
  struct_forms.drop_column({.table = "t", .column = "c"});
  ASSERT_EQ(short_forms.operations().size(), 4u);
  EXPECT_EQ(std::get<DropTable>(short_forms.operations()[0]).table, "t");
  EXPECT_EQ(std::get<RenameTable>(short_forms.operations()[1]).new_name, "u");
  EXPECT_EQ(std::get<AddColumn>(short_forms.operations()[2]).column,
            std::get<AddColumn>(struct_forms.operations()[2]).column);
  EXPECT_EQ(std::get<DropColumn>(struct_forms.operations()[3]).column, "c");
}

TEST(OperationsTest, EveryVerbRecordsOneOperationInOrder) {
  const FixedContext context;
  Operations op(context, "r");
  op.create_table(table("t", {column("id", types::integer()).primary()}));
  op.alter_column({.table = "t", .column = "name", .nullable = false, .existing_type = types::string(80)});
  op.create_index({.name = "ix", .table = "t", .columns = {"a"}, .unique = true});
  op.drop_index({.name = "ix", .table = "t"});
  op.create_foreign_key({.name = "fk", .table = "t", .ref_table = "u", .columns = {"u_id"}, .ref_columns = {"id"},
                         .onupdate = "CASCADE", .ondelete = "SET NULL"});
  op.create_unique_constraint({.name = "uq", .table = "t", .columns = {"a", "b"}});
  op.create_check_constraint({.name = "ck", .table = "t", .condition = "a > 0"});
  op.create_primary_key({.name = "pk", .table = "t", .columns = {"a"}});
  op.drop_constraint({.table = "t", .type = ConstraintType::kUnique, .columns = {"a", "b"}});
  op.execute("UPDATE t SET a = 1");
  op.bulk_insert({.table = "t", .columns = {"a"}, .rows = {{std::int64_t{1}}, {std::monostate{}}}});
  op.run_online({.description = "fix", .run = [](Connection&) {}});
  const auto& ops = op.operations();
  ASSERT_EQ(ops.size(), 12u);
  EXPECT_FALSE(*std::get<AlterColumn>(ops[1]).nullable);
  EXPECT_TRUE(std::get<CreateIndex>(ops[2]).unique);
  // Alembic's order: onupdate, then ondelete.
  const auto& fk = std::get<CreateForeignKey>(ops[4]);
  EXPECT_EQ(fk.onupdate, "CASCADE");
  EXPECT_EQ(fk.ondelete, "SET NULL");
  EXPECT_EQ(std::get<DropConstraint>(ops[8]).name, "") << "a drop by columns";
  EXPECT_EQ(std::get<BulkInsert>(ops[10]).rows.size(), 2u);
  EXPECT_NE(std::get<OnlineCallback>(ops[11]).run, nullptr);
  EXPECT_EQ(op.release().size(), 12u);
  EXPECT_TRUE(op.operations().empty()) << "release hands the operations over";
}

TEST(OperationsTest, ExecuteRunsADialectsOwnTextElseTheSharedOne) {
  const Execute only_mysql{.per_dialect = {{"mysql", "UPDATE a JOIN b SET a.x = b.x"}}};
  EXPECT_EQ(only_mysql.sql_for("mysql"), "UPDATE a JOIN b SET a.x = b.x");
  EXPECT_EQ(only_mysql.sql_for("sqlite"), "") << "nothing for a dialect not named";
  const Execute shared{.sql = "UPDATE a SET x = 1", .per_dialect = {{"postgresql", "UPDATE a SET x = true"}}};
  EXPECT_EQ(shared.sql_for("postgresql"), "UPDATE a SET x = true");
  EXPECT_EQ(shared.sql_for("mysql"), "UPDATE a SET x = 1");
}

// The replay reads no SQL: schema_change says what the statement does, with
// the other verbs, recorded at once on the same dialect.
TEST(OperationsTest, ExecuteRecordsWhatItsSchemaChangeSays) {
  const FixedContext context("postgresql");
  Operations op(context, "r");
  op.execute({.sql = "ALTER TABLE t DROP COLUMN c", .schema_change = [](Operations& change) {
                if (change.dialect() == "postgresql") change.drop_column("t", "c");
              }});
  op.execute("UPDATE t SET a = 1");
  ASSERT_EQ(op.operations().size(), 2u) << "the change is inside the Execute, not beside it";
  const auto& recorded = std::get<Execute>(op.operations()[0]).schema_change_operations;
  ASSERT_NE(recorded, nullptr);
  ASSERT_EQ(recorded->operations.size(), 1u);
  EXPECT_EQ(std::get<DropColumn>(recorded->operations[0]).column, "c");
  EXPECT_EQ(std::get<Execute>(op.operations()[1]).schema_change_operations, nullptr);
}

}  // namespace
}  // namespace dbm
