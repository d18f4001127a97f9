// Revision 026: add is_public and is_protected flags.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("clusters", column("is_public", types::boolean()));
  op.add_column("cluster_templates", column("is_public", types::boolean()));
  op.add_column("node_group_templates", column("is_public", types::boolean()));
  op.add_column("data_sources", column("is_public", types::boolean()));
  op.add_column("job_executions", column("is_public", types::boolean()));
  op.add_column("jobs", column("is_public", types::boolean()));
  op.add_column("job_binary_internal", column("is_public", types::boolean()));
  op.add_column("job_binaries", column("is_public", types::boolean()));
  op.add_column("clusters", column("is_protected", types::boolean()));
  op.add_column("cluster_templates", column("is_protected", types::boolean()));
  op.add_column("node_group_templates", column("is_protected", types::boolean()));
  op.add_column("data_sources", column("is_protected", types::boolean()));
  op.add_column("job_executions", column("is_protected", types::boolean()));
  op.add_column("jobs", column("is_protected", types::boolean()));
  op.add_column("job_binary_internal", column("is_protected", types::boolean()));
  op.add_column("job_binaries", column("is_protected", types::boolean()));
}

}  // namespace

DBM_REVISION({
    .id = "026",
    .down = {"025"},
    .message = "add is_public and is_protected flags",
    .create_date = "2015-06-24 12:41:52.571258",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
