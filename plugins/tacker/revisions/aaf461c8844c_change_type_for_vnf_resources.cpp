// Revision aaf461c8844c: vnf_instantiated_info.instance_id and
// vnf_resources.resource_name become nullable TEXT.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "vnf_instantiated_info", .column = "instance_id", .nullable = true, .type = types::text()});
  op.alter_column({.table = "vnf_resources", .column = "resource_name", .nullable = true, .type = types::text()});
}

}  // namespace

DBM_REVISION({
    .id = "aaf461c8844c",
    .down = {"745e3e9fe5e2"},
    .message = "change type for vnf_resources and vnf_instantiated_info table",
    .create_date = "2020-09-17 03:17:42.570250",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
