// Revision 6dc60a5760e5: vims gains extra (JSON).
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) { op.add_column("vims", column("extra", types::sql_json())); }

}  // namespace

DBM_REVISION({
    .id = "6dc60a5760e5",
    .down = {"c31f65e0d099"},
    .message = "add extra field to vims db",
    .create_date = "2021-07-26 12:28:13.797458",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
