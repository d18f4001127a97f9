// Revision f4084140f608: the floating IP reservation tables — allocations,
// reservations and the addresses a reservation requires.
#include "../revisions.h"

namespace dbm::blazar {

namespace {

Column created_at() { return column("created_at", types::date_time()); }
Column updated_at() { return column("updated_at", types::date_time()); }
Column id() { return column("id", types::string(36)).not_null(); }

ForeignKey fk(std::string col, std::string ref_table) {
  return {{}, {std::move(col)}, std::move(ref_table), {"id"}, {}, {}};
}

Table floatingip_allocations() {
  Table t{};
  t.name = "floatingip_allocations";
  t.columns = {
      created_at(),
      updated_at(),
      id(),
      column("floatingip_id", types::string(36)),
      column("reservation_id", types::string(36)),
  };
  t.primary_key = {{}, {"id"}};
  t.foreign_keys = {fk("floatingip_id", "floatingips"), fk("reservation_id", "reservations")};
  return t;
}

Table floatingip_reservations() {
  Table t{};
  t.name = "floatingip_reservations";
  t.columns = {
      created_at(),
      updated_at(),
      id(),
      column("reservation_id", types::string(36)),
      column("network_id", types::string(255)).not_null(),
      column("amount", types::integer()).not_null(),
  };
  t.primary_key = {{}, {"id"}};
  t.foreign_keys = {fk("reservation_id", "reservations")};
  return t;
}

Table required_floatingips() {
  Table t{};
  t.name = "required_floatingips";
  t.columns = {
      created_at(),
      updated_at(),
      id(),
      column("address", types::string(255)).not_null(),
      column("floatingip_reservation_id", types::string(36)),
  };
  t.primary_key = {{}, {"id"}};
  t.foreign_keys = {fk("floatingip_reservation_id", "floatingip_reservations")};
  return t;
}

}  // namespace

Revision rev_f4084140f608() {
  return Revision{
      .id = "f4084140f608",
      .down = {"e069c014356d"},
      .message = "add_floatingip_reservation",
      .create_date = "2019-02-25 06:25:22.038890",
      .upgrade =
          [](Operations& op) {
            op.create_table(floatingip_allocations());
            op.create_table(floatingip_reservations());
            op.create_table(required_floatingips());
          },
      .downgrade =
          [](Operations& op) {
            op.drop_table("required_floatingips");
            op.drop_table("floatingip_reservations");
            op.drop_table("floatingip_allocations");
          },
  };
}

}  // namespace dbm::blazar
