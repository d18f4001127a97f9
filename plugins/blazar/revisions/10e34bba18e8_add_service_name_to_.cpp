// Revision 10e34bba18e8: computehosts gains service_name. Upstream's SQLite
// downgrade rebuilds the table by hand instead of dropping the column; the
// rebuild keeps only nine columns (created_at and updated_at are lost too).
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) { op.add_column("computehosts", column("service_name", types::string(255))); }

// The rebuild's statements are SQLite's alone: other dialects run nothing,
// even if they replay them.
void downgrade(Operations& op) {
  if (op.dialect() == "sqlite") {
    op.execute({.per_dialect = {{"sqlite",
                                 "CREATE TABLE tmp_computehosts AS SELECT id, vcpus, cpu_info, "
                                 "hypervisor_type, hypervisor_version, hypervisor_hostname, "
                                 "memory_mb, local_gb, status FROM computehosts"}}});
    op.execute({.per_dialect = {{"sqlite", "DROP TABLE computehosts"}}});
    op.execute({.per_dialect = {{"sqlite", "ALTER TABLE tmp_computehosts RENAME TO computehosts"}}});
    return;
  }
  op.drop_column("computehosts", "service_name");
}

}  // namespace

DBM_REVISION({
    .id = "10e34bba18e8",
    .down = {"0_1"},
    .message = "Add service name to ComputeHost",
    .create_date = "2014-04-04 11:00:57.542857",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
