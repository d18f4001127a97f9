// Revision f5c1c3b0f6b4: data only. Rows of vnfd, vnf, vims, ns and nsd that
// are not deleted (deleted_at NULL) get deleted_at = 0001-01-01 00:00:00, the
// "never deleted" value the unique keys of e7993093baf1 compare (NULLs never
// collide in a unique key). Upstream formats Python's datetime.min into the
// statement; that value's text is written here as a literal.
#include <string>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  for (const std::string table : {"vnfd", "vnf", "vims", "ns", "nsd"}) {
    op.execute("UPDATE " + table + " set deleted_at='0001-01-01 00:00:00' WHERE deleted_at is NULL");
  }
}

}  // namespace

DBM_REVISION({
    .id = "f5c1c3b0f6b4",
    .down = {"31acbaeb8299"},
    .message = "set default value for deleted_at",
    .create_date = "2017-06-23 03:03:12.200270",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
