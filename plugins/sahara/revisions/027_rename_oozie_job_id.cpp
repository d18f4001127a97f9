// Revision 027: Rename oozie_job_id (to engine_job_id, as VARCHAR(100)).
// On SQLite, where Alembic fails on the type change, the table is rebuilt.
#include "../revisions.h"

namespace dbm::sahara {

Revision rev_027() {
  return Revision{
      .id = "027",
      .down = {"026"},
      .message = "Rename oozie_job_id",
      .create_date = "2015-07-27 14:31:02.413053",
      .upgrade =
          [](Operations& op) {
            AlterColumn alter{};
            alter.table = "job_executions";
            alter.column = "oozie_job_id";
            alter.new_name = "engine_job_id";
            alter.type = types::string(100);
            op.alter_column(alter);
          },
  };
}

}  // namespace dbm::sahara
