// Revision 35b314cd39ee: computehosts gains availability_zone, NOT NULL with
// no server default (upstream's "" default is client-side). Upstream adds it
// in one step, which PostgreSQL and SQLite refuse once computehosts has rows
// (MySQL fills ''): existing hosts get '', the model's default and MySQL's
// value, then the column is made NOT NULL — upstream's schema.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) {
  add_column_filling_rows(op, "computehosts", column("availability_zone", types::string(255)).not_null(), "''");
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
