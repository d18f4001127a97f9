// The widget service's models: the schema its code expects at head, in the
// vocabulary revisions use. `db-manage --project widget check` compares them
// with what the revisions build on every dialect; `revision --autogenerate`
// writes the operations that close a difference. Change the models first,
// then let autogenerate draft the revision.
#include <dbm/columns.h>

#include "widget_plugin.h"

namespace dbm::widget {

std::vector<Table> models() {
  Table widgets = table("widgets", {timestamps(),
                                    column("id", types::integer()).primary(),
                                    column("name", types::string(255)).not_null(),
                                    column("deleted", types::integer()).not_null().with_default(
                                        ServerDefault::literal("0")),
                                    column("slug", types::string(255)).not_null()});
  widgets.unique_constraints = {{.name = "uniq_widgets0name0deleted", .columns = {"name", "deleted"}}};
  widgets.indexes = {{.name = "ix_widgets_slug", .table = "widgets", .columns = {"slug"}}};

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
  parts.indexes = {{.name = "ix_parts_widget_id", .table = "parts", .columns = {"widget_id"}}};

  std::vector<Table> tables;
  tables.push_back(std::move(widgets));
  tables.push_back(std::move(parts));
  return tables;
}

}  // namespace dbm::widget
