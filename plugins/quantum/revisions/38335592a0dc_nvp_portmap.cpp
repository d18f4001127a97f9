// Revision 38335592a0dc (nvp): which NVP port each quantum port maps to.
// Its create date is earlier than its parent's; only down_revision orders
// revisions, so that changes nothing.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "core_plugins.h"
#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

void upgrade(Operations& op) {
  op.create_table({
      .name = "quantum_nvp_port_mapping",
      .columns = {column("quantum_id", types::string(36)).not_null(), column("nvp_id", types::string(36))},
      .primary_key = primary_key({"quantum_id"}),
      .foreign_keys = {cascading_key("quantum_id", "ports")},
  });
}

void downgrade(Operations& op) { op.drop_table("quantum_nvp_port_mapping"); }

}  // namespace

DBM_REVISION({
    .id = "38335592a0dc",
    .down = {"49332180ca96"},
    .message = "nvp_portmap",
    .create_date = "2013-01-15 06:04:56.328991",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .runs_for = {core_plugin::kNvp},
})

}  // namespace dbm::quantum
