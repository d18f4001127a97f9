// Revision 22f5385a3d3f: vims gains status, NOT NULL with default ''.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.add_column("vims", column("status", types::string(255)).not_null().with_default(ServerDefault::literal("")));
}

}  // namespace

DBM_REVISION({
    .id = "22f5385a3d3f",
    .down = {"5f88e86b35c7"},
    .message = "Add status to vims",
    .create_date = "2016-05-12 13:29:30.615609",
    .upgrade = upgrade,
    // Upstream's docstring names 5246a6bd410f as the parent; the down_revision is what counts.
    .doc = "Add status to vims\n\nRevision ID: 22f5385a3d3f\nRevises: 5246a6bd410f\n"
           "Create Date: 2016-05-12 13:29:30.615609\n\n",
})

}  // namespace dbm::tacker
