// Revision 23d6240b51b2: leases gains action, status and status_reason. The
// SQLite downgrade is upstream's hand rebuild of leases without the three.
#include <map>
#include <string>

#include "../revisions.h"

namespace dbm::blazar {

Revision rev_23d6240b51b2() {
  return Revision{
      .id = "23d6240b51b2",
      .down = {"2bcfe76b0474"},
      .message = "Add status to leases",
      .create_date = "2014-04-25 10:41:09.183430",
      .upgrade =
          [](Operations& op) {
            op.add_column("leases", column("action", types::string(255)));
            op.add_column("leases", column("status", types::string(255)));
            op.add_column("leases", column("status_reason", types::string(255)));
          },
      .downgrade =
          [](Operations& op) {
            if (op.dialect() == "sqlite") {
              using Sql = std::map<std::string, std::string>;
              op.execute(Sql{{"sqlite",
                              "CREATE TABLE tmp_leases AS SELECT created_at, updated_at, id, name, "
                              "user_id, project_id, start_date, end_date, trust_id FROM leases"}});
              op.execute(Sql{{"sqlite", "DROP TABLE leases"}});
              op.execute(Sql{{"sqlite", "ALTER TABLE tmp_leases RENAME TO leases"}});
              return;
            }
            op.drop_column("leases", "action");
            op.drop_column("leases", "status");
            op.drop_column("leases", "status_reason");
          },
  };
}

}  // namespace dbm::blazar
