// Revision 49332180ca96 (ryu): the Ryu plugin no longer keeps its OpenFlow
// servers in the database. The downgrade puts ofp_server back with a
// database-generated id (SERIAL / AUTO_INCREMENT), which folsom's ofp_server
// did not have: upstream's downgrade says so, and we follow it.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "core_plugins.h"
#include "quantum_tables.h"

namespace dbm::quantum {
namespace {

void upgrade(Operations& op) { op.drop_table("ofp_server"); }

void downgrade(Operations& op) { op.create_table(ofp_server_table(Autoincrement::kYes)); }

}  // namespace

DBM_REVISION({
    .id = "49332180ca96",
    .down = {"1149d7de0cfa"},
    .message = "ryu plugin update",
    .create_date = "2013-01-30 07:52:58.472885",
    .upgrade = upgrade,
    .downgrade = downgrade,
    .runs_for = {core_plugin::kRyu},
})

}  // namespace dbm::quantum
