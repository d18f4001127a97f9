// Revision 024: manila_shares.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("node_group_templates", column("shares", json_encoded()));
  op.add_column("node_groups", column("shares", json_encoded()));
  op.add_column("templates_relations", column("shares", json_encoded()));
  op.add_column("clusters", column("shares", json_encoded()));
  op.add_column("cluster_templates", column("shares", json_encoded()));
}

}  // namespace

DBM_REVISION({
    .id = "024",
    .down = {"023"},
    .message = "manila_shares",
    .create_date = "2015-07-20 14:51:20.275823",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
