// Revision 2bcfe76b0474: leases.tenant_id is renamed project_id. On SQLite
// upstream rebuilds leases with CREATE TABLE ... AS SELECT, which loses the
// primary key, NOT NULLs and the UNIQUE(name); the SQL is kept so SQLite
// databases end up with the same (degraded) table as under Alembic.
#include <map>
#include <string>

#include "../revisions.h"

namespace dbm::blazar {

namespace {

using Sql = std::map<std::string, std::string>;

// Copies leases into a fresh table, renaming one column on the way.
void rebuild_leases_on_sqlite(Operations& op, const std::string& renamed_column) {
  op.execute(Sql{{"sqlite",
                  "CREATE TABLE tmp_leases AS SELECT created_at, updated_at, id, name, user_id, " +
                      renamed_column + ", start_date, end_date, trust_id FROM leases"}});
  op.execute(Sql{{"sqlite", "DROP TABLE leases"}});
  op.execute(Sql{{"sqlite", "ALTER TABLE tmp_leases RENAME TO leases"}});
}

void rename(Operations& op, std::string from, std::string to) {
  AlterColumn alter{};
  alter.table = "leases";
  alter.column = std::move(from);
  alter.new_name = std::move(to);
  alter.existing_type = types::string(255);
  op.alter_column(std::move(alter));
}

}  // namespace

Revision rev_2bcfe76b0474() {
  return Revision{
      .id = "2bcfe76b0474",
      .down = {"10e34bba18e8"},
      .message = "Change tenant to project",
      .create_date = "2014-03-19 18:08:50.825586",
      .upgrade =
          [](Operations& op) {
            if (op.dialect() == "sqlite") {
              rebuild_leases_on_sqlite(op, "tenant_id AS project_id");
              return;
            }
            rename(op, "tenant_id", "project_id");
          },
      .downgrade =
          [](Operations& op) {
            if (op.dialect() == "sqlite") {
              rebuild_leases_on_sqlite(op, "project_id AS tenant_id");
              return;
            }
            rename(op, "project_id", "tenant_id");
          },
      // Upstream's docstring names 0_1 as the parent; the down_revision is what counts.
      .doc = "Change tenant to project\n\nRevision ID: 2bcfe76b0474\nRevises: 0_1\n"
             "Create Date: 2014-03-19 18:08:50.825586\n\n",
  };
}

}  // namespace dbm::blazar
