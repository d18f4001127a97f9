// Revision c5f8a2d9e013: parts, each belonging to one widget and going with it.
#include <utility>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::widget {
namespace {

void upgrade(Operations& op) {
  Table parts = table("parts", {timestamps(),
                                column("id", types::integer()).primary(),
                                column("widget_id", types::integer()).not_null(),
                                column("name", types::string(255)).not_null(),
                                column("quantity", types::integer()).not_null().with_default(
                                    ServerDefault::literal("1"))});
  parts.foreign_keys = {{.name = "fk_parts_widget_id",
                         .columns = {"widget_id"},
                         .ref_table = "widgets",
                         .ref_columns = {"id"},
                         .ondelete = "CASCADE"}};
  op.create_table(std::move(parts));
  op.create_index({.name = "ix_parts_widget_id", .table = "parts", .columns = {"widget_id"}});
}

void downgrade(Operations& op) {
  op.drop_index({.name = "ix_parts_widget_id", .table = "parts"});
  op.drop_table("parts");
}

}  // namespace

DBM_REVISION({
    .id = "c5f8a2d9e013",
    .down = {"7b3e9f0a1c24"},
    .message = "create parts",
    .create_date = "2024-06-03 11:05:52.918273",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::widget
