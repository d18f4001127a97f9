// Revision 022: add_job_interface — the arguments a job declares. Two of its
// columns are reserved words (order, default); the renderers quote them.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.create_table(
      keyed_table("job_interface_arguments",
                  {timestamps(), id(), column("job_id", types::string(36)).not_null(), tenant_id(),
                   column("name", types::string(80)).not_null(), column("description", types::text()),
                   column("mapping_type", types::string(80)).not_null(), column("location", types::text()).not_null(),
                   column("value_type", types::string(80)).not_null(), column("required", types::boolean()).not_null(),
                   column("order", types::small_integer()).not_null(), column("default", types::text())},
                  {foreign_key("job_id", "jobs")}, {{"job_id", "order"}, {"job_id", "name"}}));
}

}  // namespace

DBM_REVISION({
    .id = "022",
    .down = {"021"},
    .message = "add_job_interface",
    .create_date = "2015-01-27 15:53:22.128263",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
