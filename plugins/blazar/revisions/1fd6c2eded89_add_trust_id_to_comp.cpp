// Revision 1fd6c2eded89: computehosts gains trust_id. Outside SQLite existing
// rows get '' and the column becomes NOT NULL; SQLite keeps it nullable. The
// SQLite downgrade is upstream's hand rebuild of computehosts without it.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) {
  op.add_column("computehosts", column("trust_id", types::string(36)));
  if (op.dialect() == "sqlite") return;
  op.execute("UPDATE computehosts SET trust_id = ''");
  op.alter_column({.table = "computehosts", .column = "trust_id", .nullable = false,
                   .existing_type = types::string(36)});
}

// The rebuild's statements are SQLite's alone: other dialects run nothing,
// even if they replay them.
void downgrade(Operations& op) {
  if (op.dialect() == "sqlite") {
    op.execute({.per_dialect = {{"sqlite",
                                 "CREATE TABLE tmp_computehosts AS SELECT id, vcpus, cpu_info, "
                                 "hypervisor_type, hypervisor_version, hypervisor_hostname, "
                                 "service_name, memory_mb, local_gb, status FROM computehosts"}}});
    op.execute({.per_dialect = {{"sqlite", "DROP TABLE computehosts"}}});
    op.execute({.per_dialect = {{"sqlite", "ALTER TABLE tmp_computehosts RENAME TO computehosts"}}});
    return;
  }
  op.drop_column("computehosts", "trust_id");
}

}  // namespace

DBM_REVISION({
    .id = "1fd6c2eded89",
    .down = {"23d6240b51b2"},
    .message = "Add trust_id to ComputeHost",
    .create_date = "2014-03-28 01:12:02.735519",
    .upgrade = upgrade,
    .downgrade = downgrade,
    // Upstream's docstring names 0_1 as the parent; the down_revision is what counts.
    .doc = "Add trust_id to ComputeHost\n\nRevision ID: 1fd6c2eded89\nRevises: 0_1\n"
           "Create Date: 2014-03-28 01:12:02.735519\n\n",
})

}  // namespace dbm::blazar
