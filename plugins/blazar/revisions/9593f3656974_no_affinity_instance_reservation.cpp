// Revision 9593f3656974: instance_reservations.affinity becomes nullable. The
// existing type is MySQL's TINYINT(1), which MODIFY needs; SQLite cannot
// ALTER a column's nullability, and upstream fails there.
#include "../revisions.h"

namespace dbm::blazar {

namespace {

void set_affinity_nullable(Operations& op, bool nullable) {
  AlterColumn alter{};
  alter.table = "instance_reservations";
  alter.column = "affinity";
  alter.nullable = nullable;
  alter.existing_type = types::tiny_integer(1);
  op.alter_column(std::move(alter));
}

}  // namespace

Revision rev_9593f3656974() {
  return Revision{
      .id = "9593f3656974",
      .down = {"35b314cd39ee"},
      .message = "no affinity instance reservation",
      .create_date = "2018-12-26 15:55:29.950250",
      .upgrade = [](Operations& op) { set_affinity_nullable(op, true); },
      .downgrade = [](Operations& op) { set_affinity_nullable(op, false); },
  };
}

}  // namespace dbm::blazar
