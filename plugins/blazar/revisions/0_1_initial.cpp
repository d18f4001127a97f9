// Revision 0_1 (Icehouse Initial): the seven tables blazar started with.
// Every id column is both primary_key=True and named in an explicit PRIMARY
// KEY constraint upstream; both are kept. All foreign keys are unnamed.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

// Upstream's MediumText() helper: TEXT, MEDIUMTEXT on MySQL.
Column medium_text(std::string name) { return column(std::move(name), types::medium_text()); }

// Every table starts with timestamps() and primary_key_id(); the uuid default
// upstream gives id is client-side only: no DDL.

Table computehosts() {
  Table t = table("computehosts", {
      timestamps(),
      primary_key_id(),
      column("vcpus", types::integer()).not_null(),
      medium_text("cpu_info").not_null(),
      medium_text("hypervisor_type").not_null(),
      column("hypervisor_version", types::integer()).not_null(),
      column("hypervisor_hostname", types::string(255)),
      column("memory_mb", types::integer()).not_null(),
      column("local_gb", types::integer()).not_null(),
      column("status", types::string(13)),
  });
  t.primary_key = primary_key({"id"});
  return t;
}

Table leases() {
  Table t = table("leases", {
      timestamps(),
      primary_key_id(),
      column("name", types::string(80)).not_null(),
      column("user_id", types::string(255)),
      column("tenant_id", types::string(255)),
      column("start_date", types::date_time()).not_null(),
      column("end_date", types::date_time()).not_null(),
      column("trust_id", types::string(36)),
  });
  t.primary_key = primary_key({"id"});
  t.unique_constraints = {{.columns = {"name"}}};
  return t;
}

Table reservations() {
  Table t = table("reservations", {
      timestamps(),
      primary_key_id(),
      column("lease_id", types::string(36)).not_null(),
      column("resource_id", types::string(36)),
      column("resource_type", types::string(66)),
      column("status", types::string(13)),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("lease_id", "leases")};
  return t;
}

Table computehost_extra_capabilities() {
  Table t = table("computehost_extra_capabilities", {
      timestamps(),
      primary_key_id(),
      column("computehost_id", types::string(36)),
      column("capability_name", types::string(64)).not_null(),
      medium_text("capability_value").not_null(),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("computehost_id", "computehosts")};
  return t;
}

Table events() {
  Table t = table("events", {
      timestamps(),
      primary_key_id(),
      column("lease_id", types::string(36)),
      column("event_type", types::string(66)),
      column("time", types::date_time()),
      column("status", types::string(13)),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("lease_id", "leases")};
  return t;
}

Table computehost_allocations() {
  Table t = table("computehost_allocations", {
      timestamps(),
      primary_key_id(),
      column("compute_host_id", types::string(36)),
      column("reservation_id", types::string(36)),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("compute_host_id", "computehosts"), foreign_key("reservation_id", "reservations")};
  return t;
}

Table computehost_reservations() {
  Table t = table("computehost_reservations", {
      timestamps(),
      primary_key_id(),
      column("reservation_id", types::string(36)),
      medium_text("resource_properties"),
      column("count_range", types::string(36)),
      medium_text("hypervisor_properties"),
      column("status", types::string(13)),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("reservation_id", "reservations")};
  return t;
}

void upgrade(Operations& op) {
  op.create_table(computehosts());
  op.create_table(leases());
  op.create_table(reservations());
  op.create_table(computehost_extra_capabilities());
  op.create_table(events());
  op.create_table(computehost_allocations());
  op.create_table(computehost_reservations());
}

void downgrade(Operations& op) {
  op.drop_table("computehost_extra_capabilities");
  op.drop_table("computehost_allocations");
  op.drop_table("computehost_reservations");
  op.drop_table("computehosts");
  op.drop_table("reservations");
  op.drop_table("events");
  op.drop_table("leases");
}

}  // namespace

DBM_REVISION({
    .id = "0_1",
    .down = {},
    .message = "Icehouse Initial",
    .create_date = "2014-02-19 17:23:47.705197",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
