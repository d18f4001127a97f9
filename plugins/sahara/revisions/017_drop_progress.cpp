// Revision 017: drop progress in JobExecution.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) { op.drop_column("job_executions", "progress"); }

}  // namespace

DBM_REVISION({
    .id = "017",
    .down = {"016"},
    .message = "drop progress in JobExecution",
    .create_date = "2015-02-25 09:23:04.390388",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
