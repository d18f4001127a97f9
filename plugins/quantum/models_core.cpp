// The models of quantum's shared database modules (openstack/vmware-nsx
// ca5a92d8): quantum/db/models_v2.py, servicetype_db.py, l3_db.py,
// quota_db.py, securitygroups_db.py and portsecurity_db.py, with the table
// naming of quantum/db/model_base.py (class name, lower case, plus "s") and
// the shared column shapes of models_parts.h. Tables are in the order each
// module defines its classes, columns in SQLAlchemy's order. Facts only:
// the uuid ids' defaults and servicetypes' defaults are client-side, so no
// column here has a server default; no key here has a name of its own.
#include <utility>

#include "models_parts.h"
#include "quantum_tables.h"

namespace dbm::quantum::models_parts {

Table model(std::string name, std::initializer_list<ColumnGroup> columns, std::vector<ForeignKey> foreign_keys) {
  Table t = table(std::move(name), columns);
  t.foreign_keys = std::move(foreign_keys);
  return t;
}

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }

Column integer(std::string name) { return column(std::move(name), types::integer()); }

Column boolean(std::string name) { return column(std::move(name), types::boolean()); }

std::vector<Column> tenant_and_id() { return {string("tenant_id", 255), primary_key_id()}; }

std::vector<Table> models_v2() {
  return {
      // Defined (and registered) before the ipallocationpools it references:
      // this is registration order; creation order follows the foreign keys.
      model("ipavailabilityranges",
            {
                string("allocation_pool_id", 36).primary(),
                string("first_ip", 64).primary(),
                string("last_ip", 64).primary(),
            },
            {cascading_key("allocation_pool_id", "ipallocationpools")}),
      model("ipallocationpools",
            {
                primary_key_id(),
                string("subnet_id", 36),
                string("first_ip", 64).not_null(),
                string("last_ip", 64).not_null(),
            },
            {cascading_key("subnet_id", "subnets")}),
      model("ipallocations",
            {
                string("port_id", 36),
                string("ip_address", 64).primary(),
                string("subnet_id", 36).primary(),
                string("network_id", 36).primary(),
                column("expiration", types::date_time()),
            },
            {cascading_key("port_id", "ports"), cascading_key("subnet_id", "subnets"),
             cascading_key("network_id", "networks")}),
      model("ports",
            {
                tenant_and_id(),
                string("name", 255),
                string("network_id", 36).not_null(),
                string("mac_address", 32).not_null(),
                boolean("admin_state_up").not_null(),
                string("status", 16).not_null(),
                string("device_id", 255).not_null(),
                string("device_owner", 255).not_null(),
            },
            {foreign_key("network_id", "networks")}),
      model("dnsnameservers",
            {
                string("address", 128).primary(),
                string("subnet_id", 36).primary(),
            },
            {cascading_key("subnet_id", "subnets")}),
      model("routes",
            {
                string("destination", 64).primary(),
                string("nexthop", 64).primary(),
                string("subnet_id", 36).primary(),
            },
            {cascading_key("subnet_id", "subnets")}),
      model("subnets",
            {
                tenant_and_id(),
                string("name", 255),
                string("network_id", 36),
                integer("ip_version").not_null(),
                string("cidr", 64).not_null(),
                string("gateway_ip", 64),
                boolean("enable_dhcp"),
                boolean("shared"),
            },
            {foreign_key("network_id", "networks")}),
      model("networks",
            {
                tenant_and_id(),
                string("name", 255),
                string("status", 16),
                boolean("admin_state_up"),
                boolean("shared"),
            }),
  };
}

// Not imported by any core plugin module: quantum-server loads it with the
// servicetype extension, which its extension manager loads for every plugin.
std::vector<Table> servicetype_db() {
  return {
      // A three-column key, id included; the key to servicetypes cascades.
      model("servicedefinitions",
            {
                primary_key_id(),
                string("service_class", 255).primary(),
                string("plugin", 255),
                string("driver", 255),
                string("service_type_id", 36).primary(),
            },
            {cascading_key("service_type_id", "servicetypes")}),
      // `default` (False) and num_instances (0) default client-side only.
      model("servicetypes",
            {
                tenant_and_id(),
                string("name", 255),
                string("description", 255),
                boolean("default").not_null(),
                integer("num_instances"),
            }),
  };
}

std::vector<Table> l3_db() {
  return {
      model("routers",
            {
                tenant_and_id(),
                string("name", 255),
                string("status", 16),
                boolean("admin_state_up"),
                string("gw_port_id", 36),
            },
            {foreign_key("gw_port_id", "ports")}),
      model("externalnetworks", {string("network_id", 36).primary()}, {cascading_key("network_id", "networks")}),
      model("floatingips",
            {
                tenant_and_id(),
                string("floating_ip_address", 64).not_null(),
                string("floating_network_id", 36).not_null(),
                string("floating_port_id", 36).not_null(),
                string("fixed_port_id", 36),
                string("fixed_ip_address", 64),
                string("router_id", 36),
            },
            {foreign_key("floating_port_id", "ports"), foreign_key("fixed_port_id", "ports"),
             foreign_key("router_id", "routers")}),
  };
}

std::vector<Table> quota_db() {
  return {
      // HasId alone, so id first. tenant_id is index=True: a plain index
      // named ix_quotas_tenant_id.
      model("quotas",
            {
                primary_key_id(),
                string("tenant_id", 255).indexed(),
                string("resource", 255),
                integer("limit"),
            }),
  };
}

std::vector<Table> securitygroups_db() {
  return {
      // external_id is declared unique=True on the column: an unnamed
      // one-column unique constraint, the database names it.
      model("securitygroups",
            {
                tenant_and_id(),
                string("name", 255),
                string("description", 255),
                integer("external_id").unique_key(),
            }),
      // Only the port side cascades.
      model("securitygroupportbindings",
            {
                string("port_id", 36).primary(),
                string("security_group_id", 36).primary(),
            },
            {cascading_key("port_id", "ports"), foreign_key("security_group_id", "securitygroups")}),
      model("securitygrouprules",
            {
                tenant_and_id(),
                integer("external_id"),
                string("security_group_id", 36).not_null(),
                string("source_group_id", 36),
                column("direction", types::enumeration("securitygrouprules_direction", {"ingress", "egress"})),
                string("ethertype", 40),
                string("protocol", 40),
                integer("port_range_min"),
                integer("port_range_max"),
                string("source_ip_prefix", 255),
            },
            {cascading_key("security_group_id", "securitygroups"),
             cascading_key("source_group_id", "securitygroups")}),
  };
}

std::vector<Table> portsecurity_db() {
  return {
      model("portsecuritybindings",
            {
                string("port_id", 36).primary(),
                boolean("port_security_enabled").not_null(),
            },
            {cascading_key("port_id", "ports")}),
      model("networksecuritybindings",
            {
                string("network_id", 36).primary(),
                boolean("port_security_enabled").not_null(),
            },
            {cascading_key("network_id", "networks")}),
  };
}

}  // namespace dbm::quantum::models_parts
