// Revision 6bfd1c23aa18: lease names stop being unique. The UNIQUE(name) of
// 0_1 was named by the database (PostgreSQL leases_name_key, MySQL name), so
// upstream reflects the name at run time; we ask the host to find the unique
// constraint on exactly (name). SQLite lost it in 2bcfe76b0474's rebuild, and
// then nothing is dropped, as upstream.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

void upgrade(Operations& op) {
  op.drop_constraint({.table = "leases", .type = ConstraintType::kUnique, .columns = {"name"}});
}

void downgrade(Operations& op) {
  op.create_unique_constraint({.name = "uniq_leases0name", .table = "leases", .columns = {"name"}});
}

}  // namespace

DBM_REVISION({
    .id = "6bfd1c23aa18",
    .down = {"ba75b766b64e"},
    .message = "Allow duplicate lease names",
    .create_date = "2017-08-16 08:49:15.307072",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
