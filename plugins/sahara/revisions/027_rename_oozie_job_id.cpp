// Revision 027: Rename oozie_job_id (to engine_job_id, as VARCHAR(100)).
// On SQLite, where Alembic fails on the type change, the table is rebuilt.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.alter_column(
      {.table = "job_executions", .column = "oozie_job_id", .new_name = "engine_job_id", .type = types::string(100)});
}

}  // namespace

DBM_REVISION({
    .id = "027",
    .down = {"026"},
    .message = "Rename oozie_job_id",
    .create_date = "2015-07-27 14:31:02.413053",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
