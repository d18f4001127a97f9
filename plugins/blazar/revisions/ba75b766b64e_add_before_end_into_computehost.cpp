// Revision ba75b766b64e: computehost_reservations gains before_end.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) {
  op.add_column("computehost_reservations", column("before_end", types::string(36)));
}

void downgrade(Operations& op) { op.drop_column("computehost_reservations", "before_end"); }

}  // namespace

DBM_REVISION({
    .id = "ba75b766b64e",
    .down = {"8805be233864"},
    .message = "Add before_end into computehost_reservations table",
    .create_date = "2017-07-26 03:03:19.909249",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
