// Revision 018: add volume_local_to_instance flag.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("node_group_templates", column("volume_local_to_instance", types::boolean()));
  op.add_column("node_groups", column("volume_local_to_instance", types::boolean()));
  op.add_column("templates_relations", column("volume_local_to_instance", types::boolean()));
}

}  // namespace

DBM_REVISION({
    .id = "018",
    .down = {"017"},
    .message = "add volume_local_to_instance flag",
    .create_date = "2015-03-03 14:35:43.625429",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
