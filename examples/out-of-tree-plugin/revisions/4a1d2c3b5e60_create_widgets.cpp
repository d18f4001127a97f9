// Revision 4a1d2c3b5e60: the widgets table. `deleted` follows oslo.db's soft
// delete: 0 for a live row, the row's id once deleted.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::widget {
namespace {

void upgrade(Operations& op) {
  op.create_table(table("widgets", {timestamps(),
                                    column("id", types::integer()).primary(),
                                    column("name", types::string(255)).not_null(),
                                    column("deleted", types::integer()).not_null().with_default(
                                        ServerDefault::literal("0"))}));
}

void downgrade(Operations& op) { op.drop_table("widgets"); }

}  // namespace

DBM_REVISION({
    .id = "4a1d2c3b5e60",
    .message = "create widgets",
    .create_date = "2024-05-02 09:12:41.530118",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::widget
