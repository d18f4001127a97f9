// Renderer cases the golden revisions do not reach: lookups in the replayed
// schema, deliberate differences from Alembic, and errors.
#include "dialect/dialect.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "schema/replay.h"

namespace dbm::dialect {
namespace {

using Statements = std::vector<std::string>;

Table leases() {
  Table t;
  t.name = "leases";
  t.columns = {column("id", types::string(36)).primary(), column("name", types::string(80)).not_null().unique_key(),
               column("start_date", types::date_time())};
  return t;
}

schema::Schema with(const std::vector<Operation>& ops, const std::string& dialect) {
  return schema::replay(ops, dialect_named(dialect).rules());
}

Statements render_on(const Operation& op, const std::string& dialect, const std::vector<Operation>& setup) {
  return dialect_named(dialect).render(op, with(setup, dialect));
}

TEST(RendererTest, DropConstraintByColumnsUsesTheDatabasesName) {
  const std::vector<Operation> setup = {CreateTable{leases()}};
  const Operation drop = DropConstraint{.table = "leases", .type = ConstraintType::kUnique, .columns = {"name"}};
  EXPECT_EQ(render_on(drop, "postgresql", setup), (Statements{"ALTER TABLE leases DROP CONSTRAINT leases_name_key"}));
  EXPECT_EQ(render_on(drop, "mysql", setup), (Statements{"ALTER TABLE leases DROP INDEX name"}));
  // SQLite keeps it unnamed inside the table: a rebuild without it.
  const Statements lite = render_on(drop, "sqlite", setup);
  ASSERT_EQ(lite.size(), 4u);
  EXPECT_EQ(lite[0], "CREATE TABLE _alembic_tmp_leases (\n\tid VARCHAR(36) NOT NULL, \n\tname VARCHAR(80) NOT NULL, "
                     "\n\tstart_date DATETIME, \n\tPRIMARY KEY (id)\n)");
  EXPECT_EQ(lite[1], "INSERT INTO _alembic_tmp_leases (id, name, start_date) SELECT leases.id, leases.name, "
                     "leases.start_date \nFROM leases");
  EXPECT_EQ(lite[3], "ALTER TABLE _alembic_tmp_leases RENAME TO leases");
}

TEST(RendererTest, DropConstraintByColumnsMatchingNothingRendersNothing) {
  Table t = leases();
  t.columns[1].unique = false;
  const Operation drop = DropConstraint{.table = "leases", .type = ConstraintType::kUnique, .columns = {"name"}};
  for (const char* d : {"sqlite", "postgresql", "mysql"}) {
    EXPECT_TRUE(render_on(drop, d, {CreateTable{t}}).empty()) << d;
  }
}

TEST(RendererTest, MysqlDropsCheckWithMariadbSyntax) {
  Table t = leases();
  t.check_constraints = {{"ck_name", "name <> ''"}};
  EXPECT_EQ(render_on(DropConstraint{.name = "ck_name", .table = "leases", .type = ConstraintType::kCheck}, "mysql",
                      {CreateTable{t}}),
            (Statements{"ALTER TABLE leases DROP CONSTRAINT ck_name"}));
}

TEST(RendererTest, MysqlAlterOfDatetimeUsesChange) {
  AlterColumn a;
  a.table = "leases";
  a.column = "start_date";
  a.existing_type = types::date_time();
  a.nullable = false;
  EXPECT_EQ(render_on(a, "mysql", {CreateTable{leases()}}),
            (Statements{"ALTER TABLE leases CHANGE start_date start_date DATETIME NOT NULL"}));
}

TEST(RendererTest, MysqlAlterWithoutExistingTypeTakesItFromTheSchema) {
  AlterColumn a;
  a.table = "leases";
  a.column = "name";
  a.nullable = true;
  EXPECT_EQ(render_on(a, "mysql", {CreateTable{leases()}}),
            (Statements{"ALTER TABLE leases MODIFY name VARCHAR(80) NULL"}));
}

TEST(RendererTest, AlterOfUnknownColumnNamesIt) {
  AlterColumn a;
  a.table = "leases";
  a.column = "nope";
  a.nullable = true;
  try {
    render_on(a, "mysql", {CreateTable{leases()}});
    FAIL() << "expected dbm::Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "column 'nope' does not exist in table 'leases'");
  }
}

TEST(RendererTest, SqliteNullabilityChangeIsARebuildNotAlembicsInvalidAlter) {
  AlterColumn a;
  a.table = "leases";
  a.column = "start_date";
  a.existing_type = types::date_time();
  a.nullable = false;
  const Statements out = render_on(a, "sqlite", {CreateTable{leases()}});
  ASSERT_EQ(out.size(), 4u);
  EXPECT_NE(out[0].find("\tstart_date DATETIME NOT NULL, "), std::string::npos) << out[0];
  EXPECT_NE(out[0].find("\tUNIQUE (name)"), std::string::npos) << out[0];
  EXPECT_EQ(out[2], "DROP TABLE leases");
}

TEST(RendererTest, SqliteDropsPlainColumnsNativelyAndKeyedOnesByRebuild) {
  const std::vector<Operation> setup = {CreateTable{leases()}};
  EXPECT_EQ(render_on(DropColumn{"leases", "start_date"}, "sqlite", setup),
            (Statements{"ALTER TABLE leases DROP COLUMN start_date"}));
  const Statements keyed = render_on(DropColumn{"leases", "name"}, "sqlite", setup);
  ASSERT_EQ(keyed.size(), 4u);
  EXPECT_EQ(keyed[1], "INSERT INTO _alembic_tmp_leases (id, start_date) SELECT leases.id, leases.start_date "
                      "\nFROM leases");
}

TEST(RendererTest, SqliteRebuildRecreatesIndexes) {
  Table t = leases();
  t.columns[2].index = true;
  AlterColumn a;
  a.table = "leases";
  a.column = "name";
  a.type = types::string(120);
  const Statements out = render_on(a, "sqlite", {CreateTable{t}});
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[4], "CREATE INDEX ix_leases_start_date ON leases (start_date)");
}

TEST(RendererTest, PostgresqlCreatesAnEnumTypeOnlyOnce) {
  Table t;
  t.name = "hosts";
  t.columns = {column("id", types::integer()).primary(),
               column("state", types::enumeration("host_state", {"up", "down"}))};
  const Statements first = render_on(CreateTable{t}, "postgresql", {});
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0], "CREATE TYPE host_state AS ENUM ('up', 'down')");
  EXPECT_EQ(first[1], "CREATE TABLE hosts (\n\tid SERIAL NOT NULL, \n\tstate host_state, \n\tPRIMARY KEY (id)\n)");
  const Statements add =
      render_on(AddColumn{"hosts", column("previous", types::enumeration("host_state", {"up", "down"}))}, "postgresql",
                {CreateTable{t}});
  EXPECT_EQ(add, (Statements{"ALTER TABLE hosts ADD COLUMN previous host_state"}));
}

TEST(RendererTest, AutoincrementRules) {
  Table t;
  t.name = "t";
  t.columns = {column("id", types::integer()).primary().with_autoincrement(Autoincrement::kNo)};
  EXPECT_EQ(render_on(CreateTable{t}, "postgresql", {})[0], "CREATE TABLE t (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)");
  t.columns[0].autoincrement = Autoincrement::kAuto;
  EXPECT_EQ(render_on(CreateTable{t}, "mysql", {})[0],
            "CREATE TABLE t (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tPRIMARY KEY (id)\n)");
  t.columns[0].server_default = ServerDefault::expression("7");
  EXPECT_EQ(render_on(CreateTable{t}, "mysql", {})[0],
            "CREATE TABLE t (\n\tid INTEGER NOT NULL DEFAULT 7, \n\tPRIMARY KEY (id)\n)");
}

TEST(RendererTest, MysqlTableOptions) {
  Table t;
  t.name = "t";
  t.columns = {column("x", types::integer())};
  t.options = {{"mysql_collate", "utf8_bin"}, {"mysql_engine", "InnoDB"}, {"mysql_default_charset", "utf8"},
               {"mysql_comment", "it's"}, {"sqlite_autoincrement", "true"}};
  EXPECT_EQ(render_on(CreateTable{t}, "mysql", {})[0],
            "CREATE TABLE t (\n\tx INTEGER\n)ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='it''s' COLLATE utf8_bin");
}

TEST(RendererTest, ExecutePicksTheDialectsText) {
  Execute e{.per_dialect = {{"mysql", "UPDATE a JOIN b SET a.x = b.x"}}};
  EXPECT_EQ(render_on(e, "mysql", {}), (Statements{"UPDATE a JOIN b SET a.x = b.x"}));
  EXPECT_TRUE(render_on(e, "postgresql", {}).empty()) << "no text for the dialects not named";
  e.sql = "  DELETE FROM a\n";
  EXPECT_EQ(render_on(e, "sqlite", {}), (Statements{"DELETE FROM a"}));
  EXPECT_EQ(render_on(e, "mysql", {}), (Statements{"UPDATE a JOIN b SET a.x = b.x"}))
      << "a named dialect keeps its own";
}

TEST(RendererTest, OnlineCallbackRendersOnlyItsOfflineSql) {
  OnlineCallback cb;
  cb.description = "fix rows";
  EXPECT_TRUE(render_on(cb, "sqlite", {}).empty());
  cb.offline_sql = Execute{.sql = "UPDATE t SET x = 1"};
  EXPECT_EQ(render_on(cb, "sqlite", {}), (Statements{"UPDATE t SET x = 1"}));
}

TEST(RendererTest, BulkInsertRowWidthMismatchIsAnError) {
  BulkInsert b{"t", {"a", "b"}, {{std::int64_t{1}}}};
  try {
    render_on(b, "sqlite", {});
    FAIL() << "expected dbm::Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "bulk_insert into 't': a row has 1 values for 2 columns");
  }
}

TEST(RendererTest, AddColumnShorthands) {
  const std::vector<Operation> setup = {CreateTable{leases()}};
  EXPECT_EQ(render_on(AddColumn{"leases", column("project_id", types::string(36)).indexed()}, "postgresql", setup),
            (Statements{"ALTER TABLE leases ADD COLUMN project_id VARCHAR(36)",
                        "CREATE INDEX ix_leases_project_id ON leases (project_id)"}));
  EXPECT_EQ(render_on(AddColumn{"leases", column("code", types::string(8)).unique_key()}, "mysql", setup),
            (Statements{"ALTER TABLE leases ADD COLUMN code VARCHAR(8)", "ALTER TABLE leases ADD UNIQUE (code)"}));
}

TEST(RendererTest, MysqlDropIndexWithoutTableFindsIt) {
  Table t = leases();
  t.columns[2].index = true;
  EXPECT_EQ(render_on(DropIndex{.name = "ix_leases_start_date"}, "mysql", {CreateTable{t}}),
            (Statements{"DROP INDEX ix_leases_start_date ON leases"}));
  try {
    render_on(DropIndex{.name = "ix_nope"}, "mysql", {CreateTable{t}});
    FAIL() << "expected dbm::Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "index 'ix_nope' does not exist; MySQL's DROP INDEX needs its table");
  }
}

TEST(RendererTest, SqliteAddsAUniqueColumnByRebuild) {
  const Statements out =
      render_on(AddColumn{"leases", column("code", types::string(8)).unique_key()}, "sqlite", {CreateTable{leases()}});
  ASSERT_EQ(out.size(), 4u);
  EXPECT_NE(out[0].find("\tcode VARCHAR(8), "), std::string::npos) << out[0];
  EXPECT_NE(out[0].find("\tUNIQUE (code)"), std::string::npos) << out[0];
  EXPECT_EQ(out[1], "INSERT INTO _alembic_tmp_leases (id, name, start_date) SELECT leases.id, leases.name, "
                    "leases.start_date \nFROM leases");
}

// sa.Computed as SQLAlchemy writes it: PostgreSQL always STORED, after any
// DEFAULT and before NOT NULL; MySQL right after the type; SQLite VIRTUAL by
// default. A SQLite rebuild never copies a generated column.
TEST(RendererTest, GeneratedColumns) {
  Table t;
  t.name = "filters";
  t.columns = {column("id", types::integer()).primary(), column("filter", types::sql_json()).not_null(),
               column("n", types::integer()).not_null().generated_as("json_array_length(filter)")};
  const std::string pg = render_on(CreateTable{t}, "postgresql", {}).front();
  EXPECT_NE(pg.find("\tfilter JSON NOT NULL, \n\tn INTEGER GENERATED ALWAYS AS (json_array_length(filter)) STORED "
                    "NOT NULL"),
            std::string::npos)
      << pg;
  const std::string my = render_on(CreateTable{t}, "mysql", {}).front();
  EXPECT_NE(my.find("\tn INTEGER GENERATED ALWAYS AS (json_array_length(filter)) NOT NULL"), std::string::npos) << my;
  const Operation add = AddColumn{"filters", column("m", types::text()).generated_as("filter ->> 'm'", true)};
  EXPECT_EQ(render_on(add, "sqlite", {CreateTable{t}}),
            (Statements{"ALTER TABLE filters ADD COLUMN m TEXT GENERATED ALWAYS AS (filter ->> 'm') STORED"}));

  const Operation alter = AlterColumn{.table = "filters", .column = "filter", .nullable = true};
  const Statements rebuild = render_on(alter, "sqlite", {CreateTable{t}});
  ASSERT_GE(rebuild.size(), 2u);
  EXPECT_EQ(rebuild[1], "INSERT INTO _alembic_tmp_filters (id, filter) SELECT filters.id, filters.filter \nFROM filters");
}

// tacker's foreign-key helper: the keys are dropped under the names the
// database gave them, and created again under the same names after the
// alter, on the renamed column.
TEST(RendererTest, AlterColumnKeepingForeignKeysUsesTheDatabasesNames) {
  Table parents;
  parents.name = "devices";
  parents.columns = {column("id", types::string(36)).primary()};
  Table children;
  children.name = "deviceattributes";
  children.columns = {column("id", types::string(36)).primary(), column("device_id", types::string(255))};
  children.foreign_keys = {ForeignKey{.columns = {"device_id"}, .ref_table = "devices", .ref_columns = {"id"}}};
  const std::vector<Operation> setup = {CreateTable{parents}, CreateTable{children}};
  const Operation op = AlterColumnKeepingForeignKeys{
      .alter = {.table = "deviceattributes", .column = "device_id", .nullable = false, .new_name = "vnf_id",
                .existing_type = types::string(255)},
      .tables = {"deviceattributes"},
      .column = "device_id"};
  EXPECT_EQ(render_on(op, "postgresql", setup),
            (Statements{"ALTER TABLE deviceattributes DROP CONSTRAINT deviceattributes_device_id_fkey",
                        "ALTER TABLE deviceattributes ALTER COLUMN device_id SET NOT NULL",
                        "ALTER TABLE deviceattributes RENAME device_id TO vnf_id",
                        "ALTER TABLE deviceattributes ADD CONSTRAINT deviceattributes_device_id_fkey FOREIGN "
                        "KEY(vnf_id) REFERENCES devices (id)"}));
  const Statements my = render_on(op, "mysql", setup);
  ASSERT_EQ(my.size(), 3u);
  EXPECT_EQ(my.front(), "ALTER TABLE deviceattributes DROP FOREIGN KEY deviceattributes_ibfk_1");
  EXPECT_EQ(my.back(), "ALTER TABLE deviceattributes ADD CONSTRAINT deviceattributes_ibfk_1 FOREIGN KEY(vnf_id) "
                       "REFERENCES devices (id)");

  schema::Schema after = with(setup, "postgresql");
  schema::apply(after, op, dialect_named("postgresql").rules());
  const Table& t = after.table("deviceattributes");
  ASSERT_EQ(t.foreign_keys.size(), 1u);
  EXPECT_EQ(t.foreign_keys[0].name, "deviceattributes_device_id_fkey");
  EXPECT_EQ(t.foreign_keys[0].columns, std::vector<std::string>{"vnf_id"});
}

// Alembic's postgresql_using: PostgreSQL converts the values as told (tacker's
// pickled bytea becomes its text); other dialects take no USING.
TEST(RendererTest, PostgresqlUsingConvertsOnTypeChange) {
  Table t;
  t.name = "vims";
  t.columns = {column("id", types::string(36)).primary(), column("attr", types::large_binary())};
  const Operation alter = AlterColumn{.table = "vims", .column = "attr", .type = types::text(),
                                      .postgresql_using = "convert_from(attr, 'UTF8')"};
  EXPECT_EQ(render_on(alter, "postgresql", {CreateTable{t}}),
            (Statements{"ALTER TABLE vims ALTER COLUMN attr TYPE TEXT USING convert_from(attr, 'UTF8')"}));
  EXPECT_EQ(render_on(alter, "mysql", {CreateTable{t}}), (Statements{"ALTER TABLE vims MODIFY attr TEXT NULL"}));
}

Table hosts_with_states() {
  Table t;
  t.name = "hosts";
  t.columns = {column("id", types::integer()).primary(),
               column("state", types::enumeration("host_state", {"up", "down"}))
                   .not_null()
                   .with_default(ServerDefault::literal("up")),
               column("previous", types::enumeration("host_state", {"up", "down"}))};
  return t;
}

// PostgreSQL: labels only added are added to the type, in place.
TEST(RendererTest, PostgresqlAddsEnumLabelsToTheType) {
  const Operation alter = AlterEnum{
      .name = "host_state", .values = {"new", "up", "maintenance", "down", "gone"}, .columns = {{"hosts", "state"}}};
  EXPECT_EQ(render_on(alter, "postgresql", {CreateTable{hosts_with_states()}}),
            (Statements{"ALTER TYPE host_state ADD VALUE 'new' BEFORE 'up'",
                        "ALTER TYPE host_state ADD VALUE 'maintenance' BEFORE 'down'",
                        "ALTER TYPE host_state ADD VALUE 'gone'"}));
  const Operation same = AlterEnum{.name = "host_state", .values = {"up", "down"}, .columns = {{"hosts", "state"}}};
  EXPECT_TRUE(render_on(same, "postgresql", {CreateTable{hosts_with_states()}}).empty());
}

// PostgreSQL: a label removed (or moved) makes the type again; every column of
// it is converted, its default set aside meanwhile.
TEST(RendererTest, PostgresqlMakesAnEnumTypeAgainWhenALabelGoes) {
  const Operation alter = AlterEnum{.name = "host_state", .values = {"down", "up"}, .columns = {{"hosts", "state"}}};
  EXPECT_EQ(render_on(alter, "postgresql", {CreateTable{hosts_with_states()}}),
            (Statements{"ALTER TYPE host_state RENAME TO host_state_old",
                        "CREATE TYPE host_state AS ENUM ('down', 'up')",
                        "ALTER TABLE hosts ALTER COLUMN state DROP DEFAULT",
                        "ALTER TABLE hosts ALTER COLUMN state TYPE host_state USING state::text::host_state",
                        "ALTER TABLE hosts ALTER COLUMN state SET DEFAULT 'up'",
                        "ALTER TABLE hosts ALTER COLUMN previous TYPE host_state USING previous::text::host_state",
                        "DROP TYPE host_state_old"}));
}

// Elsewhere each listed column has its own type: MySQL restates it, SQLite
// rebuilds the table with a VARCHAR as long as the longest label.
TEST(RendererTest, EnumLabelsElsewhereAreEachColumnsOwn) {
  const Operation alter =
      AlterEnum{.name = "host_state", .values = {"up", "down", "maintenance"}, .columns = {{"hosts", "state"}}};
  EXPECT_EQ(render_on(alter, "mysql", {CreateTable{hosts_with_states()}}),
            (Statements{"ALTER TABLE hosts MODIFY state ENUM('up','down','maintenance') NOT NULL DEFAULT 'up'"}));
  // Not transactional: one statement per table, so a row holding a label
  // no longer listed leaves every column as it was.
  AlterEnum both = std::get<AlterEnum>(alter);
  both.columns.push_back({"hosts", "previous"});
  EXPECT_EQ(render_on(both, "mysql", {CreateTable{hosts_with_states()}}),
            (Statements{"ALTER TABLE hosts MODIFY state ENUM('up','down','maintenance') NOT NULL DEFAULT 'up', "
                        "MODIFY previous ENUM('up','down','maintenance') NULL"}));
  const Statements lite = render_on(alter, "sqlite", {CreateTable{hosts_with_states()}});
  ASSERT_FALSE(lite.empty());
  EXPECT_NE(lite[0].find("state VARCHAR(11) DEFAULT 'up' NOT NULL"), std::string::npos) << lite[0];
  EXPECT_NE(lite[0].find("previous VARCHAR(4)"), std::string::npos) << "an unlisted column stays: " << lite[0];
}

TEST(RendererTest, AlterEnumNamesWhatItCannotFind) {
  const std::vector<Operation> setup{CreateTable{hosts_with_states()}};
  EXPECT_THROW(render_on(AlterEnum{.name = "other", .values = {"a"}}, "postgresql", setup), Error);
  EXPECT_THROW(render_on(AlterEnum{.name = "host_state", .values = {"a"}, .columns = {{"hosts", "id"}}}, "postgresql",
                         setup),
               Error);
  EXPECT_THROW(render_on(AlterEnum{.name = "host_state", .values = {"a"}, .columns = {{"hosts", "nope"}}}, "mysql",
                         setup),
               Error);
}

}  // namespace
}  // namespace dbm::dialect
