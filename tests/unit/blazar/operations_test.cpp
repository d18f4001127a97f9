// What each blazar revision records, per dialect and direction, against what
// upstream's revision does on that dialect (its branches on the dialect name).
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "blazar_plugin.h"
#include "recording.h"

namespace dbm::blazar::test {
namespace {

using Lines = std::vector<std::string>;
constexpr auto kUp = Direction::kUp;
constexpr auto kDown = Direction::kDown;

// PostgreSQL and MySQL take the same path wherever upstream only tests for SQLite.
void expect_server_dialects(const std::string& id, Direction d, const Lines& expected) {
  EXPECT_EQ(summary(id, "postgresql", d), expected) << id << " on postgresql";
  EXPECT_EQ(summary(id, "mysql", d), expected) << id << " on mysql";
}

void expect_all_dialects(const std::string& id, Direction d, const Lines& expected) {
  expect_server_dialects(id, d, expected);
  EXPECT_EQ(summary(id, "sqlite", d), expected) << id << " on sqlite";
}

template <typename T>
const T& only(const std::vector<Operation>& ops, std::size_t index) {
  EXPECT_LT(index, ops.size());
  const T* op = std::get_if<T>(&ops.at(index));
  if (op == nullptr) throw std::logic_error("unexpected operation kind");
  return *op;
}

TEST(BlazarOperationsTest, Initial0_1CreatesSevenTables) {
  const Lines tables = {"create_table computehosts", "create_table leases",
                        "create_table reservations", "create_table computehost_extra_capabilities",
                        "create_table events", "create_table computehost_allocations",
                        "create_table computehost_reservations"};
  expect_all_dialects("0_1", kUp, tables);

  const auto ops = record(revision("0_1"), "mysql", kUp);
  const std::vector<std::size_t> column_counts = {11, 9, 7, 6, 7, 5, 8};
  const std::vector<std::size_t> fk_counts = {0, 0, 1, 1, 1, 2, 1};
  for (std::size_t i = 0; i < ops.size(); ++i) {
    const Table& t = only<CreateTable>(ops, i).table;
    EXPECT_EQ(t.columns.size(), column_counts[i]) << t.name;
    EXPECT_EQ(t.foreign_keys.size(), fk_counts[i]) << t.name;
    EXPECT_EQ(t.primary_key.columns, std::vector<std::string>{"id"}) << t.name;
    EXPECT_EQ(t.columns[2], column("id", types::string(36)).primary()) << t.name;
    for (const auto& fk : t.foreign_keys) {
      EXPECT_EQ(fk.name, "") << t.name;
    }
  }
  const Table& leases = only<CreateTable>(ops, 1).table;
  EXPECT_EQ(leases.unique_constraints, (std::vector<UniqueConstraint>{{.columns = {"name"}}}));
  const Table& hosts = only<CreateTable>(ops, 0).table;
  EXPECT_EQ(hosts.columns[4], column("cpu_info", types::medium_text()).not_null());
  const Table& allocations = only<CreateTable>(ops, 5).table;
  EXPECT_EQ(allocations.foreign_keys[1],
            (ForeignKey{.columns = {"reservation_id"}, .ref_table = "reservations", .ref_columns = {"id"}}));
}

TEST(BlazarOperationsTest, Initial0_1DropsAllTablesChildrenFirst) {
  expect_all_dialects("0_1", kDown,
                      {"drop_table computehost_extra_capabilities", "drop_table computehost_allocations",
                       "drop_table computehost_reservations", "drop_table computehosts",
                       "drop_table reservations", "drop_table events", "drop_table leases"});
}

TEST(BlazarOperationsTest, ServiceName10e34bba18e8) {
  expect_all_dialects("10e34bba18e8", kUp, {"add_column computehosts.service_name"});
  expect_server_dialects("10e34bba18e8", kDown, {"drop_column computehosts.service_name"});
  EXPECT_EQ(summary("10e34bba18e8", "sqlite", kDown),
            (Lines{"execute CREATE TABLE tmp_computehosts AS SELECT id, vcpus, cpu_info, "
                   "hypervisor_type, hypervisor_version, hypervisor_hostname, memory_mb, "
                   "local_gb, status FROM computehosts",
                   "execute DROP TABLE computehosts",
                   "execute ALTER TABLE tmp_computehosts RENAME TO computehosts"}));
  // The SQLite statements are for SQLite only, even if replayed elsewhere.
  const auto ops = record(revision("10e34bba18e8"), "sqlite", kDown);
  EXPECT_EQ(describe(ops, "postgresql"), Lines(3, "execute (none)"));
}

TEST(BlazarOperationsTest, TenantToProject2bcfe76b0474) {
  expect_server_dialects("2bcfe76b0474", kUp, {"alter_column leases.tenant_id rename project_id"});
  expect_server_dialects("2bcfe76b0474", kDown, {"alter_column leases.project_id rename tenant_id"});
  const auto alter = only<AlterColumn>(record(revision("2bcfe76b0474"), "mysql", kUp), 0);
  EXPECT_EQ(alter.existing_type, types::string(255));
  EXPECT_FALSE(alter.nullable.has_value());
  EXPECT_FALSE(alter.type.has_value());

  const std::string select =
      "CREATE TABLE tmp_leases AS SELECT created_at, updated_at, id, name, user_id, ";
  const std::string rest = ", start_date, end_date, trust_id FROM leases";
  EXPECT_EQ(summary("2bcfe76b0474", "sqlite", kUp),
            (Lines{"execute " + select + "tenant_id AS project_id" + rest, "execute DROP TABLE leases",
                   "execute ALTER TABLE tmp_leases RENAME TO leases"}));
  EXPECT_EQ(summary("2bcfe76b0474", "sqlite", kDown),
            (Lines{"execute " + select + "project_id AS tenant_id" + rest, "execute DROP TABLE leases",
                   "execute ALTER TABLE tmp_leases RENAME TO leases"}));
}

TEST(BlazarOperationsTest, LeaseStatus23d6240b51b2) {
  expect_all_dialects("23d6240b51b2", kUp,
                      {"add_column leases.action", "add_column leases.status",
                       "add_column leases.status_reason"});
  expect_server_dialects("23d6240b51b2", kDown,
                         {"drop_column leases.action", "drop_column leases.status",
                          "drop_column leases.status_reason"});
  EXPECT_EQ(summary("23d6240b51b2", "sqlite", kDown),
            (Lines{"execute CREATE TABLE tmp_leases AS SELECT created_at, updated_at, id, name, "
                   "user_id, project_id, start_date, end_date, trust_id FROM leases",
                   "execute DROP TABLE leases", "execute ALTER TABLE tmp_leases RENAME TO leases"}));
}

TEST(BlazarOperationsTest, TrustId1fd6c2eded89) {
  expect_server_dialects("1fd6c2eded89", kUp,
                         {"add_column computehosts.trust_id",
                          "execute UPDATE computehosts SET trust_id = ''",
                          "alter_column computehosts.trust_id not_null"});
  const auto alter = only<AlterColumn>(record(revision("1fd6c2eded89"), "postgresql", kUp), 2);
  EXPECT_EQ(alter.existing_type, types::string(36));
  EXPECT_EQ(summary("1fd6c2eded89", "sqlite", kUp), Lines{"add_column computehosts.trust_id"});

  expect_server_dialects("1fd6c2eded89", kDown, {"drop_column computehosts.trust_id"});
  EXPECT_EQ(summary("1fd6c2eded89", "sqlite", kDown),
            (Lines{"execute CREATE TABLE tmp_computehosts AS SELECT id, vcpus, cpu_info, "
                   "hypervisor_type, hypervisor_version, hypervisor_hostname, service_name, "
                   "memory_mb, local_gb, status FROM computehosts",
                   "execute DROP TABLE computehosts",
                   "execute ALTER TABLE tmp_computehosts RENAME TO computehosts"}));
}

TEST(BlazarOperationsTest, AggregateId7f1a7bbb2cd2) {
  expect_all_dialects("7f1a7bbb2cd2", kUp, {"add_column computehost_reservations.aggregate_id"});
  expect_all_dialects("7f1a7bbb2cd2", kDown, {"drop_column computehost_reservations.aggregate_id"});
  const auto add = only<AddColumn>(record(revision("7f1a7bbb2cd2"), "sqlite", kUp), 0);
  EXPECT_EQ(add.column, column("aggregate_id", types::integer()));
}

TEST(BlazarOperationsTest, InstanceReservations8805be233864) {
  expect_all_dialects("8805be233864", kUp, {"create_table instance_reservations"});
  expect_all_dialects("8805be233864", kDown, {"drop_table instance_reservations"});
  const auto ops = record(revision("8805be233864"), "mysql", kUp);
  const Table& t = only<CreateTable>(ops, 0).table;
  EXPECT_EQ(t.columns.size(), 12u);
  EXPECT_EQ(t.columns[8], column("affinity", types::boolean()).not_null());
  EXPECT_TRUE(t.check_constraints.empty());  // SQLAlchemy 1.4 Boolean: no CHECK
}

TEST(BlazarOperationsTest, BeforeEndba75b766b64e) {
  expect_all_dialects("ba75b766b64e", kUp, {"add_column computehost_reservations.before_end"});
  expect_all_dialects("ba75b766b64e", kDown, {"drop_column computehost_reservations.before_end"});
}

TEST(BlazarOperationsTest, DuplicateLeaseNames6bfd1c23aa18) {
  expect_all_dialects("6bfd1c23aa18", kUp, {"drop_constraint unique leases (name)"});
  expect_all_dialects("6bfd1c23aa18", kDown,
                      {"create_unique_constraint uniq_leases0name leases(name)"});
}

TEST(BlazarOperationsTest, ResourceMonitoring97d2cad1504e) {
  expect_all_dialects("97d2cad1504e", kUp,
                      {"add_column computehosts.reservable NOT NULL", "add_column leases.degraded NOT NULL",
                       "add_column reservations.missing_resources NOT NULL",
                       "add_column reservations.resources_changed NOT NULL"});
  const auto ops = record(revision("97d2cad1504e"), "postgresql", kUp);
  EXPECT_EQ(only<AddColumn>(ops, 0).column.server_default, ServerDefault::true_value());
  for (std::size_t i = 1; i < 4; ++i) {
    EXPECT_EQ(only<AddColumn>(ops, i).column.server_default, ServerDefault::false_value());
    EXPECT_EQ(only<AddColumn>(ops, i).column.type, types::boolean());
  }
  expect_all_dialects("97d2cad1504e", kDown,
                      {"drop_column reservations.resources_changed",
                       "drop_column reservations.missing_resources", "drop_column leases.degraded",
                       "drop_column computehosts.reservable"});
}

TEST(BlazarOperationsTest, UnusedStatusFieldse66f199a5414) {
  expect_all_dialects("e66f199a5414", kUp,
                      {"drop_column computehost_reservations.status", "drop_column leases.action",
                       "drop_column leases.status_reason"});
  expect_all_dialects("e66f199a5414", kDown,
                      {"add_column leases.status_reason", "add_column leases.action",
                       "add_column computehost_reservations.status"});
  const auto ops = record(revision("e66f199a5414"), "mysql", kDown);
  EXPECT_EQ(only<AddColumn>(ops, 2).column.type, types::string(13));
}

TEST(BlazarOperationsTest, LeaseStatus75a74e4539cbIsOnePortableUpdate) {
  const std::string has = "EXISTS (SELECT 1 FROM events WHERE events.lease_id = leases.id AND ";
  const std::string start = has + "events.event_type = 'start_lease' AND events.status = ";
  const std::string end = has + "events.event_type = 'end_lease' AND events.status = ";
  const std::string update =
      "execute UPDATE leases SET status = CASE"
      " WHEN " + start + "'DONE') AND " + end + "'DONE') THEN 'TERMINATED'"
      " WHEN " + start + "'DONE') AND " + end + "'UNDONE') THEN 'ACTIVE'"
      " WHEN " + start + "'UNDONE') AND " + end + "'UNDONE') THEN 'PENDING'"
      " ELSE 'ERROR' END";
  expect_all_dialects("75a74e4539cb", kUp, {update});
  expect_all_dialects("75a74e4539cb", kDown, {"execute UPDATE leases SET status = NULL"});
  // Plain SQL, the same on every dialect, so offline --sql can write it too.
  const auto ops = record(revision("75a74e4539cb"), "postgresql", kUp);
  EXPECT_TRUE(only<Execute>(ops, 0).per_dialect.empty());
  EXPECT_FALSE(only<Execute>(ops, 0).sql.empty());
}

TEST(BlazarOperationsTest, InstanceResourcePropertiesc0ae6b08b0d7) {
  expect_all_dialects("c0ae6b08b0d7", kUp, {"add_column instance_reservations.resource_properties"});
  expect_all_dialects("c0ae6b08b0d7", kDown, {"drop_column instance_reservations.resource_properties"});
  const auto add = only<AddColumn>(record(revision("c0ae6b08b0d7"), "mysql", kUp), 0);
  EXPECT_EQ(add.column.type, types::medium_text());
  EXPECT_FALSE(add.column.server_default.has_value());
}

TEST(BlazarOperationsTest, AvailabilityZone35b314cd39ee) {
  // Added, filled with '' (the model's default, MySQL's implicit one), then NOT NULL: hosts survive it.
  expect_all_dialects("35b314cd39ee", kUp,
                      {"add_column computehosts.availability_zone",
                       "execute UPDATE computehosts SET availability_zone = '' WHERE availability_zone IS NULL",
                       "alter_column computehosts.availability_zone not_null"});
  expect_all_dialects("35b314cd39ee", kDown, {"drop_column computehosts.availability_zone"});
  const auto add = only<AddColumn>(record(revision("35b314cd39ee"), "postgresql", kUp), 0);
  EXPECT_FALSE(add.column.server_default.has_value());
}

TEST(BlazarOperationsTest, AffinityNullable9593f3656974) {
  expect_all_dialects("9593f3656974", kUp, {"alter_column instance_reservations.affinity nullable"});
  expect_all_dialects("9593f3656974", kDown, {"alter_column instance_reservations.affinity not_null"});
  for (auto d : {kUp, kDown}) {
    const auto alter = only<AlterColumn>(record(revision("9593f3656974"), "mysql", d), 0);
    EXPECT_EQ(alter.existing_type, types::tiny_integer(1));
    EXPECT_FALSE(alter.type.has_value());
  }
}

TEST(BlazarOperationsTest, Floatingipse069c014356d) {
  expect_all_dialects("e069c014356d", kUp, {"create_table floatingips"});
  expect_all_dialects("e069c014356d", kDown, {"drop_table floatingips"});
  const auto ops = record(revision("e069c014356d"), "sqlite", kUp);
  const Table& t = only<CreateTable>(ops, 0).table;
  EXPECT_EQ(t.columns.back().server_default, ServerDefault::expression("true"));
  EXPECT_EQ(t.unique_constraints,
            (std::vector<UniqueConstraint>{{.columns = {"subnet_id", "floating_ip_address"}}}));
}

TEST(BlazarOperationsTest, FloatingipReservationf4084140f608) {
  expect_all_dialects("f4084140f608", kUp,
                      {"create_table floatingip_allocations", "create_table floatingip_reservations",
                       "create_table required_floatingips"});
  expect_all_dialects("f4084140f608", kDown,
                      {"drop_table required_floatingips", "drop_table floatingip_reservations",
                       "drop_table floatingip_allocations"});
}

TEST(BlazarOperationsTest, ResourceProperty02e2f2186d98Upgrade) {
  const std::string insert = "execute INSERT INTO resource_properties (id, resource_type, property_name) SELECT ";
  const std::string names =
      ", 'physical:host', capability_name FROM (SELECT DISTINCT capability_name FROM "
      "computehost_extra_capabilities) AS names";
  const std::string fk =
      "create_foreign_key computehost_resource_property_id_fk "
      "computehost_extra_capabilities(property_id) resource_properties(id)";
  // SQLite does what the other dialects do (upstream only creates the table there).
  const Lines lite = summary("02e2f2186d98", "sqlite", kUp);
  ASSERT_EQ(lite.size(), 7u);
  EXPECT_EQ(lite[0], "create_table resource_properties");
  EXPECT_EQ(lite[1].rfind(insert + "lower(hex(randomblob(4)))", 0), 0u) << lite[1];
  EXPECT_EQ(lite[2], "add_column computehost_extra_capabilities.property_id");
  EXPECT_EQ(lite[3], "execute UPDATE computehost_extra_capabilities SET property_id = (SELECT e.id FROM "
                     "resource_properties AS e WHERE e.property_name = computehost_extra_capabilities.capability_name) "
                     "WHERE property_id IS NULL");
  EXPECT_EQ(lite[4], "alter_column computehost_extra_capabilities.property_id not_null");
  EXPECT_EQ(lite[5], fk);
  EXPECT_EQ(lite[6], "drop_column computehost_extra_capabilities.capability_name");
  EXPECT_EQ(summary("02e2f2186d98", "mysql", kUp),
            (Lines{"create_table resource_properties", insert + "UUID()" + names,
                   "add_column computehost_extra_capabilities.property_id NOT NULL",
                   "execute UPDATE computehost_extra_capabilities c LEFT JOIN resource_properties e "
                   "ON e.property_name = c.capability_name SET c.property_id = e.id",
                   fk, "drop_column computehost_extra_capabilities.capability_name"}));
  EXPECT_EQ(summary("02e2f2186d98", "postgresql", kUp),
            (Lines{"create_table resource_properties", insert + "gen_random_uuid()::text" + names,
                   "add_column computehost_extra_capabilities.property_id",
                   "execute UPDATE computehost_extra_capabilities AS c SET property_id = e.id "
                   "FROM resource_properties AS e WHERE e.property_name = c.capability_name",
                   "alter_column computehost_extra_capabilities.property_id not_null",
                   fk, "drop_column computehost_extra_capabilities.capability_name"}));
  const auto ops = record(revision("02e2f2186d98"), "postgresql", kUp);
  EXPECT_EQ(only<AlterColumn>(ops, 4).existing_type, types::string(255));
  const Table& t = only<CreateTable>(ops, 0).table;
  EXPECT_EQ(t.columns[3], column("private", types::boolean()).not_null().with_default(
                              ServerDefault::false_value()));
  EXPECT_EQ(t.unique_constraints,
            (std::vector<UniqueConstraint>{{.columns = {"resource_type", "property_name"}}}));
}

TEST(BlazarOperationsTest, ResourceProperty02e2f2186d98Downgrade) {
  const std::string tail_fk =
      "drop_constraint foreignkey computehost_extra_capabilities computehost_resource_property_id_fk";
  EXPECT_EQ(summary("02e2f2186d98", "sqlite", kDown),
            (Lines{"add_column computehost_extra_capabilities.capability_name",
                   "execute UPDATE computehost_extra_capabilities SET capability_name = (SELECT e.property_name FROM "
                   "resource_properties AS e WHERE e.id = computehost_extra_capabilities.property_id) WHERE "
                   "capability_name IS NULL",
                   "alter_column computehost_extra_capabilities.capability_name not_null", tail_fk,
                   "drop_column computehost_extra_capabilities.property_id", "drop_table resource_properties"}));
  EXPECT_EQ(summary("02e2f2186d98", "mysql", kDown),
            (Lines{"add_column computehost_extra_capabilities.capability_name NOT NULL",
                   "execute UPDATE computehost_extra_capabilities c LEFT JOIN resource_properties e "
                   "ON e.id = c.property_id SET c.capability_name = e.property_name",
                   tail_fk, "drop_column computehost_extra_capabilities.property_id",
                   "drop_table resource_properties"}));
  EXPECT_EQ(summary("02e2f2186d98", "postgresql", kDown),
            (Lines{"add_column computehost_extra_capabilities.capability_name",
                   "execute UPDATE computehost_extra_capabilities AS c SET capability_name = "
                   "e.property_name FROM resource_properties AS e WHERE e.id = c.property_id",
                   "alter_column computehost_extra_capabilities.capability_name not_null",
                   tail_fk, "drop_column computehost_extra_capabilities.property_id",
                   "drop_table resource_properties"}));
  const auto ops = record(revision("02e2f2186d98"), "mysql", kDown);
  EXPECT_EQ(only<AddColumn>(ops, 0).column.type, types::string(64));
}

TEST(BlazarOperationsTest, InventoryAndTraits553383923ca0) {
  expect_all_dialects("553383923ca0", kUp,
                      {"create_table computehost_resource_inventory", "create_table computehost_trait"});
  expect_all_dialects("553383923ca0", kDown,
                      {"drop_table computehost_trait", "drop_table computehost_resource_inventory"});
  const auto ops = record(revision("553383923ca0"), "mysql", kUp);
  const Table& t = only<CreateTable>(ops, 0).table;
  EXPECT_EQ(t.columns.size(), 11u);
  EXPECT_EQ(t.columns.back(), column("allocation_ratio", types::floating()).not_null());
}

TEST(BlazarOperationsTest, NoRevisionNeedsAnOnlineCallback) {
  // Every data migration is plain SQL, so offline --sql works for the whole tree.
  for (const std::string dialect : {"sqlite", "postgresql", "mysql"}) {
    for (auto d : {kUp, kDown}) {
      for (const Revision& rev : plugin().revisions) {
        for (const auto& op : record(rev, dialect, d)) {
          EXPECT_FALSE(std::holds_alternative<OnlineCallback>(op)) << rev.id << " " << dialect;
        }
      }
    }
  }
}

}  // namespace
}  // namespace dbm::blazar::test
