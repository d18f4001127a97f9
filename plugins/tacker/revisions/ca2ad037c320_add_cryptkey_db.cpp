// Revision ca2ad037c320: the CryptKey table (keys kept encrypted, by uuid).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  Table t = table("CryptKey", {
      column("id", uuid()).not_null(),
      column("secretUuid", types::string(36)),
      column("encryptedKey", types::string(255)).not_null(),
      column("keyType", types::string(36)).not_null(),
      column("inUse", types::boolean()).not_null(),
  });
  t.primary_key = primary_key({"id"});
  t.options = {{"mysql_engine", "InnoDB"}};
  op.create_table(t);
}

}  // namespace

DBM_REVISION({
    .id = "ca2ad037c320",
    .down = {"4c0e2e2c2e02"},
    .message = "add db tables for crypt key",
    .create_date = "2023-04-13 05:41:47.422051",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
