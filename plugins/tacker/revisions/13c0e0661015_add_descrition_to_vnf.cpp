// Revision 13c0e0661015: devices gains a nullable description, default ''.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.add_column("devices", column("description", types::string(255)).with_default(ServerDefault::literal("")));
}

}  // namespace

DBM_REVISION({
    .id = "13c0e0661015",
    .down = {"4c31092895b8"},
    .message = "add description to vnf",
    .create_date = "2015-05-18 18:47:22.180962",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
