// Replay from in-memory operations: what each operation does to the schema,
// the names databases choose, and the errors (asserted exactly).
#include "dialect/dialect.h"
#include "schema/replay.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "schema/constraint_names.h"

namespace dbm::schema {
namespace {

/// The replay rules of the dialect named `name`.
const DatabaseRules& rules(std::string_view name) { return dialect::dialect_named(name).rules(); }

Table hosts() {
  Table t;
  t.name = "hosts";
  t.columns = {column("id", types::integer()).primary(), column("name", types::string(64)).unique_key(),
               column("zone", types::string(64)).indexed(), column("rack", types::string(8))};
  return t;
}

Table slots() {
  Table t;
  t.name = "slots";
  t.columns = {column("id", types::integer()), column("host_id", types::integer()),
               column("pos", types::integer())};
  t.primary_key = {"", {"id"}};
  t.foreign_keys = {{.columns = {"host_id"}, .ref_table = "hosts", .ref_columns = {"id"}, .ondelete = "CASCADE"}};
  t.unique_constraints = {{"", {"host_id", "pos"}}};
  t.check_constraints = {{"ck_pos", "pos >= 0"}};
  return t;
}

std::string error_of(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(ReplayTest, CreateTableExpandsShorthandsAndPrimaryKey) {
  const Schema s = replay({CreateTable{hosts()}}, rules("sqlite"));
  const Table& t = s.table("hosts");
  EXPECT_EQ(t.primary_key.columns, std::vector<std::string>{"id"});
  EXPECT_EQ(t.unique_constraints, (std::vector<UniqueConstraint>{{"", {"name"}}}));
  EXPECT_EQ(t.indexes, (std::vector<Index>{{"ix_hosts_zone", "hosts", {"zone"}, false}}));
  EXPECT_FALSE(t.columns[1].unique);
  EXPECT_FALSE(t.columns[2].index);
}

TEST(ReplayTest, PostgresqlNamesUnnamedConstraints) {
  const Schema s = replay({CreateTable{hosts()}, CreateTable{slots()}}, rules("postgresql"));
  EXPECT_EQ(s.table("hosts").primary_key.name, "hosts_pkey");
  EXPECT_EQ(s.table("hosts").unique_constraints[0].name, "hosts_name_key");
  EXPECT_EQ(s.table("slots").unique_constraints[0].name, "slots_host_id_pos_key");
  EXPECT_EQ(s.table("slots").foreign_keys[0].name, "slots_host_id_fkey");
}

TEST(ReplayTest, PostgresqlNumbersClashesAndClipsLongNames) {
  Table t = hosts();
  t.indexes = {{"hosts_name_key", "hosts", {"rack"}, false}};
  const Schema s = replay({CreateTable{t}}, rules("postgresql"));
  EXPECT_EQ(s.table("hosts").unique_constraints[0].name, "hosts_name_key1");
  EXPECT_EQ(postgresql_object_name(std::string(40, 't'), std::string(40, 'c'), "key"),
            std::string(29, 't') + "_" + std::string(29, 'c') + "_key");
}

TEST(ReplayTest, MysqlNamesKeysAfterColumnsAndIndexesForeignKeys) {
  const Schema s = replay({CreateTable{hosts()}, CreateTable{slots()}}, rules("mysql"));
  EXPECT_EQ(s.table("hosts").primary_key.name, "PRIMARY");
  EXPECT_EQ(s.table("hosts").unique_constraints[0].name, "name");
  const Table& slots_table = s.table("slots");
  EXPECT_EQ(slots_table.unique_constraints[0].name, "host_id");
  EXPECT_EQ(slots_table.foreign_keys[0].name, "slots_ibfk_1");
  EXPECT_TRUE(slots_table.indexes.empty()) << "the unique key already covers host_id";
}

TEST(ReplayTest, MysqlSuffixesClashingKeyNamesAndCountsForeignKeys) {
  Table t = slots();
  t.unique_constraints.push_back({"", {"host_id"}});
  t.foreign_keys.push_back({.columns = {"pos"}, .ref_table = "hosts", .ref_columns = {"id"}});
  const Schema s = replay({CreateTable{hosts()}, CreateTable{t}}, rules("mysql"));
  const Table& r = s.table("slots");
  EXPECT_EQ(r.unique_constraints[1].name, "host_id_2");
  EXPECT_EQ(r.foreign_keys[1].name, "slots_ibfk_2");
  EXPECT_EQ(r.indexes, (std::vector<Index>{{"pos", "slots", {"pos"}, false}}));
}

TEST(ReplayTest, SqliteLeavesConstraintsUnnamed) {
  const Schema s = replay({CreateTable{hosts()}, CreateTable{slots()}}, rules("sqlite"));
  EXPECT_EQ(s.table("slots").foreign_keys[0].name, "");
  EXPECT_EQ(s.table("slots").primary_key.name, "");
}

TEST(ReplayTest, DropColumnTakesItsConstraintsAlong) {
  const Schema pg =
      replay({CreateTable{hosts()}, CreateTable{slots()}, DropColumn{"slots", "pos"}}, rules("postgresql"));
  EXPECT_TRUE(pg.table("slots").unique_constraints.empty());
  EXPECT_TRUE(pg.table("slots").check_constraints.empty());
  EXPECT_EQ(pg.table("slots").foreign_keys.size(), 1u);
  // MariaDB shrinks a multi-column key instead.
  const Schema my = replay({CreateTable{hosts()}, CreateTable{slots()}, DropColumn{"slots", "pos"}}, rules("mysql"));
  EXPECT_EQ(my.table("slots").unique_constraints, (std::vector<UniqueConstraint>{{"host_id", {"host_id"}}}));
}

TEST(ReplayTest, RenamesFollowIntoKeysAndReferences) {
  AlterColumn a;
  a.table = "hosts";
  a.column = "id";
  a.new_name = "host_id";
  const Schema s =
      replay({CreateTable{hosts()}, CreateTable{slots()}, a, RenameTable{"hosts", "servers"}}, rules("mysql"));
  EXPECT_EQ(s.table("servers").primary_key.columns, std::vector<std::string>{"host_id"});
  EXPECT_EQ(s.table("slots").foreign_keys[0].ref_table, "servers");
  EXPECT_EQ(s.table("slots").foreign_keys[0].ref_columns, std::vector<std::string>{"host_id"});
  EXPECT_EQ(s.table("servers").indexes[0].table, "servers");
  const Schema ibfk =
      replay({CreateTable{hosts()}, CreateTable{slots()}, RenameTable{"slots", "places"}}, rules("mysql"));
  EXPECT_EQ(ibfk.table("places").foreign_keys[0].name, "places_ibfk_1");
}

TEST(ReplayTest, MysqlAlterRestatesTheColumnAsAlembicDoes) {
  Table t = hosts();
  t.columns[3] = t.columns[3].not_null().with_default(ServerDefault::literal("r1"));
  AlterColumn a;
  a.table = "hosts";
  a.column = "rack";
  a.existing_type = types::string(8);
  a.type = types::string(16);
  // No existing_nullable / existing_server_default: MODIFY … NULL without DEFAULT.
  const Schema my = replay({CreateTable{t}, a}, rules("mysql"));
  const Column& rack = my.table("hosts").columns[3];
  EXPECT_EQ(rack.type, types::string(16));
  EXPECT_TRUE(rack.nullable);
  EXPECT_FALSE(rack.server_default.has_value());
  const Schema pg = replay({CreateTable{t}, a}, rules("postgresql"));
  EXPECT_FALSE(pg.table("hosts").columns[3].nullable);
  EXPECT_TRUE(pg.table("hosts").columns[3].server_default.has_value());
}

TEST(ReplayTest, ConstraintsAddedAndDropped) {
  const Schema s =
      replay({CreateTable{hosts()}, CreateTable{slots()},
              CreateUniqueConstraint{.name = "uq_pos", .table = "slots", .columns = {"pos"}},
              DropConstraint{.name = "uq_pos", .table = "slots", .type = ConstraintType::kUnique},
              DropConstraint{.table = "slots", .type = ConstraintType::kForeignKey, .columns = {"host_id"}},
              DropConstraint{.name = "ck_pos", .table = "slots", .type = ConstraintType::kCheck},
              DropConstraint{.name = "slots_pkey", .table = "slots", .type = ConstraintType::kPrimary},
              CreatePrimaryKey{.name = "pk_slots", .table = "slots", .columns = {"id", "pos"}}},
             rules("postgresql"));
  const Table& t = s.table("slots");
  EXPECT_EQ(t.unique_constraints.size(), 1u);
  EXPECT_TRUE(t.foreign_keys.empty());
  EXPECT_TRUE(t.check_constraints.empty());
  EXPECT_EQ(t.primary_key, (PrimaryKey{"pk_slots", {"id", "pos"}}));
  EXPECT_FALSE(t.columns[2].nullable);
}

TEST(ReplayTest, DropByColumnsMatchingNothingIsANoOp) {
  Schema s = replay({CreateTable{slots()}}, rules("sqlite"));
  const Schema before = s;
  apply(s, DropConstraint{.table = "slots", .type = ConstraintType::kUnique, .columns = {"pos"}}, rules("sqlite"));
  EXPECT_EQ(s, before);
}

TEST(ReplayTest, DataOperationsLeaveTheSchemaAlone) {
  Schema s = replay({CreateTable{hosts()}}, rules("postgresql"));
  const Schema before = s;
  apply(s, Execute{.sql = "DROP TABLE hosts"}, rules("postgresql"));
  apply(s, BulkInsert{"hosts", {"id"}, {{std::int64_t{1}}}}, rules("postgresql"));
  apply(s, OnlineCallback{"noop", nullptr, std::nullopt}, rules("postgresql"));
  EXPECT_EQ(s, before);
}

// PostgreSQL's labels belong to the type, so every column of it changes;
// elsewhere each column has its own and only the listed ones change.
TEST(ReplayTest, AlterEnumChangesTheTypeWhereItIsSharedElseTheListedColumns) {
  Table t = hosts();
  t.columns.push_back(column("state", types::enumeration("host_state", {"up", "down"})));
  t.columns.push_back(column("previous", types::enumeration("host_state", {"up", "down"})));
  const AlterEnum alter{.name = "host_state", .values = {"up", "down", "gone"}, .columns = {{"hosts", "state"}}};
  const std::vector<std::string> added{"up", "down", "gone"};
  const std::vector<std::string> kept{"up", "down"};
  Schema pg = replay({CreateTable{t}, alter}, rules("postgresql"));
  EXPECT_EQ(column_of(pg.table("hosts"), "state").type.enum_values, added);
  EXPECT_EQ(column_of(pg.table("hosts"), "previous").type.enum_values, added);
  for (const char* dialect : {"mysql", "sqlite"}) {
    Schema s = replay({CreateTable{t}, alter}, rules(dialect));
    EXPECT_EQ(column_of(s.table("hosts"), "state").type.enum_values, added) << dialect;
    EXPECT_EQ(column_of(s.table("hosts"), "previous").type.enum_values, kept) << dialect;
  }
  EXPECT_THROW(replay({CreateTable{t}, AlterEnum{.name = "other", .values = {"a"}}}, rules("postgresql")), Error);
  EXPECT_THROW(
      replay({CreateTable{t}, AlterEnum{.name = "host_state", .values = {"a"}, .columns = {{"hosts", "rack"}}}},
             rules("postgresql")),
      Error);
}

// What the revision says its raw SQL does is replayed (tacker's df26c5871f3c
// and 70df18f71ba2 redefine generated columns so on PostgreSQL and MySQL).
TEST(ReplayTest, RawSqlChangesTheSchemaAsItsSchemaChangeSays) {
  Schema s = replay({CreateTable{hosts()}}, rules("postgresql"));
  Execute execute{.sql = "ALTER TABLE hosts DROP COLUMN rack; ALTER TABLE hosts ADD COLUMN rack TEXT ..."};
  execute.schema_change_operations = std::make_shared<const RecordedSchemaChange>(
      RecordedSchemaChange{{DropColumn{"hosts", "rack"},
                            AddColumn{"hosts", column("rack", types::text()).generated_as("upper(zone)", true)}}});
  apply(s, execute, rules("postgresql"));
  const Column& rack = s.table("hosts").columns.back();
  EXPECT_EQ(rack.name, "rack");
  EXPECT_EQ(rack.type, types::text());
  ASSERT_TRUE(rack.computed.has_value());
  EXPECT_EQ(rack.computed->sql, "upper(zone)");
}

// Tacker's 4c0e2e2c2e02 drops its keys in raw SQL (which replay cannot read)
// and creates them again under the same names: a database refuses a second
// key of one name, so the new key takes the old one's place.
TEST(ReplayTest, AKeyCreatedUnderAnExistingNameReplacesIt) {
  for (const char* dialect : {"postgresql", "mysql"}) {
    Schema s = replay({CreateTable{hosts()}, CreateTable{slots()}}, rules(dialect));
    const std::string name = s.table("slots").foreign_keys.at(0).name;
    apply(s, Execute{.sql = "ALTER TABLE slots DROP CONSTRAINT " + name}, rules(dialect));
    apply(s,
          CreateForeignKey{.name = name, .table = "slots", .ref_table = "hosts", .columns = {"host_id"},
                           .ref_columns = {"id"}},
          rules(dialect));
    const std::vector<ForeignKey>& keys = s.table("slots").foreign_keys;
    ASSERT_EQ(keys.size(), 1u) << dialect;
    EXPECT_EQ(keys[0].name, name) << dialect;
    EXPECT_EQ(keys[0].ondelete, "") << dialect << ": the new key's definition, not the old one's";
  }
}

// What MariaDB does (tried on the test server): a key dropped leaves the
// index made for it; a key created by name on those columns replaces that
// index with one of its own name. Tacker's f958f58e5daa turns devices'
// `template_id` index into devices_ibfk_1 this way.
TEST(ReplayTest, MysqlGivesAKeyCreatedByNameTheIndexOfTheKeyDroppedBefore) {
  Table parts;
  parts.name = "parts";
  parts.columns = {column("id", types::integer()).primary(), column("host_id", types::integer())};
  parts.foreign_keys = {{.columns = {"host_id"}, .ref_table = "hosts", .ref_columns = {"id"}}};
  Schema s = replay({CreateTable{hosts()}, CreateTable{parts}}, rules("mysql"));
  ASSERT_EQ(s.table("parts").indexes.at(0).name, "host_id");
  apply(s, DropConstraint{.name = "parts_ibfk_1", .table = "parts", .type = ConstraintType::kForeignKey},
        rules("mysql"));
  EXPECT_EQ(s.table("parts").indexes.at(0).name, "host_id") << "dropping the key keeps its index";
  apply(s,
        CreateForeignKey{.name = "parts_ibfk_1", .table = "parts", .ref_table = "hosts", .columns = {"host_id"},
                         .ref_columns = {"id"}},
        rules("mysql"));
  ASSERT_EQ(s.table("parts").indexes.size(), 1u);
  EXPECT_EQ(s.table("parts").indexes[0].name, "parts_ibfk_1");
}

// PostgreSQL creates an enum type once: a later column declaring the name
// with other labels has the type as it was created (tacker's `operation`).
TEST(ReplayTest, PostgresqlSharesAnEnumTypeAsItWasCreated) {
  Table first;
  first.name = "a";
  first.columns = {column("op", types::enumeration("operation", {"x", "y", "z"}))};
  Table second;
  second.name = "b";
  second.columns = {column("op", types::enumeration("operation", {"x", "y"}))};
  const Schema pg = replay({CreateTable{first}, CreateTable{second}}, rules("postgresql"));
  EXPECT_EQ(pg.table("b").columns[0].type.enum_values, (std::vector<std::string>{"x", "y", "z"}));
  // Where each column has its own enum (MySQL), the declared labels stand.
  const Schema my = replay({CreateTable{first}, CreateTable{second}}, rules("mysql"));
  EXPECT_EQ(my.table("b").columns[0].type.enum_values, (std::vector<std::string>{"x", "y"}));
}

TEST(ReplayTest, PostgresqlRemembersEnumTypes) {
  Table t;
  t.name = "t";
  t.columns = {column("state", types::enumeration("state_enum", {"a"}))};
  const Schema s = replay({CreateTable{t}, DropTable{"t"}}, rules("postgresql"));
  EXPECT_EQ(s.enum_types, std::vector<std::string>{"state_enum"});
}

TEST(ReplayTest, ErrorsNameWhatIsMissing) {
  Schema s = replay({CreateTable{hosts()}}, rules("postgresql"));
  EXPECT_EQ(error_of([&] { apply(s, DropTable{"nope"}, rules("postgresql")); }), "table 'nope' does not exist");
  EXPECT_EQ(error_of([&] { apply(s, CreateTable{hosts()}, rules("postgresql")); }), "table 'hosts' already exists");
  EXPECT_EQ(error_of([&] { apply(s, DropColumn{"hosts", "x"}, rules("postgresql")); }),
            "column 'x' does not exist in table 'hosts'");
  EXPECT_EQ(error_of([&] { apply(s, AddColumn{"hosts", column("rack", types::integer())}, rules("postgresql")); }),
            "column 'rack' already exists in table 'hosts'");
  EXPECT_EQ(error_of([&] { apply(s, DropIndex{.name = "ix_x", .table = "hosts"}, rules("postgresql")); }),
            "index 'ix_x' does not exist on table 'hosts'");
  EXPECT_EQ(error_of([&] {
              apply(s, DropConstraint{.name = "fk_x", .table = "hosts", .type = ConstraintType::kForeignKey},
                    rules("postgresql"));
            }),
            "foreign key 'fk_x' does not exist on table 'hosts'");
  EXPECT_EQ(error_of([&] {
              apply(s, CreatePrimaryKey{.name = "pk2", .table = "hosts", .columns = {"rack"}}, rules("postgresql"));
            }),
            "table 'hosts' already has a primary key");
}

// Whole words, and a column name is text, not a pattern: the regular
// expression this replaced read "a.b" as "a, any character, b".
TEST(CheckMentionsTest, NamesTheColumnAsAWholeWord) {
  EXPECT_TRUE(check_mentions({"ck", "qty > 0"}, "qty"));
  EXPECT_TRUE(check_mentions({"ck", "(qty) > 0 AND y < 2"}, "qty"));
  EXPECT_TRUE(check_mentions({"ck", "y < 2 AND qty"}, "qty"));
  EXPECT_FALSE(check_mentions({"ck", "qty2 > 0"}, "qty"));
  EXPECT_FALSE(check_mentions({"ck", "a_qty > 0"}, "qty"));
  EXPECT_FALSE(check_mentions({"ck", "a+b > 0"}, "a.b"));
  EXPECT_TRUE(check_mentions({"ck", "\"a.b\" > 0"}, "a.b"));
}

}  // namespace
}  // namespace dbm::schema
