// Revision 021: Add data_source_urls to job_executions to support placeholders.
#include "../revisions.h"
#include "../sahara_types.h"

namespace dbm::sahara {

Revision rev_021() {
  return Revision{
      .id = "021",
      .down = {"020"},
      .message = "Add data_source_urls to job_executions to support placeholders",
      .create_date = "2015-02-24 12:47:17.871520",
      .upgrade =
          [](Operations& op) {
            op.add_column("job_executions", column("data_source_urls", json_encoded()));
          },
  };
}

}  // namespace dbm::sahara
