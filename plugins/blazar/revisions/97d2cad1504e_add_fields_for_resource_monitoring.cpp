// Revision 97d2cad1504e: NOT NULL boolean flags for resource monitoring on
// computehosts, leases and reservations, with server-side defaults.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

Column flag(std::string name, ServerDefault value) {
  return column(std::move(name), types::boolean()).not_null().with_default(std::move(value));
}

void upgrade(Operations& op) {
  op.add_column("computehosts", flag("reservable", ServerDefault::true_value()));
  op.add_column("leases", flag("degraded", ServerDefault::false_value()));
  op.add_column("reservations", flag("missing_resources", ServerDefault::false_value()));
  op.add_column("reservations", flag("resources_changed", ServerDefault::false_value()));
}

void downgrade(Operations& op) {
  op.drop_column("reservations", "resources_changed");
  op.drop_column("reservations", "missing_resources");
  op.drop_column("leases", "degraded");
  op.drop_column("computehosts", "reservable");
}

}  // namespace

DBM_REVISION({
    .id = "97d2cad1504e",
    .down = {"6bfd1c23aa18"},
    .message = "Add fields for resource monitoring",
    .create_date = "2017-11-01 13:25:20.479355",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
