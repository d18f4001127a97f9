// Revision e66f199a5414: drops the status columns nothing reads any more.
// The downgrade re-adds them (upstream spells the type mysql.VARCHAR on every
// dialect, which is a plain VARCHAR).
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) {
  op.drop_column("computehost_reservations", "status");
  op.drop_column("leases", "action");
  op.drop_column("leases", "status_reason");
}

void downgrade(Operations& op) {
  op.add_column("leases", column("status_reason", types::string(255)));
  op.add_column("leases", column("action", types::string(255)));
  op.add_column("computehost_reservations", column("status", types::string(13)));
}

}  // namespace

DBM_REVISION({
    .id = "e66f199a5414",
    .down = {"97d2cad1504e"},
    .message = "Delete unused status related fields",
    .create_date = "2017-12-18 15:33:09.217659",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
