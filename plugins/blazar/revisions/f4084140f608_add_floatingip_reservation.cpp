// Revision f4084140f608: the floating IP reservation tables — allocations,
// reservations and the addresses a reservation requires.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

// id is NOT NULL and named in the PRIMARY KEY constraint only, not flagged
// primary_key=True on the column: not primary_key_id().
Column id() { return column("id", types::string(36)).not_null(); }

Table floatingip_allocations() {
  Table t = table("floatingip_allocations", {
      timestamps(),
      id(),
      column("floatingip_id", types::string(36)),
      column("reservation_id", types::string(36)),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("floatingip_id", "floatingips"), foreign_key("reservation_id", "reservations")};
  return t;
}

Table floatingip_reservations() {
  Table t = table("floatingip_reservations", {
      timestamps(),
      id(),
      column("reservation_id", types::string(36)),
      column("network_id", types::string(255)).not_null(),
      column("amount", types::integer()).not_null(),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("reservation_id", "reservations")};
  return t;
}

Table required_floatingips() {
  Table t = table("required_floatingips", {
      timestamps(),
      id(),
      column("address", types::string(255)).not_null(),
      column("floatingip_reservation_id", types::string(36)),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("floatingip_reservation_id", "floatingip_reservations")};
  return t;
}

void upgrade(Operations& op) {
  op.create_table(floatingip_allocations());
  op.create_table(floatingip_reservations());
  op.create_table(required_floatingips());
}

void downgrade(Operations& op) {
  op.drop_table("required_floatingips");
  op.drop_table("floatingip_reservations");
  op.drop_table("floatingip_allocations");
}

}  // namespace

DBM_REVISION({
    .id = "f4084140f608",
    .down = {"e069c014356d"},
    .message = "add_floatingip_reservation",
    .create_date = "2019-02-25 06:25:22.038890",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
