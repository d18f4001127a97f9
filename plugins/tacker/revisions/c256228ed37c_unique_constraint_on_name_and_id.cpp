// Revision c256228ed37c: names become unique per tenant in vnf, vnfd, vims, ns
// and nsd: a unique key uniq_<table>0tenant_id0name on (tenant_id, name).
// On SQLite, where upstream's ALTER of constraints is not supported, the host
// adds each key by rebuilding the table; the result is the schema upstream
// produces on PostgreSQL and MySQL.
#include <string>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  for (const std::string table : {"vnf", "vnfd", "vims", "ns", "nsd"}) {
    op.create_unique_constraint(
        {.name = "uniq_" + table + "0tenant_id0name", .table = table, .columns = {"tenant_id", "name"}});
  }
}

}  // namespace

DBM_REVISION({
    .id = "c256228ed37c",
    .down = {"ef14f8026327"},
    .message = "unique constraint on name and id",
    .create_date = "2017-03-01 12:28:58.467900",
    .upgrade = upgrade,
    // Upstream's docstring names 8f7145914cb0 as the parent; down_revision is what counts.
    .doc = "unique constraint on name and id\n\nRevision ID: c256228ed37c\nRevises: 8f7145914cb0\n"
           "Create Date: 2017-03-01 12:28:58.467900\n\n",
})

}  // namespace dbm::tacker
