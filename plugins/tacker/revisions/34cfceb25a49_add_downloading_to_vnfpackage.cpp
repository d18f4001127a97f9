// Revision 34cfceb25a49: vnf_packages gains downloading, NOT NULL with the
// server default '0'.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.add_column("vnf_packages",
                column("downloading", types::integer()).not_null().with_default(ServerDefault::literal("0")));
}

}  // namespace

DBM_REVISION({
    .id = "34cfceb25a49",
    .down = {"2531c976c0f1"},
    .message = "add_downloading_to_vnfPackage",
    .create_date = "2023-03-08 01:56:40.134793",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
