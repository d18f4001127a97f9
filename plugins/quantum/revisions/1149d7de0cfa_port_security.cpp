// Revision 1149d7de0cfa (nvp): the port security flag of networks and ports.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "core_plugins.h"
#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

// One row per network or port, keyed and cascaded by its id.
Table security_binding(const char* name, const char* key, const char* ref_table) {
  return {
      .name = name,
      .columns = {column(key, types::string(36)).not_null(),
                  column("port_security_enabled", types::boolean()).not_null()},
      .primary_key = primary_key({key}),
      .foreign_keys = {cascading_key(key, ref_table)},
  };
}

void upgrade(Operations& op) {
  op.create_table(security_binding("networksecuritybindings", "network_id", "networks"));
  op.create_table(security_binding("portsecuritybindings", "port_id", "ports"));
}

void downgrade(Operations& op) {
  op.drop_table("portsecuritybindings");
  op.drop_table("networksecuritybindings");
}

}  // namespace

DBM_REVISION({
    .id = "1149d7de0cfa",
    .down = {"1b693c095aa3"},
    .message = "inital port security",
    .create_date = "2013-01-22 14:05:20.696502",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .runs_for = {core_plugin::kNvp},
})

}  // namespace dbm::quantum
