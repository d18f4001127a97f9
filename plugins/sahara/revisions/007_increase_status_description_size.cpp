// Revision 007: convert clusters.status_description to LongText.
// Upstream's ALTER COLUMN fails on SQLite, where Alembic stops at 006; ours
// rebuilds the table there (the host's batch mode), keeping the rows.
#include "../revisions.h"
#include "../sahara_types.h"

namespace dbm::sahara {

Revision rev_007() {
  return Revision{
      .id = "007",
      .down = {"006"},
      .message = "convert clusters.status_description to LongText",
      .create_date = "2014-06-20 22:36:00.783444",
      .upgrade =
          [](Operations& op) {
            AlterColumn alter{};
            alter.table = "clusters";
            alter.column = "status_description";
            alter.type = long_text();
            alter.existing_nullable = true;
            op.alter_column(alter);
          },
  };
}

}  // namespace dbm::sahara
