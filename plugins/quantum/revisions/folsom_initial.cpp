// Revision folsom: the Folsom-release schema, the tree's base. Unlike every
// later revision it names no core plugins (runs_for stays "*"): it always
// creates the base networking tables, and the body picks the rest from
// [DEFAULT] core_plugin (unset reads as "", as upstream's option default):
// - the L3 tables for the plugins that had routers in Folsom,
// - quotas for the plugins that kept quotas in the database, only when
//   [QUOTAS] quota_driver names the database quota driver,
// - the plugin's own tables (cisco gets the OVS tables too, as its plugin
//   loaded the OVS models).
// Its downgrade drops the same groups in reverse: plugin tables, quotas, L3,
// base, each group children first.
//
// Integer key columns upstream marks autoincrement=False are kNo (plain
// INTEGER, never SERIAL / AUTO_INCREMENT); cisco's, marked True, are kYes.
// Upstream's autoincrement on columns outside a key changes no DDL and is
// not repeated here.
//
// Deviations from upstream (ca5a92d8), all in the cisco branch, which cannot
// run upstream:
// - upstream declares nexusport_bindings.vlan_id as Integer(255); SQLAlchemy
//   1.4's Integer takes no length and raises TypeError while building the
//   table, so `folsom` fails for cisco on every dialect (after the base and
//   seven cisco tables, which SQLite and MariaDB keep). We declare a plain
//   Integer, which is what the column holds.
// - upstream's cisco downgrade calls op.drop_tables, which Alembic does not
//   have, and names 'nextport_bindings', a table that never exists. We drop
//   the cisco tables this revision created, nexusport_bindings among them, in
//   upstream's order, which drops portprofile_bindings before the
//   portprofiles it references.
// Every other configuration gets exactly upstream's schema.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include <algorithm>
#include <initializer_list>
#include <string>

#include "core_plugins.h"
#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

namespace cp = core_plugin;

// The plugins that get folsom's router tables.
constexpr std::initializer_list<const char*> kL3Capable = {cp::kLinuxBridge, cp::kMeta, cp::kNec, cp::kOpenVSwitch,
                                                           cp::kRyu};
// The plugins that may get folsom's quotas table; NVP only under folsom's
// malformed spelling, which is kept because matching is exact.
constexpr std::initializer_list<const char*> kFolsomQuota = {cp::kLinuxBridge, cp::kNvpAsFolsomSpellsIt,
                                                             cp::kOpenVSwitch};

constexpr char kDbQuotaDriver[] = "quantum.extensions._quotav2_driver.DbQuotaDriver";

std::string active_plugin(const Operations& op) { return op.context().config("DEFAULT", "core_plugin").value_or(""); }

bool one_of(const std::string& plugin, std::initializer_list<const char*> plugins) {
  return std::any_of(plugins.begin(), plugins.end(), [&](const char* p) { return plugin == p; });
}

// The quotas table also needs the database quota driver configured.
bool creates_quotas(const Operations& op, const std::string& plugin) {
  return one_of(plugin, kFolsomQuota) && op.context().config("QUOTAS", "quota_driver") == kDbQuotaDriver;
}

void drop_tables(Operations& op, std::initializer_list<const char*> tables) {
  for (const char* t : tables) op.drop_table(t);
}

// ---- every plugin -------------------------------------------------------

void upgrade_base(Operations& op) {
  op.create_table({
      .name = "networks",
      .columns = {column("tenant_id", types::string(255)), column("id", types::string(36)).not_null(),
                  column("name", types::string(255)), column("status", types::string(16)),
                  column("admin_state_up", types::boolean()), column("shared", types::boolean())},
      .primary_key = primary_key({"id"}),
  });
  op.create_table({
      .name = "subnets",
      .columns = {column("tenant_id", types::string(255)), column("id", types::string(36)).not_null(),
                  column("name", types::string(255)), column("network_id", types::string(36)),
                  column("ip_version", types::integer()).not_null(), column("cidr", types::string(64)).not_null(),
                  column("gateway_ip", types::string(64)), column("enable_dhcp", types::boolean()),
                  column("shared", types::boolean())},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {foreign_key("network_id", "networks")},
  });
  op.create_table({
      .name = "ports",
      .columns = {column("tenant_id", types::string(255)), column("id", types::string(36)).not_null(),
                  column("name", types::string(255)), column("network_id", types::string(36)).not_null(),
                  column("mac_address", types::string(32)).not_null(),
                  column("admin_state_up", types::boolean()).not_null(), column("status", types::string(16)).not_null(),
                  column("device_id", types::string(255)).not_null(),
                  column("device_owner", types::string(255)).not_null()},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {foreign_key("network_id", "networks")},
  });
  op.create_table({
      .name = "dnsnameservers",
      .columns = {column("address", types::string(128)).not_null(), column("subnet_id", types::string(36)).not_null()},
      .primary_key = primary_key({"address", "subnet_id"}),
      .foreign_keys = {cascading_key("subnet_id", "subnets")},
  });
  op.create_table({
      .name = "ipallocations",
      .columns = {column("port_id", types::string(36)), column("ip_address", types::string(64)).not_null(),
                  column("subnet_id", types::string(36)).not_null(), column("network_id", types::string(36)).not_null(),
                  column("expiration", types::date_time())},
      .primary_key = primary_key({"ip_address", "subnet_id", "network_id"}),
      .foreign_keys = {cascading_key("network_id", "networks"), cascading_key("port_id", "ports"),
                       cascading_key("subnet_id", "subnets")},
  });
  op.create_table({
      .name = "routes",
      .columns = {column("destination", types::string(64)).not_null(), column("nexthop", types::string(64)).not_null(),
                  column("subnet_id", types::string(36)).not_null()},
      .primary_key = primary_key({"destination", "nexthop", "subnet_id"}),
      .foreign_keys = {cascading_key("subnet_id", "subnets")},
  });
  op.create_table({
      .name = "ipallocationpools",
      .columns = {column("id", types::string(36)).not_null(), column("subnet_id", types::string(36)),
                  column("first_ip", types::string(64)).not_null(), column("last_ip", types::string(64)).not_null()},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {cascading_key("subnet_id", "subnets")},
  });
  op.create_table({
      .name = "ipavailabilityranges",
      .columns = {column("allocation_pool_id", types::string(36)).not_null(),
                  column("first_ip", types::string(64)).not_null(), column("last_ip", types::string(64)).not_null()},
      .primary_key = primary_key({"allocation_pool_id", "first_ip", "last_ip"}),
      .foreign_keys = {cascading_key("allocation_pool_id", "ipallocationpools")},
  });
}

void downgrade_base(Operations& op) {
  drop_tables(op, {"ipavailabilityranges", "ipallocationpools", "routes", "ipallocations", "dnsnameservers", "ports",
                   "subnets", "networks"});
}

// ---- L3 ------------------------------------------------------------------

void upgrade_l3(Operations& op) {
  op.create_table({
      .name = "routers",
      .columns = {column("tenant_id", types::string(255)), column("id", types::string(36)).not_null(),
                  column("name", types::string(255)), column("status", types::string(16)),
                  column("admin_state_up", types::boolean()), column("gw_port_id", types::string(36))},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {foreign_key("gw_port_id", "ports")},
  });
  op.create_table({
      .name = "externalnetworks",
      .columns = {column("network_id", types::string(36)).not_null()},
      .primary_key = primary_key({"network_id"}),
      .foreign_keys = {cascading_key("network_id", "networks")},
  });
  op.create_table({
      .name = "floatingips",
      .columns = {column("tenant_id", types::string(255)), column("id", types::string(36)).not_null(),
                  column("floating_ip_address", types::string(64)).not_null(),
                  column("floating_network_id", types::string(36)).not_null(),
                  column("floating_port_id", types::string(36)).not_null(), column("fixed_port_id", types::string(36)),
                  column("fixed_ip_address", types::string(64)), column("router_id", types::string(36))},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {foreign_key("fixed_port_id", "ports"), foreign_key("floating_port_id", "ports"),
                       foreign_key("router_id", "routers")},
  });
}

void downgrade_l3(Operations& op) { drop_tables(op, {"floatingips", "routers", "externalnetworks"}); }

// ---- per plugin ----------------------------------------------------------

void upgrade_linuxbridge(Operations& op) {
  op.create_table({
      .name = "network_states",
      .columns = {column("physical_network", types::string(64)).not_null(),
                  column("vlan_id", types::integer()).not_null().with_autoincrement(Autoincrement::kNo),
                  column("allocated", types::boolean()).not_null()},
      .primary_key = primary_key({"physical_network", "vlan_id"}),
  });
  op.create_table({
      .name = "network_bindings",
      .columns = {column("network_id", types::string(36)).not_null(), column("physical_network", types::string(64)),
                  column("vlan_id", types::integer()).not_null()},
      .primary_key = primary_key({"network_id"}),
      .foreign_keys = {cascading_key("network_id", "networks")},
  });
}

void downgrade_linuxbridge(Operations& op) { drop_tables(op, {"network_bindings", "network_states"}); }

void upgrade_ovs(Operations& op) {
  op.create_table({
      .name = "ovs_tunnel_endpoints",
      .columns = {column("ip_address", types::string(64)).not_null(), column("id", types::integer()).not_null()},
      .primary_key = primary_key({"ip_address"}),
  });
  op.create_table({
      .name = "ovs_tunnel_ips",
      .columns = {column("ip_address", types::string(255)).not_null()},
      .primary_key = primary_key({"ip_address"}),
  });
  op.create_table({
      .name = "ovs_vlan_allocations",
      .columns = {column("physical_network", types::string(64)).not_null(),
                  column("vlan_id", types::integer()).not_null().with_autoincrement(Autoincrement::kNo),
                  column("allocated", types::boolean()).not_null()},
      .primary_key = primary_key({"physical_network", "vlan_id"}),
  });
  // A sole integer key the database must not generate (no SERIAL / AUTO_INCREMENT).
  op.create_table({
      .name = "ovs_tunnel_allocations",
      .columns = {column("tunnel_id", types::integer()).not_null().with_autoincrement(Autoincrement::kNo),
                  column("allocated", types::boolean()).not_null()},
      .primary_key = primary_key({"tunnel_id"}),
  });
  op.create_table({
      .name = "ovs_network_bindings",
      .columns = {column("network_id", types::string(36)).not_null(),
                  column("network_type", types::string(32)).not_null(), column("physical_network", types::string(64)),
                  column("segmentation_id", types::integer())},
      .primary_key = primary_key({"network_id"}),
      .foreign_keys = {cascading_key("network_id", "networks")},
  });
}

void downgrade_ovs(Operations& op) {
  drop_tables(op, {"ovs_network_bindings", "ovs_tunnel_allocations", "ovs_vlan_allocations", "ovs_tunnel_ips",
                   "ovs_tunnel_endpoints"});
}

void upgrade_meta(Operations& op) {
  op.create_table({
      .name = "networkflavors",
      .columns = {column("flavor", types::string(255)), column("network_id", types::string(36)).not_null()},
      .primary_key = primary_key({"network_id"}),
      .foreign_keys = {cascading_key("network_id", "networks")},
  });
  op.create_table({
      .name = "routerflavors",
      .columns = {column("flavor", types::string(255)), column("router_id", types::string(36)).not_null()},
      .primary_key = primary_key({"router_id"}),
      .foreign_keys = {cascading_key("router_id", "routers")},
  });
}

void downgrade_meta(Operations& op) { drop_tables(op, {"routerflavors", "networkflavors"}); }

// NEC's four id-mapping tables share one shape.
Table ofc_mapping(const char* name) {
  return {
      .name = name,
      .columns = {column("id", types::string(36)).not_null(), column("quantum_id", types::string(36)).not_null()},
      .primary_key = primary_key({"id"}),
  };
}

void upgrade_nec(Operations& op) {
  for (const char* name : {"ofctenants", "ofcnetworks", "ofcports", "ofcfilters"}) op.create_table(ofc_mapping(name));
  op.create_table({
      .name = "portinfos",
      .columns = {column("id", types::string(36)).not_null(), column("datapath_id", types::string(36)).not_null(),
                  column("port_no", types::integer()).not_null(), column("vlan_id", types::integer()).not_null(),
                  column("mac", types::string(32)).not_null()},
      .primary_key = primary_key({"id"}),
  });
  op.create_table({
      .name = "packetfilters",
      .columns = {column("tenant_id", types::string(255)), column("id", types::string(36)).not_null(),
                  column("network_id", types::string(36)), column("priority", types::integer()).not_null(),
                  column("action", types::string(16)).not_null(), column("in_port", types::string(36)).not_null(),
                  column("src_mac", types::string(32)).not_null(), column("dst_mac", types::string(32)).not_null(),
                  column("eth_type", types::integer()).not_null(), column("src_cidr", types::string(64)).not_null(),
                  column("dst_cidr", types::string(64)).not_null(), column("protocol", types::string(16)).not_null(),
                  column("src_port", types::integer()).not_null(), column("dst_port", types::integer()).not_null(),
                  column("admin_state_up", types::boolean()).not_null(),
                  column("status", types::string(16)).not_null()},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {cascading_key("network_id", "networks")},
  });
}

void downgrade_nec(Operations& op) {
  drop_tables(op, {"packetfilters", "portinfos", "ofcfilters", "ofcports", "ofcnetworks", "ofctenants"});
}

// Folsom's ofp_server id is not generated; the one 49332180ca96's downgrade
// puts back is.
void upgrade_ryu(Operations& op) { op.create_table(ofp_server_table(Autoincrement::kNo)); }

void downgrade_ryu(Operations& op) { op.drop_table("ofp_server"); }

// A cisco table keyed by one generated integer column.
Column generated_id(const char* name) { return column(name, types::integer()).with_autoincrement(Autoincrement::kYes); }

void upgrade_cisco(Operations& op) {
  op.create_table({
      .name = "cisco_vlan_ids",
      .columns = {generated_id("vlan_id"), column("vlan_used", types::boolean())},
      .primary_key = primary_key({"vlan_id"}),
  });
  op.create_table({
      .name = "cisco_vlan_bindings",
      .columns = {generated_id("vlan_id"), column("vlan_name", types::string(255)),
                  column("network_id", types::string(255)).not_null()},
      .primary_key = primary_key({"vlan_id"}),
  });
  op.create_table(cisco_portprofiles_table());
  op.create_table(cisco_portprofile_bindings_table());
  op.create_table({
      .name = "qoss",
      .columns = {column("qos_id", types::string(255)), column("tenant_id", types::string(255)),
                  column("qos_name", types::string(255)), column("qos_desc", types::string(255))},
      .primary_key = primary_key({"tenant_id", "qos_name"}),
  });
  op.create_table({
      .name = "credentials",
      .columns = {column("credential_id", types::string(255)), column("tenant_id", types::string(255)),
                  column("credential_name", types::string(255)), column("user_name", types::string(255)),
                  column("password", types::string(255))},
      .primary_key = primary_key({"tenant_id", "credential_name"}),
  });
  op.create_table(cisco_port_bindings_table());
  // vlan_id: Integer, where upstream's Integer(255) fails (see the note above).
  op.create_table({
      .name = "nexusport_bindings",
      .columns = {generated_id("id"), column("port_id", types::string(255)), column("vlan_id", types::integer())},
      .primary_key = primary_key({"id"}),
  });
}

void downgrade_cisco(Operations& op) {
  drop_tables(op, {"nexusport_bindings", "port_bindings", "credentials", "qoss", "portprofile_bindings", "portprofiles",
                   "cisco_vlan_bindings", "cisco_vlan_ids"});
}

void upgrade(Operations& op) {
  const std::string plugin = active_plugin(op);
  upgrade_base(op);
  if (one_of(plugin, kL3Capable)) upgrade_l3(op);
  if (creates_quotas(op, plugin)) op.create_table(quotas_table(/*tenant_id_indexed=*/true));
  if (plugin == cp::kLinuxBridge) {
    upgrade_linuxbridge(op);
  } else if (plugin == cp::kOpenVSwitch) {
    upgrade_ovs(op);
  } else if (plugin == cp::kCisco) {
    upgrade_cisco(op);
    upgrade_ovs(op);
  } else if (plugin == cp::kMeta) {
    upgrade_meta(op);
  } else if (plugin == cp::kNec) {
    upgrade_nec(op);
  } else if (plugin == cp::kRyu) {
    upgrade_ryu(op);
  }
}

void downgrade(Operations& op) {
  const std::string plugin = active_plugin(op);
  if (plugin == cp::kLinuxBridge) {
    downgrade_linuxbridge(op);
  } else if (plugin == cp::kOpenVSwitch) {
    downgrade_ovs(op);
  } else if (plugin == cp::kCisco) {
    downgrade_ovs(op);
    downgrade_cisco(op);
  } else if (plugin == cp::kMeta) {
    downgrade_meta(op);
  } else if (plugin == cp::kNec) {
    downgrade_nec(op);
  } else if (plugin == cp::kRyu) {
    downgrade_ryu(op);
  }
  if (creates_quotas(op, plugin)) op.drop_table("quotas");
  if (one_of(plugin, kL3Capable)) downgrade_l3(op);
  downgrade_base(op);
}

}  // namespace

DBM_REVISION({
    .id = "folsom",
    .message = "folsom initial database",
    .create_date = "2012-12-03 09:14:50.579765",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::quantum
