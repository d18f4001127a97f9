// Revision 8805be233864: the instance_reservations table, one row per
// instance reservation, tied to reservations by an unnamed foreign key.
#include "../revisions.h"

namespace dbm::blazar {

namespace {

Table instance_reservations() {
  Table t{};
  t.name = "instance_reservations";
  t.columns = {
      column("created_at", types::date_time()),
      column("updated_at", types::date_time()),
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
  };
  t.primary_key = {{}, {"id"}};
  t.foreign_keys = {{{}, {"reservation_id"}, "reservations", {"id"}, {}, {}}};
  return t;
}

}  // namespace

Revision rev_8805be233864() {
  return Revision{
      .id = "8805be233864",
      .down = {"7f1a7bbb2cd2"},
      .message = "instance-reservation-table",
      .create_date = "2017-06-20 07:31:17.379252",
      .upgrade = [](Operations& op) { op.create_table(instance_reservations()); },
      .downgrade = [](Operations& op) { op.drop_table("instance_reservations"); },
  };
}

}  // namespace dbm::blazar
