// Revision d2e39e01d540: vnf_packages.size, a NOT NULL BIGINT whose server
// default '0' also fills the rows already there.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.add_column("vnf_packages",
                column("size", types::big_integer()).not_null().with_default(ServerDefault::literal("0")));
}

}  // namespace

DBM_REVISION({
    .id = "d2e39e01d540",
    .down = {"985e28392890"},
    .message = "add size column to vnf_packages table",
    .create_date = "2019-11-27 13:30:23.599865",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
