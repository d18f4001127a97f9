// Revision c0ae6b08b0d7: instance_reservations gains resource_properties
// (MEDIUMTEXT on MySQL, TEXT elsewhere). Upstream's default "" is client-side.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) {
  op.add_column("instance_reservations", column("resource_properties", types::medium_text()));
}

void downgrade(Operations& op) { op.drop_column("instance_reservations", "resource_properties"); }

}  // namespace

DBM_REVISION({
    .id = "c0ae6b08b0d7",
    .down = {"75a74e4539cb"},
    .message = "resource_properties_in_instance_plugin",
    .create_date = "2018-03-19 08:02:03.269871",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
