// Revision 9593f3656974: instance_reservations.affinity becomes nullable. The
// existing type is MySQL's TINYINT(1), which MODIFY needs. SQLite cannot
// ALTER a column's nullability, and upstream fails there; ours rebuilds the
// table (the SQLite renderer's batch mode, rows kept), so SQLite ends with the
// nullable column the other dialects get.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void set_affinity_nullable(Operations& op, bool nullable) {
  op.alter_column({.table = "instance_reservations",
                   .column = "affinity",
                   .nullable = nullable,
                   .existing_type = types::tiny_integer(1)});
}

void upgrade(Operations& op) { set_affinity_nullable(op, true); }

void downgrade(Operations& op) { set_affinity_nullable(op, false); }

}  // namespace

DBM_REVISION({
    .id = "9593f3656974",
    .down = {"35b314cd39ee"},
    .message = "no affinity instance reservation",
    .create_date = "2018-12-26 15:55:29.950250",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
