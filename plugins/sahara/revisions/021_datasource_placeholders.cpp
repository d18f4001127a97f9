// Revision 021: Add data_source_urls to job_executions to support placeholders.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) { op.add_column("job_executions", column("data_source_urls", json_encoded())); }

}  // namespace

DBM_REVISION({
    .id = "021",
    .down = {"020"},
    .message = "Add data_source_urls to job_executions to support placeholders",
    .create_date = "2015-02-24 12:47:17.871520",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
