// The blazar schema at head as upstream's ORM models declare it (openstack/
// blazar acc44dc9, blazar/db/sqlalchemy/models.py), for autogenerate. Where the
// models and the migrations disagree (property_id is String(36) here but 255
// in 02e2f2186d98; floatingips.reservable defaults to sa.true() here but to
// the text `true` there) the models are what is ported. Knows no revision.
#include "blazar_plugin.h"

#include <dbm/columns.h>

namespace dbm::blazar {

namespace {

// Every model gets oslo.db's timestamp columns and a uuid string id; the uuid
// default is client-side.
Table model(std::string name, std::vector<Column> columns) {
  return table(std::move(name), {timestamps(), primary_key_id(), std::move(columns)});
}

Column flag(std::string name, ServerDefault value) {
  return column(std::move(name), types::boolean()).not_null().with_default(std::move(value));
}

Column medium_text(std::string name) { return column(std::move(name), types::medium_text()); }
Column integer(std::string name) { return column(std::move(name), types::integer()); }
Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }

}  // namespace

std::vector<Table> models() {
  std::vector<Table> tables;

  Table leases = model("leases", {
      string("name", 80).not_null(),
      string("user_id", 255),
      string("project_id", 255),
      column("start_date", types::date_time()).not_null(),
      column("end_date", types::date_time()).not_null(),
      string("trust_id", 36),
      string("status", 255),
      flag("degraded", ServerDefault::false_value()),
  });
  tables.push_back(leases);

  Table reservations = model("reservations", {
      string("lease_id", 36).not_null(),
      string("resource_id", 36),
      string("resource_type", 66),
      string("status", 13),
      flag("missing_resources", ServerDefault::false_value()),
      flag("resources_changed", ServerDefault::false_value()),
  });
  reservations.foreign_keys = {foreign_key("lease_id", "leases")};
  tables.push_back(reservations);

  Table events = model("events", {
      string("lease_id", 36),
      string("event_type", 66),
      column("time", types::date_time()),
      string("status", 13),
  });
  events.foreign_keys = {foreign_key("lease_id", "leases")};
  tables.push_back(events);

  Table resource_properties = model("resource_properties", {
      string("resource_type", 255).not_null(),
      string("property_name", 255).not_null(),
      flag("private", ServerDefault::false_value()),
  });
  resource_properties.unique_constraints = {{.columns = {"resource_type", "property_name"}}};
  tables.push_back(resource_properties);

  Table computehost_reservations = model("computehost_reservations", {
      string("reservation_id", 36),
      integer("aggregate_id"),
      medium_text("resource_properties"),
      string("count_range", 36),
      medium_text("hypervisor_properties"),
      string("before_end", 36),
  });
  computehost_reservations.foreign_keys = {foreign_key("reservation_id", "reservations")};
  tables.push_back(computehost_reservations);

  Table instance_reservations = model("instance_reservations", {
      string("reservation_id", 36),
      integer("vcpus").not_null(),
      integer("memory_mb").not_null(),
      integer("disk_gb").not_null(),
      integer("amount").not_null(),
      column("affinity", types::boolean()),
      medium_text("resource_properties"),
      string("flavor_id", 36),
      integer("aggregate_id"),
      string("server_group_id", 36),
  });
  instance_reservations.foreign_keys = {foreign_key("reservation_id", "reservations")};
  tables.push_back(instance_reservations);

  Table computehost_allocations = model("computehost_allocations", {
      string("compute_host_id", 36),
      string("reservation_id", 36),
  });
  computehost_allocations.foreign_keys = {foreign_key("compute_host_id", "computehosts"),
                                          foreign_key("reservation_id", "reservations")};
  tables.push_back(computehost_allocations);

  tables.push_back(model("computehosts", {
      integer("vcpus").not_null(),
      medium_text("cpu_info").not_null(),
      medium_text("hypervisor_type").not_null(),
      integer("hypervisor_version").not_null(),
      string("hypervisor_hostname", 255),
      string("service_name", 255),
      integer("memory_mb").not_null(),
      integer("local_gb").not_null(),
      string("status", 13),
      string("availability_zone", 255).not_null(),
      string("trust_id", 36).not_null(),
      flag("reservable", ServerDefault::true_value()),
  }));

  Table extra_capabilities = model("computehost_extra_capabilities", {
      string("computehost_id", 36),
      string("property_id", 36).not_null(),
      medium_text("capability_value").not_null(),
  });
  extra_capabilities.foreign_keys = {foreign_key("computehost_id", "computehosts"),
                                     foreign_key("property_id", "resource_properties")};
  tables.push_back(extra_capabilities);

  Table inventory = model("computehost_resource_inventory", {
      string("computehost_id", 36),
      string("resource_class", 255).not_null(),
      integer("total").not_null(),
      integer("reserved").not_null(),
      integer("min_unit").not_null(),
      integer("max_unit").not_null(),
      integer("step_size").not_null(),
      column("allocation_ratio", types::floating()).not_null(),
  });
  inventory.foreign_keys = {foreign_key("computehost_id", "computehosts")};
  tables.push_back(inventory);

  Table traits = model("computehost_trait", {
      string("computehost_id", 36),
      string("trait", 255).not_null(),
  });
  traits.foreign_keys = {foreign_key("computehost_id", "computehosts")};
  tables.push_back(traits);

  Table fip_reservations = model("floatingip_reservations", {
      string("reservation_id", 36),
      string("network_id", 255).not_null(),
      integer("amount").not_null(),
  });
  fip_reservations.foreign_keys = {foreign_key("reservation_id", "reservations")};
  tables.push_back(fip_reservations);

  Table required_fips = model("required_floatingips", {
      string("address", 255).not_null(),
      string("floatingip_reservation_id", 36),
  });
  required_fips.foreign_keys = {foreign_key("floatingip_reservation_id", "floatingip_reservations")};
  tables.push_back(required_fips);

  Table fip_allocations = model("floatingip_allocations", {
      string("floatingip_id", 36),
      string("reservation_id", 36),
  });
  fip_allocations.foreign_keys = {foreign_key("floatingip_id", "floatingips"),
                                  foreign_key("reservation_id", "reservations")};
  tables.push_back(fip_allocations);

  Table floatingips = model("floatingips", {
      string("floating_network_id", 255).not_null(),
      string("subnet_id", 255).not_null(),
      string("floating_ip_address", 255).not_null(),
      flag("reservable", ServerDefault::true_value()),
  });
  floatingips.unique_constraints = {{.columns = {"subnet_id", "floating_ip_address"}}};
  tables.push_back(floatingips);

  return tables;
}

}  // namespace dbm::blazar
