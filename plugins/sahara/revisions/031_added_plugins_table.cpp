// Revision 031: added_plugins_table. Unlike every earlier table, upstream
// gives plugin_data no MySQL engine or charset: the server's defaults apply.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  Table plugin_data =
      keyed_table("plugin_data",
                  {timestamps(), id(), tenant_id().not_null(), column("name", types::string(15)).not_null(),
                   column("plugin_labels", json_encoded()), column("version_labels", json_encoded())},
                  {}, {{"name", "tenant_id"}});
  plugin_data.options.clear();
  op.create_table(std::move(plugin_data));
}

}  // namespace

DBM_REVISION({
    .id = "031",
    .down = {"030"},
    .message = "added_plugins_table",
    .create_date = "2016-06-21 13:32:40.151321",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
