// Replay against the schemas real databases reported after real Alembic ran
// blazar (tests/fixtures/blazar): constraint and index names the
// databases chose, MySQL's implicit foreign-key indexes, keys and columns.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "mini_json.h"
#include "dialect/dialect.h"
#include "schema/replay.h"

namespace dbm::schema {
namespace {

/// The replay rules of the dialect named `name`.
const DatabaseRules& rules(std::string_view name) { return dialect::dialect_named(name).rules(); }

using testing::Json;
using Key = std::tuple<std::string, std::vector<std::string>, bool>;  // name, columns, unique

Json dump(const std::string& dialect, const std::string& file) {
  std::ifstream in(std::string(DBM_SOURCE_DIR) + "/tests/fixtures/blazar/" + dialect + "/" + file);
  std::stringstream ss;
  ss << in.rdbuf();
  if (ss.str().empty()) throw std::runtime_error("missing reference dump " + dialect + "/" + file);
  return testing::JsonReader(ss.str()).parse();
}

std::vector<std::string> strings(const Json& array) {
  std::vector<std::string> out;
  for (const auto& item : array.items) out.push_back(item.text);
  return out;
}

Column col(const std::string& name, Type type, bool nullable = true) {
  Column c = column(name, std::move(type));
  c.nullable = nullable;
  return c;
}

// blazar 0_1 as data: every table has created_at/updated_at, id String(36)
// primary_key=True plus PrimaryKeyConstraint('id'); all FKs unnamed.
Table blazar_table(const std::string& name, std::vector<Column> extra,
                   std::vector<ForeignKey> fks = {}, std::vector<UniqueConstraint> uniques = {}) {
  using namespace types;
  Table t;
  t.name = name;
  t.columns = {col("created_at", date_time()), col("updated_at", date_time()),
               column("id", string(36)).primary()};
  for (auto& c : extra) t.columns.push_back(std::move(c));
  t.primary_key = {"", {"id"}};
  t.foreign_keys = std::move(fks);
  t.unique_constraints = std::move(uniques);
  return t;
}

ForeignKey fk(const std::string& column, const std::string& ref) {
  return {.columns = {column}, .ref_table = ref, .ref_columns = {"id"}};
}

std::vector<Operation> blazar_0_1() {
  using namespace types;
  return {
      CreateTable{blazar_table("computehosts",
                               {col("vcpus", integer(), false), col("cpu_info", medium_text(), false),
                                col("hypervisor_type", medium_text(), false),
                                col("hypervisor_version", integer(), false), col("hypervisor_hostname", string(255)),
                                col("memory_mb", integer(), false), col("local_gb", integer(), false),
                                col("status", string(13))})},
      CreateTable{blazar_table("leases",
                               {col("name", string(80), false), col("user_id", string(255)),
                                col("tenant_id", string(255)), col("start_date", date_time(), false),
                                col("end_date", date_time(), false), col("trust_id", string(36))},
                               {}, {{"", {"name"}}})},
      CreateTable{blazar_table("reservations",
                               {col("lease_id", string(36), false), col("resource_id", string(36)),
                                col("resource_type", string(66)), col("status", string(13))},
                               {fk("lease_id", "leases")})},
      CreateTable{blazar_table("computehost_extra_capabilities",
                               {col("computehost_id", string(36)), col("capability_name", string(64), false),
                                col("capability_value", medium_text(), false)},
                               {fk("computehost_id", "computehosts")})},
      CreateTable{blazar_table("events",
                               {col("lease_id", string(36)), col("event_type", string(66)),
                                col("time", date_time()), col("status", string(13))},
                               {fk("lease_id", "leases")})},
      CreateTable{blazar_table("computehost_allocations",
                               {col("compute_host_id", string(36)), col("reservation_id", string(36))},
                               {fk("compute_host_id", "computehosts"), fk("reservation_id", "reservations")})},
      CreateTable{blazar_table("computehost_reservations",
                               {col("reservation_id", string(36)), col("resource_properties", medium_text()),
                                col("count_range", string(36)), col("hypervisor_properties", medium_text()),
                                col("status", string(13))},
                               {fk("reservation_id", "reservations")})},
  };
}

// What the dumper's inspector reports as indexes: explicit ones plus, except
// on SQLite (whose sqlite_autoindex_* it hides), the unique constraints'
// indexes. The primary key is not listed.
std::vector<Key> our_indexes(const Table& t, bool uniques_are_indexes = true) {
  std::vector<Key> out;
  for (const auto& ix : t.indexes) out.emplace_back(ix.name, ix.columns, ix.unique);
  if (!uniques_are_indexes) return out;
  for (const auto& uc : t.unique_constraints) out.emplace_back(uc.name, uc.columns, true);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Key> dumped(const Json& entries, bool with_unique_flag) {
  std::vector<Key> out;
  for (const auto& e : entries.items) {
    out.emplace_back(e["name"].text, strings(e["columns"]), with_unique_flag ? e["unique"].boolean : true);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void expect_table_matches(const Table& ours, const Json& theirs, const std::string& label,
                          bool uniques_are_indexes = true) {
  std::vector<std::string> columns;
  for (const auto& c : ours.columns) columns.push_back(c.name);
  std::vector<std::string> their_columns;
  for (const auto& c : theirs["columns"].items) their_columns.push_back(c["name"].text);
  EXPECT_EQ(columns, their_columns) << label;
  EXPECT_EQ(ours.primary_key.columns, strings(theirs["primary_key"])) << label;

  std::vector<Key> uniques;
  for (const auto& uc : ours.unique_constraints) uniques.emplace_back(uc.name, uc.columns, true);
  std::sort(uniques.begin(), uniques.end());
  EXPECT_EQ(uniques, dumped(theirs["unique"], false)) << label;
  EXPECT_EQ(our_indexes(ours, uniques_are_indexes), dumped(theirs["indexes"], true)) << label;

  std::vector<std::tuple<std::vector<std::string>, std::string, std::vector<std::string>>> fks, their_fks;
  for (const auto& f : ours.foreign_keys) fks.emplace_back(f.columns, f.ref_table, f.ref_columns);
  for (const auto& f : theirs["foreign_keys"].items) {
    their_fks.emplace_back(strings(f["columns"]), f["ref_table"].text, strings(f["ref_columns"]));
  }
  std::sort(fks.begin(), fks.end());
  std::sort(their_fks.begin(), their_fks.end());
  EXPECT_EQ(fks, their_fks) << label;
}

class BlazarReferenceTest : public ::testing::TestWithParam<std::string> {};

TEST_P(BlazarReferenceTest, InitialRevisionMatchesTheDatabase) {
  const Schema ours = replay(blazar_0_1(), rules(GetParam()));
  const Json theirs = dump(GetParam(), "001_0_1.json")["tables"];
  ASSERT_EQ(ours.tables.size(), theirs.fields.size());
  for (const auto& t : ours.tables) {
    expect_table_matches(t, theirs[t.name], GetParam() + ":" + t.name, GetParam() != "sqlite");
  }
}

// SQLite never reached e069c014356d upstream (it failed at 9593f3656974).
TEST(BlazarReferenceTest, UnnamedUniqueOfTwoColumns) {
  using namespace types;
  for (const std::string dialect : {"postgresql", "mysql"}) {
    // e069c014356d: floatingips with an unnamed UNIQUE(subnet_id, floating_ip_address).
    std::vector<Operation> ops = blazar_0_1();
    ops.push_back(CreateTable{blazar_table(
        "floatingips",
        {col("floating_network_id", string(255), false), col("subnet_id", string(255), false),
         col("floating_ip_address", string(255), false),
         col("reservable", boolean(), false).with_default(ServerDefault::expression("true"))},
        {}, {{"", {"subnet_id", "floating_ip_address"}}})});
    const Schema ours = replay(ops, rules(dialect));
    const Json theirs = dump(dialect, "016_e069c014356d.json")["tables"];
    expect_table_matches(ours.table("floatingips"), theirs["floatingips"], dialect + ":floatingips");
  }
}

TEST_P(BlazarReferenceTest, DropUniqueByColumnsFindsTheDatabasesName) {
  // 6bfd1c23aa18 drops the reflected unique constraint on leases(name).
  std::vector<Operation> ops = blazar_0_1();
  ops.push_back(DropConstraint{.table = "leases", .type = ConstraintType::kUnique, .columns = {"name"}});
  const Schema ours = replay(ops, rules(GetParam()));
  EXPECT_TRUE(ours.table("leases").unique_constraints.empty());
  EXPECT_TRUE(dump(GetParam(), "009_6bfd1c23aa18.json")["tables"]["leases"]["unique"].items.empty());
}

INSTANTIATE_TEST_SUITE_P(Dialects, BlazarReferenceTest, ::testing::Values("postgresql", "mysql", "sqlite"),
                         [](const auto& info) { return info.param; });

TEST(BlazarReferenceTest, MysqlNamedForeignKeyGetsAnIndexOfItsName) {
  using namespace types;
  // 02e2f2186d98 on MySQL: resource_properties, property_id + a named FK, capability_name dropped.
  std::vector<Operation> ops = blazar_0_1();
  Table props;
  props.name = "resource_properties";
  props.columns = {column("id", string(255)).primary(), col("resource_type", string(255), false),
                   col("property_name", string(255), false),
                   col("private", boolean(), false).with_default(ServerDefault::false_value()),
                   col("created_at", date_time()), col("updated_at", date_time())};
  props.unique_constraints = {{"", {"resource_type", "property_name"}}};
  ops.push_back(CreateTable{props});
  ops.push_back(AddColumn{"computehost_extra_capabilities", col("property_id", string(255), false)});
  ops.push_back(CreateForeignKey{.name = "computehost_resource_property_id_fk",
                                 .table = "computehost_extra_capabilities",
                                 .ref_table = "resource_properties",
                                 .columns = {"property_id"},
                                 .ref_columns = {"id"}});
  ops.push_back(DropColumn{"computehost_extra_capabilities", "capability_name"});
  const Schema ours = replay(ops, rules("mysql"));
  const Json theirs = dump("mysql", "head.json")["tables"];
  expect_table_matches(ours.table("resource_properties"), theirs["resource_properties"], "resource_properties");
  const Table& caps = ours.table("computehost_extra_capabilities");
  EXPECT_EQ(our_indexes(caps), dumped(theirs["computehost_extra_capabilities"]["indexes"], true));
  EXPECT_EQ(caps.foreign_keys[0].name, "computehost_extra_capabilities_ibfk_1");
}

}  // namespace
}  // namespace dbm::schema
