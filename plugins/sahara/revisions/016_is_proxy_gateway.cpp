// Revision 016: Add is_proxy_gateway.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("node_group_templates", column("is_proxy_gateway", types::boolean()));
  op.add_column("node_groups", column("is_proxy_gateway", types::boolean()));
  op.add_column("templates_relations", column("is_proxy_gateway", types::boolean()));
}

}  // namespace

DBM_REVISION({
    .id = "016",
    .down = {"015"},
    .message = "Add is_proxy_gateway",
    .create_date = "2014-11-10 12:47:17.871520",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
