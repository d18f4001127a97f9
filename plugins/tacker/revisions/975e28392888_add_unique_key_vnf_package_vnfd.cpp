// Revision 975e28392888: vnf_package_vnfd.deleted becomes VARCHAR(36), soft-
// deleted rows that share a vnfd_id with another row take their own id as
// their `deleted` value, and (vnfd_id, deleted) becomes unique.
//
// Upstream first reflects the table's CHECK constraints and drops one that
// mentions `deleted`. SQLAlchemy 1.4's Boolean creates no CHECK constraint,
// so none exists on any dialect and nothing is dropped; we record nothing for
// that step.
//
// Upstream's alter_column also passes default="0", which Alembic ignores (it
// is not server_default): the column keeps no default, as the reference
// schema shows, and ours records none.
//
// Upstream de-duplicates with an ORM session over the reflected table: for
// every vnfd_id held by more than one row, each of its rows whose `deleted`
// reads exactly '1' after the type change gets deleted = its own id. That
// needs a live connection, so upstream fails offline (--sql). We record one
// UPDATE with the same rows and values, on every dialect and offline too; the
// vnfd_id list sits in a derived table because MySQL refuses to UPDATE a
// table that a plain subquery reads. Which rows match depends on how the
// dialect converts BOOLEAN to VARCHAR, exactly as upstream's comparison does:
// MySQL's TINYINT(1) and SQLite's integers become '0'/'1', so soft-deleted
// duplicates are renumbered; PostgreSQL's casts give 'true'/'false', so no
// row matches there (upstream changes none either).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "vnf_package_vnfd", .column = "deleted", .type = types::string(36)});
  op.execute(
      "UPDATE vnf_package_vnfd SET deleted = id WHERE deleted = '1' AND vnfd_id IN "
      "(SELECT vnfd_id FROM (SELECT vnfd_id FROM vnf_package_vnfd GROUP BY vnfd_id HAVING count(*) > 1) "
      "AS shared_vnfd_ids)");
  op.create_unique_constraint({.name = "uniq_vnf_package_vnfd0vnfd_id0deleted",
                               .table = "vnf_package_vnfd",
                               .columns = {"vnfd_id", "deleted"}});
}

}  // namespace

DBM_REVISION({
    .id = "975e28392888",
    .down = {"abbef484b34c"},
    .message = "Add unique constraints on vnfd_id,deleted in vnf_package_vnfd",
    .create_date = "2019-12-10 02:40:12.966027",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
