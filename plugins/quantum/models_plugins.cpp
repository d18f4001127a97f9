// The models the core plugins define for themselves (openstack/vmware-nsx
// ca5a92d8, under quantum/plugins/): cisco/db/network_models_v2.py and
// nexus_models_v2.py, linuxbridge/db/l2network_models_v2.py,
// metaplugin/meta_models_v2.py, nec/db/models.py, openvswitch/ovs_models_v2.py,
// ryu/db/models_v2.py and nicira/nicira_nvp_plugin/nicira_models.py. Tables
// are in the order each module defines its classes, columns in SQLAlchemy's
// order. No column here has a server default; no key here has a name of its own.
#include <utility>

#include "models_parts.h"
#include "quantum_tables.h"

namespace dbm::quantum::models_parts {

namespace {

// An Integer key column upstream marks autoincrement=False: the plugin picks
// the values, so the database must not generate them (no SERIAL /
// AUTO_INCREMENT, even where it is the sole key column).
Column assigned_integer_key(std::string name) {
  return integer(std::move(name)).primary().with_autoincrement(Autoincrement::kNo);
}

// NEC's OFC* mapping tables: models_v2.HasId, then nec's own HasQuantumId
// mixin (a NOT NULL String(36) quantum_id).
Table ofc_mapping(std::string name) {
  return model(std::move(name), {primary_key_id(), string("quantum_id", 36).not_null()});
}

}  // namespace

// The cisco plugin's module cannot be imported by quantum-db-manage (its
// import reads an option only quantum-server registers), so these are the
// tables it declares where it does import, in quantum-server. Its V1 model
// modules use a declarative base of their own and declare nothing here.
std::vector<Table> cisco() {
  // network_models_v2. The sole Integer keys keep the default autoincrement:
  // the database generates them.
  std::vector<Table> tables = {
      model("cisco_vlan_ids", {integer("vlan_id").primary(), boolean("vlan_used")}),
      model("cisco_vlan_bindings",
            {
                integer("vlan_id").primary(),
                string("vlan_name", 255),
                string("network_id", 255).not_null(),
            }),
      // qoss and credentials declare tenant_id themselves (no HasTenant): their
      // second column, NOT NULL as half of the two-column key.
      model("qoss",
            {
                string("qos_id", 255),
                string("tenant_id", 255).primary(),
                string("qos_name", 255).primary(),
                string("qos_desc", 255),
            }),
      model("credentials",
            {
                string("credential_id", 255),
                string("tenant_id", 255).primary(),
                string("credential_name", 255).primary(),
                string("user_name", 255),
                string("password", 255),
            }),
  };
  // nexus_models_v2. Its mixin comes from the V1 module l2network_models,
  // whose table arguments ask MySQL for InnoDB: the only quantum model that
  // sets a table option. Its id is explicitly autoincrement=True.
  Table nexusport_bindings = model("nexusport_bindings",
                                   {
                                       integer("id").primary().with_autoincrement(Autoincrement::kYes),
                                       string("port_id", 255),
                                       integer("vlan_id").not_null(),
                                       string("switch_ip", 255),
                                       string("instance_id", 255),
                                   });
  nexusport_bindings.options = {{.key = "mysql_engine", .value = "InnoDB"}};
  tables.push_back(std::move(nexusport_bindings));
  return tables;
}

std::vector<Table> linuxbridge() {
  return {
      model("network_states",
            {
                string("physical_network", 64).primary(),
                assigned_integer_key("vlan_id"),
                boolean("allocated").not_null(),
            }),
      // vlan_id is outside the key: a plain NOT NULL Integer.
      model("network_bindings",
            {
                string("network_id", 36).primary(),
                string("physical_network", 64),
                integer("vlan_id").not_null(),
            },
            {cascading_key("network_id", "networks")}),
  };
}

// The flavor tables put their key column second, after flavor.
std::vector<Table> metaplugin() {
  return {
      model("networkflavors", {string("flavor", 255), string("network_id", 36).primary()},
            {cascading_key("network_id", "networks")}),
      model("routerflavors", {string("flavor", 255), string("router_id", 36).primary()},
            {cascading_key("router_id", "routers")}),
  };
}

std::vector<Table> nec() {
  return {
      ofc_mapping("ofctenants"),
      ofc_mapping("ofcnetworks"),
      ofc_mapping("ofcports"),
      ofc_mapping("ofcfilters"),
      // HasId alone; the plugin stores the quantum port's id there (no foreign key).
      model("portinfos",
            {
                primary_key_id(),
                string("datapath_id", 36).not_null(),
                integer("port_no").not_null(),
                integer("vlan_id").not_null(),
                string("mac", 32).not_null(),
            }),
      // network_id is nullable=False in the model (NOT NULL).
      model("packetfilters",
            {
                tenant_and_id(),
                string("network_id", 36).not_null(),
                integer("priority").not_null(),
                string("action", 16).not_null(),
                string("in_port", 36).not_null(),
                string("src_mac", 32).not_null(),
                string("dst_mac", 32).not_null(),
                integer("eth_type").not_null(),
                string("src_cidr", 64).not_null(),
                string("dst_cidr", 64).not_null(),
                string("protocol", 16).not_null(),
                integer("src_port").not_null(),
                integer("dst_port").not_null(),
                boolean("admin_state_up").not_null(),
                string("status", 16).not_null(),
            },
            {cascading_key("network_id", "networks")}),
  };
}

std::vector<Table> openvswitch() {
  return {
      model("ovs_vlan_allocations",
            {
                string("physical_network", 64).primary(),
                assigned_integer_key("vlan_id"),
                boolean("allocated").not_null(),
            }),
      model("ovs_tunnel_allocations", {assigned_integer_key("tunnel_id"), boolean("allocated").not_null()}),
      model("ovs_network_bindings",
            {
                string("network_id", 36).primary(),
                string("network_type", 32).not_null(),
                string("physical_network", 64),
                integer("segmentation_id"),
            },
            {cascading_key("network_id", "networks")}),
      model("ovs_tunnel_ips", {string("ip_address", 255).primary()}),
      // Keyed by the address; id is a plain NOT NULL Integer.
      model("ovs_tunnel_endpoints", {string("ip_address", 64).primary(), integer("id").not_null()}),
  };
}

std::vector<Table> ryu() {
  return {
      // A sole Integer key left at the default autoincrement: generated.
      model("tunnelkeylasts", {integer("last_key").primary()}),
      // Keyed by tunnel_key, which comes after network_id; the key to
      // networks has no ON DELETE.
      model("tunnelkeys", {string("network_id", 36).not_null(), assigned_integer_key("tunnel_key")},
            {foreign_key("network_id", "networks")}),
  };
}

std::vector<Table> nicira() {
  return {
      model("nvp_network_bindings",
            {
                string("network_id", 36).primary(),
                column("binding_type",
                       types::enumeration("nvp_network_bindings_binding_type", {"flat", "vlan", "stt", "gre"}))
                    .not_null(),
                string("tz_uuid", 36),
                integer("vlan_id"),
            },
            {cascading_key("network_id", "networks")}),
      // quantum_id is the port's id.
      model("quantum_nvp_port_mapping", {string("quantum_id", 36).primary(), string("nvp_id", 36)},
            {cascading_key("quantum_id", "ports")}),
  };
}

}  // namespace dbm::quantum::models_parts
