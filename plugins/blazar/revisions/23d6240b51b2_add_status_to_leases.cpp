// Revision 23d6240b51b2: leases gains action, status and status_reason. The
// SQLite downgrade is upstream's hand rebuild of leases without the three.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) {
  op.add_column("leases", column("action", types::string(255)));
  op.add_column("leases", column("status", types::string(255)));
  op.add_column("leases", column("status_reason", types::string(255)));
}

// The rebuild's statements are SQLite's alone: other dialects run nothing,
// even if they replay them.
void downgrade(Operations& op) {
  if (op.dialect() == "sqlite") {
    op.execute({.per_dialect = {{"sqlite",
                                 "CREATE TABLE tmp_leases AS SELECT created_at, updated_at, id, name, "
                                 "user_id, project_id, start_date, end_date, trust_id FROM leases"}}});
    op.execute({.per_dialect = {{"sqlite", "DROP TABLE leases"}}});
    op.execute({.per_dialect = {{"sqlite", "ALTER TABLE tmp_leases RENAME TO leases"}}});
    return;
  }
  op.drop_column("leases", "action");
  op.drop_column("leases", "status");
  op.drop_column("leases", "status_reason");
}

}  // namespace

DBM_REVISION({
    .id = "23d6240b51b2",
    .down = {"2bcfe76b0474"},
    .message = "Add status to leases",
    .create_date = "2014-04-25 10:41:09.183430",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
