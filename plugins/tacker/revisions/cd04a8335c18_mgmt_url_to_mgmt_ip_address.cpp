// Revision cd04a8335c18: ns.mgmt_urls becomes mgmt_ip_addresses and
// vnf.mgmt_url becomes mgmt_ip_address, both nullable.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "ns",
                   .column = "mgmt_urls",
                   .nullable = true,
                   .new_name = "mgmt_ip_addresses",
                   .existing_type = text_type_maxlen(op)});
  op.alter_column({.table = "vnf",
                   .column = "mgmt_url",
                   .nullable = true,
                   .new_name = "mgmt_ip_address",
                   .existing_type = types::string(255)});
}

}  // namespace

DBM_REVISION({
    .id = "cd04a8335c18",
    .down = {"13ecc2dd6f7f"},
    .message = "mgmt_url to mgmt_ip_address",
    .create_date = "2019-01-25 13:43:10.499421",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
