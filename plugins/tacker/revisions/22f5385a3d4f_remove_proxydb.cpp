// Revision 22f5385a3d4f: the two proxy port tables (proxymgmtports,
// proxyserviceports) are dropped.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.drop_table("proxymgmtports");
  op.drop_table("proxyserviceports");
}

}  // namespace

DBM_REVISION({
    .id = "22f5385a3d4f",
    .down = {"d4f265e8eb9d"},
    .message = "remove proxydb related",
    .create_date = "2016-08-01 15:47:51.161749",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
