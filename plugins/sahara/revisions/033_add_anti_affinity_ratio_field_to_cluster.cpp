// Revision 033: 033_add anti_affinity_ratio field to cluster.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) { op.add_column("clusters", column("anti_affinity_ratio", types::integer())); }

}  // namespace

DBM_REVISION({
    .id = "033",
    .down = {"032"},
    .message = "033_add anti_affinity_ratio field to cluster",
    .create_date = "2016-01-05 09:40:25.941365",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
