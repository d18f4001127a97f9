// Revision 10e34bba18e8: computehosts gains service_name. Upstream's SQLite
// downgrade rebuilds the table by hand instead of dropping the column; the
// rebuild keeps only nine columns (created_at and updated_at are lost too).
#include <map>
#include <string>

#include "../revisions.h"

namespace dbm::blazar {

Revision rev_10e34bba18e8() {
  return Revision{
      .id = "10e34bba18e8",
      .down = {"0_1"},
      .message = "Add service name to ComputeHost",
      .create_date = "2014-04-04 11:00:57.542857",
      .upgrade =
          [](Operations& op) {
            op.add_column("computehosts", column("service_name", types::string(255)));
          },
      .downgrade =
          [](Operations& op) {
            if (op.dialect() == "sqlite") {
              using Sql = std::map<std::string, std::string>;
              op.execute(Sql{{"sqlite",
                              "CREATE TABLE tmp_computehosts AS SELECT id, vcpus, cpu_info, "
                              "hypervisor_type, hypervisor_version, hypervisor_hostname, "
                              "memory_mb, local_gb, status FROM computehosts"}});
              op.execute(Sql{{"sqlite", "DROP TABLE computehosts"}});
              op.execute(Sql{{"sqlite", "ALTER TABLE tmp_computehosts RENAME TO computehosts"}});
              return;
            }
            op.drop_column("computehosts", "service_name");
          },
  };
}

}  // namespace dbm::blazar
