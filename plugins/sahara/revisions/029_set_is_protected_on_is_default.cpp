// Revision 029: set is_protected on is_default — default templates become
// protected. Upstream builds the UPDATE with SQLAlchemy and, offline, leaves
// its bind parameter unrendered (the script fails in psql); ours records the
// statement each dialect's compiler gives with the literal in place, so the
// same SQL runs online and offline.
#include <string>

#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::sahara {

namespace {

Execute protect_defaults(const std::string& table) {
  return {
      // Booleans are integers on MySQL and SQLite.
      .sql = "UPDATE " + table + " SET is_protected=1 WHERE " + table + ".is_default = 1",
      // Native booleans: the column alone is the condition.
      .per_dialect = {{.dialect = "postgresql",
                       .sql = "UPDATE " + table + " SET is_protected=true WHERE " + table + ".is_default"}},
  };
}

void upgrade(Operations& op) {
  op.execute(protect_defaults("node_group_templates"));
  op.execute(protect_defaults("cluster_templates"));
}

}  // namespace

DBM_REVISION({
    .id = "029",
    .down = {"028"},
    .message = "set is_protected on is_default",
    .create_date = "2015-11-4 12:41:52.571258",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
