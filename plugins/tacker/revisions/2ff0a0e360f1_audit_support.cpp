// Revision 2ff0a0e360f1: vims, vnf and vnfd each gain nullable created_at and
// updated_at timestamps.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  for (const char* table : {"vims", "vnf", "vnfd"}) {
    op.add_column(table, created_at());
    op.add_column(table, updated_at());
  }
}

}  // namespace

DBM_REVISION({
    .id = "2ff0a0e360f1",
    .down = {"22f5385a3d50"},
    .message = "audit support",
    .create_date = "2016-06-02 15:14:31.888078",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
