// Revision 8805be233864: the instance_reservations table, one row per
// instance reservation, tied to reservations by an unnamed foreign key.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

// id is NOT NULL and named in the PRIMARY KEY constraint only, not flagged
// primary_key=True on the column: not primary_key_id().
Table instance_reservations() {
  Table t = table("instance_reservations", {
      timestamps(),
      column("id", types::string(36)).not_null(),
      column("reservation_id", types::string(36)),
      column("vcpus", types::integer()).not_null(),
      column("memory_mb", types::integer()).not_null(),
      column("disk_gb", types::integer()).not_null(),
      column("amount", types::integer()).not_null(),
      column("affinity", types::boolean()).not_null(),
      column("flavor_id", types::string(36)),
      column("aggregate_id", types::integer()),
      column("server_group_id", types::string(36)),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("reservation_id", "reservations")};
  return t;
}

void upgrade(Operations& op) { op.create_table(instance_reservations()); }

void downgrade(Operations& op) { op.drop_table("instance_reservations"); }

}  // namespace

DBM_REVISION({
    .id = "8805be233864",
    .down = {"7f1a7bbb2cd2"},
    .message = "instance-reservation-table",
    .create_date = "2017-06-20 07:31:17.379252",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
