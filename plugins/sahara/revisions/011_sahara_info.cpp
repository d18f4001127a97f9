// Revision 011: add Sahara settings info to cluster.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) { op.add_column("clusters", column("sahara_info", json_encoded())); }

}  // namespace

DBM_REVISION({
    .id = "011",
    .down = {"010"},
    .message = "add Sahara settings info to cluster",
    .create_date = "2014-08-26 22:36:00.783444",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
