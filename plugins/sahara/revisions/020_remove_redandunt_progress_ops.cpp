// Revision 020: remove redandunt progress ops.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.drop_column("cluster_provision_steps", "completed_at");
  op.drop_column("cluster_provision_steps", "completed");
  op.drop_column("cluster_provision_steps", "started_at");
}

}  // namespace

DBM_REVISION({
    .id = "020",
    .down = {"019"},
    .message = "remove redandunt progress ops",
    .create_date = "2015-02-26 15:01:41.015076",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
