// Revision 8f7145914cb0: vnfd loses its infra_driver column.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) { op.drop_column("vnfd", "infra_driver"); }

}  // namespace

DBM_REVISION({
    .id = "8f7145914cb0",
    .down = {"0ae5b1ce3024"},
    .message = "remove infra_driver column",
    .create_date = "2016-12-08 17:28:26.609343",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
