// Revision 35b314cd39ee: computehosts gains availability_zone, NOT NULL with
// no server default (upstream's "" default is client-side), so on PostgreSQL
// and SQLite it only succeeds while computehosts is empty — as upstream.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) {
  op.add_column("computehosts", column("availability_zone", types::string(255)).not_null());
}

void downgrade(Operations& op) { op.drop_column("computehosts", "availability_zone"); }

}  // namespace

DBM_REVISION({
    .id = "35b314cd39ee",
    .down = {"c0ae6b08b0d7"},
    .message = "add_az_in_compute",
    .create_date = "2018-04-23 07:40:39.750686",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
