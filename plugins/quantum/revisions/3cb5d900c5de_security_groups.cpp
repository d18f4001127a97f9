// Revision 3cb5d900c5de (linuxbridge, nvp, ovs, nec): security groups, their
// rules (direction is the enum securitygrouprules_direction) and the ports
// they are bound to.
//
// Deviation from upstream (ca5a92d8): upstream's downgrade drops the tables
// but leaves the PostgreSQL type securitygrouprules_direction behind, so a
// later `upgrade head` on that database fails here with "type ... already
// exists". After dropping the tables we drop the type, on PostgreSQL only
// (the other dialects have no named enum types). The schema otherwise equals
// upstream's on every dialect.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "core_plugins.h"
#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

constexpr char kDirectionType[] = "securitygrouprules_direction";

void upgrade(Operations& op) {
  op.create_table({
      .name = "securitygroups",
      .columns = {column("tenant_id", types::string(255)), column("id", types::string(36)).not_null(),
                  column("name", types::string(255)), column("description", types::string(255)),
                  column("external_id", types::integer())},
      .primary_key = primary_key({"id"}),
      .unique_constraints = {{.columns = {"external_id"}}},
  });
  op.create_table({
      .name = "securitygrouprules",
      .columns = {column("tenant_id", types::string(255)), column("id", types::string(36)).not_null(),
                  column("external_id", types::integer()), column("security_group_id", types::string(36)).not_null(),
                  column("source_group_id", types::string(36)),
                  column("direction", types::enumeration(kDirectionType, {"ingress", "egress"})),
                  column("ethertype", types::string(40)), column("protocol", types::string(40)),
                  column("port_range_min", types::integer()), column("port_range_max", types::integer()),
                  column("source_ip_prefix", types::string(255))},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {cascading_key("security_group_id", "securitygroups"),
                       cascading_key("source_group_id", "securitygroups")},
  });
  op.create_table({
      .name = "securitygroupportbindings",
      .columns = {column("port_id", types::string(36)).not_null(),
                  column("security_group_id", types::string(36)).not_null()},
      .primary_key = primary_key({"port_id", "security_group_id"}),
      .foreign_keys = {cascading_key("port_id", "ports"), foreign_key("security_group_id", "securitygroups")},
  });
}

void downgrade(Operations& op) {
  op.drop_table("securitygroupportbindings");
  op.drop_table("securitygrouprules");
  op.drop_table("securitygroups");
  drop_enum_type(op, kDirectionType);
}

}  // namespace

DBM_REVISION({
    .id = "3cb5d900c5de",
    .down = {"48b6f43f7471"},
    .message = "security_groups",
    .create_date = "2013-01-08 00:13:43.051078",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .runs_for = {core_plugin::kLinuxBridge, core_plugin::kNvp, core_plugin::kOpenVSwitch, core_plugin::kNec},
})

}  // namespace dbm::quantum
