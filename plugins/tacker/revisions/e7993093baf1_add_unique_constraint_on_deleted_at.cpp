// Revision e7993093baf1: the per-tenant unique names of vnf, vnfd, vims, ns
// and nsd take deleted_at in (so a soft-deleted row no longer holds its name):
// for each table, uniq_<table>0tenant_id0name is dropped and
// uniq_<table>0tenant_id0name0deleted_at on (tenant_id, name, deleted_at)
// created.
// On SQLite, where upstream's ALTER of constraints is not supported, the host
// swaps the keys by rebuilding each table; the result is the schema upstream
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
    op.drop_constraint({.name = "uniq_" + table + "0tenant_id0name", .table = table, .type = ConstraintType::kUnique});
    op.create_unique_constraint({.name = "uniq_" + table + "0tenant_id0name0deleted_at",
                                 .table = table,
                                 .columns = {"tenant_id", "name", "deleted_at"}});
  }
}

}  // namespace

DBM_REVISION({
    .id = "e7993093baf1",
    .down = {"c256228ed37c"},
    .message = "add unique constraint on deleted_at",
    .create_date = "2017-04-19 10:57:22.157326",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
