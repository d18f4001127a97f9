// Revision 009: add rollback info to cluster.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) { op.add_column("clusters", column("rollback_info", json_encoded())); }

}  // namespace

DBM_REVISION({
    .id = "009",
    .down = {"008"},
    .message = "add rollback info to cluster",
    .create_date = "2014-06-25 22:36:00.783444",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
