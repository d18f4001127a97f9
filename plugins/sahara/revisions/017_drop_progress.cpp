// Revision 017: drop progress in JobExecution.
#include "../revisions.h"

namespace dbm::sahara {

Revision rev_017() {
  return Revision{
      .id = "017",
      .down = {"016"},
      .message = "drop progress in JobExecution",
      .create_date = "2015-02-25 09:23:04.390388",
      .upgrade =
          [](Operations& op) {
            op.drop_column("job_executions", "progress");
          },
  };
}

}  // namespace dbm::sahara
