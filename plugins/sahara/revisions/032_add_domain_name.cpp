// Revision 032: 032_add_domain_name.
#include "../revisions.h"
#include "../sahara_types.h"

namespace dbm::sahara {

Revision rev_032() {
  return Revision{
      .id = "032",
      .down = {"031"},
      .message = "032_add_domain_name",
      .create_date = "2016-07-21 13:33:33.674853",
      .upgrade =
          [](Operations& op) {
            op.add_column("cluster_templates", column("domain_name", types::string(255)));
            op.add_column("clusters", column("domain_name", types::string(255)));
            op.add_column("instances", column("dns_hostname", types::string(255)));
          },
  };
}

}  // namespace dbm::sahara
