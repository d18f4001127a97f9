// Revision 7f1a7bbb2cd2: computehost_reservations gains a nullable integer
// aggregate_id.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) {
  op.add_column("computehost_reservations", column("aggregate_id", types::integer()));
}

void downgrade(Operations& op) { op.drop_column("computehost_reservations", "aggregate_id"); }

}  // namespace

DBM_REVISION({
    .id = "7f1a7bbb2cd2",
    .down = {"1fd6c2eded89"},
    .message = "Add aggregate_id field into the computehost_reservations table",
    .create_date = "2017-05-18 09:23:29.730233",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
