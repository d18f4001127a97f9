// Revision de6bfa5bea46: vims loses status.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) { op.drop_column("vims", "status"); }

}  // namespace

DBM_REVISION({
    .id = "de6bfa5bea46",
    .down = {"de8d835ae776"},
    .message = "remove status from Vim",
    .create_date = "2023-01-09 11:08:53.597828",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
