// Revision 5958429bcb3c: devicetemplateattributes.value widens to
// text_type_maxlen (VARCHAR(65535) on PostgreSQL, TEXT(65535) elsewhere) and
// is nullable. Real Alembic stops here on SQLite (it emits ALTER COLUMN);
// the host rebuilds the table there instead, giving the same column.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column({.table = "devicetemplateattributes", .column = "value", .nullable = true,
                   .type = text_type_maxlen(op)});
}

}  // namespace

DBM_REVISION({
    .id = "5958429bcb3c",
    .down = {"13c0e0661015"},
    .message = "modify datatype of value",
    .create_date = "2015-10-05 17:09:24.710961",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
