// Revision 7186440a306b: vnf.instance_id widens to VARCHAR(12800) and may be
// NULL. Upstream gives no existing type; neither do we.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "vnf", .column = "instance_id", .nullable = true, .type = types::string(12800)});
}

}  // namespace

DBM_REVISION({
    .id = "7186440a306b",
    .down = {"df26c5871f3c"},
    .message = "change type for instance_id of vnf table",
    .create_date = "2020-12-21 16:08:23.438871",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
