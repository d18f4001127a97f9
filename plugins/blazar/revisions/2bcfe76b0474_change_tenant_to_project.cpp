// Revision 2bcfe76b0474: leases.tenant_id is renamed project_id. On SQLite
// upstream rebuilds leases with CREATE TABLE ... AS SELECT, which loses the
// primary key, NOT NULLs and the UNIQUE(name); the SQL is kept so SQLite
// databases end up with the same (degraded) table as under Alembic.
#include <string>

#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

// Copies leases into a fresh table, renaming one column on the way. The
// statements are SQLite's alone: other dialects run nothing, even if they
// replay them.
void rebuild_leases_on_sqlite(Operations& op, const std::string& renamed_column) {
  const std::string copy = "CREATE TABLE tmp_leases AS SELECT created_at, updated_at, id, name, user_id, " +
                           renamed_column + ", start_date, end_date, trust_id FROM leases";
  op.execute({.per_dialect = {{"sqlite", copy}}});
  op.execute({.per_dialect = {{"sqlite", "DROP TABLE leases"}}});
  op.execute({.per_dialect = {{"sqlite", "ALTER TABLE tmp_leases RENAME TO leases"}}});
}

void rename(Operations& op, std::string from, std::string to) {
  op.alter_column({.table = "leases",
                   .column = std::move(from),
                   .new_name = std::move(to),
                   .existing_type = types::string(255)});
}

void upgrade(Operations& op) {
  if (op.dialect() == "sqlite") {
    rebuild_leases_on_sqlite(op, "tenant_id AS project_id");
    return;
  }
  rename(op, "tenant_id", "project_id");
}

void downgrade(Operations& op) {
  if (op.dialect() == "sqlite") {
    rebuild_leases_on_sqlite(op, "project_id AS tenant_id");
    return;
  }
  rename(op, "project_id", "tenant_id");
}

}  // namespace

DBM_REVISION({
    .id = "2bcfe76b0474",
    .down = {"10e34bba18e8"},
    .message = "Change tenant to project",
    .create_date = "2014-03-19 18:08:50.825586",
    .upgrade = upgrade,
    .downgrade = downgrade,
    // Upstream's docstring names 0_1 as the parent; the down_revision is what counts.
    .doc = "Change tenant to project\n\nRevision ID: 2bcfe76b0474\nRevises: 0_1\n"
           "Create Date: 2014-03-19 18:08:50.825586\n\n",
})

}  // namespace dbm::blazar
