// Revision 032: 032_add_domain_name.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("cluster_templates", column("domain_name", types::string(255)));
  op.add_column("clusters", column("domain_name", types::string(255)));
  op.add_column("instances", column("dns_hostname", types::string(255)));
}

}  // namespace

DBM_REVISION({
    .id = "032",
    .down = {"031"},
    .message = "032_add_domain_name",
    .create_date = "2016-07-21 13:33:33.674853",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
