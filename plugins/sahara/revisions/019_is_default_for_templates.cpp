// Revision 019: Add is_default field for cluster and node_group templates.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("cluster_templates", column("is_default", types::boolean()));
  op.add_column("node_group_templates", column("is_default", types::boolean()));
}

}  // namespace

DBM_REVISION({
    .id = "019",
    .down = {"018"},
    .message = "Add is_default field for cluster and node_group templates",
    .create_date = "2015-03-02 14:32:04.415021",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
