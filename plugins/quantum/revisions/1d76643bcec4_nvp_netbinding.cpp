// Revision 1d76643bcec4 (nvp): how each network is bound to the NVP
// transport (binding_type is the enum nvp_network_bindings_binding_type).
//
// Deviation from upstream (ca5a92d8): upstream's downgrade leaves the
// PostgreSQL type nvp_network_bindings_binding_type behind, so a later
// `upgrade head` on that database fails here with "type ... already exists".
// After dropping the table we drop the type, on PostgreSQL only. The schema
// otherwise equals upstream's on every dialect.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "core_plugins.h"
#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

constexpr char kBindingType[] = "nvp_network_bindings_binding_type";

void upgrade(Operations& op) {
  op.create_table({
      .name = "nvp_network_bindings",
      .columns = {column("network_id", types::string(36)).not_null(),
                  column("binding_type", types::enumeration(kBindingType, {"flat", "vlan", "stt", "gre"})).not_null(),
                  column("tz_uuid", types::string(36)), column("vlan_id", types::integer())},
      .primary_key = primary_key({"network_id"}),
      .foreign_keys = {cascading_key("network_id", "networks")},
  });
}

void downgrade(Operations& op) {
  op.drop_table("nvp_network_bindings");
  drop_enum_type(op, kBindingType);
}

}  // namespace

DBM_REVISION({
    .id = "1d76643bcec4",
    .down = {"3cb5d900c5de"},
    .message = "nvp_netbinding",
    .create_date = "2013-01-15 07:36:10.024346",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .runs_for = {core_plugin::kNvp},
    // Upstream's docstring names 48b6f43f7471 as the parent; down_revision
    // (3cb5d900c5de) is what Alembic follows, and `show` prints the docstring.
    .doc = "nvp_netbinding\n\nRevision ID: 1d76643bcec4\nRevises: 48b6f43f7471\n"
           "Create Date: 2013-01-15 07:36:10.024346\n\n",
})

}  // namespace dbm::quantum
