// Revision 12a57080b277: five InnoDB tables for services run on devices —
// servicetypes, deviceservicecontexts, serviceinstances, servicecontexts and
// servicedevicebindings (keyed by both of its columns). Keys are unnamed.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }

Table innodb(Table t, std::vector<std::string> key) {
  t.primary_key = primary_key(std::move(key));
  t.options = {{"mysql_engine", "InnoDB"}};
  return t;
}

Table servicetypes() {
  Table t = table("servicetypes", {
      string("tenant_id", 255),
      string("id", 36).not_null(),
      string("template_id", 36).not_null(),
      string("service_type", 255).not_null(),
  });
  t.foreign_keys = {foreign_key("template_id", "devicetemplates")};
  return innodb(std::move(t), {"id"});
}

Table deviceservicecontexts() {
  Table t = table("deviceservicecontexts", {
      string("id", 36).not_null(),
      string("device_id", 36),
      string("network_id", 36),
      string("subnet_id", 36),
      string("port_id", 36),
      string("router_id", 36),
      string("role", 255),
      column("index", types::integer()),
  });
  t.foreign_keys = {foreign_key("device_id", "devices")};
  return innodb(std::move(t), {"id"});
}

Table serviceinstances() {
  Table t = table("serviceinstances", {
      string("tenant_id", 255),
      string("id", 36).not_null(),
      string("name", 255),
      string("service_type_id", 36),
      string("service_table_id", 36),
      column("managed_by_user", types::boolean()),
      string("mgmt_driver", 255),
      string("mgmt_url", 255),
      string("status", 255).not_null(),
  });
  t.foreign_keys = {foreign_key("service_type_id", "servicetypes")};
  return innodb(std::move(t), {"id"});
}

Table servicecontexts() {
  Table t = table("servicecontexts", {
      string("id", 36).not_null(),
      string("service_instance_id", 36),
      string("network_id", 36),
      string("subnet_id", 36),
      string("port_id", 36),
      string("router_id", 36),
      string("role", 255),
      column("index", types::integer()),
  });
  t.foreign_keys = {foreign_key("service_instance_id", "serviceinstances")};
  return innodb(std::move(t), {"id"});
}

Table servicedevicebindings() {
  Table t = table("servicedevicebindings", {
      string("service_instance_id", 36).not_null(),
      string("device_id", 36).not_null(),
  });
  t.foreign_keys = {foreign_key("device_id", "devices"), foreign_key("service_instance_id", "serviceinstances")};
  return innodb(std::move(t), {"service_instance_id", "device_id"});
}

void upgrade(Operations& op) {
  op.create_table(servicetypes());
  op.create_table(deviceservicecontexts());
  op.create_table(serviceinstances());
  op.create_table(servicecontexts());
  op.create_table(servicedevicebindings());
}

}  // namespace

DBM_REVISION({
    .id = "12a57080b277",
    .down = {"5958429bcb3c"},
    .message = "Add Service related dbs",
    .create_date = "2015-11-26 15:18:19.623170",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
