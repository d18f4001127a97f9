// Revision 24bec5f211c7: deviceattributes.value widens to text_type_maxlen
// (VARCHAR(65535) on PostgreSQL, TEXT(65535) elsewhere) and is nullable, as
// 5958429bcb3c did for devicetemplateattributes.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "deviceattributes", .column = "value", .nullable = true,
                   .type = text_type_maxlen(op)});
}

}  // namespace

DBM_REVISION({
    .id = "24bec5f211c7",
    .down = {"2774a42c7163"},
    .message = "Alter value in deviceattributes",
    .create_date = "2016-01-24 19:21:03.410029",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
