#include "workload.h"

#include <algorithm>
#include <mutex>
#include <unordered_map>

#include <dbm/operations.h>

#include "computed_id.h"

namespace dbm::bench {

namespace {

#include "workload_ids.inc"

std::string table(int k) { return "t" + std::to_string(k); }

// i % 3 == 0: a table and its name index; 1: a column on the previous table;
// 2: an index on the table two back. Downgrades are the exact inverses.
void upgrade(Operations& op, int i) {
  switch (i % 3) {
    case 0: {
      Table t{};
      t.name = table(i);
      t.columns = {column("id", types::integer()).not_null(), column("name", types::string(255)).not_null(),
                   column("created_at", types::date_time()), column("payload", types::text()),
                   column("flag", types::boolean())};
      t.primary_key = {.columns = {"id"}};
      op.create_table(t);
      op.create_index({.name = "ix_" + table(i) + "_name", .table = table(i), .columns = {"name"}});
      break;
    }
    case 1:
      op.add_column(table(i - 1), column("extra_" + std::to_string(i), types::string(64)));
      break;
    default:
      op.create_index({.name = "ix_" + table(i - 2) + "_created_at", .table = table(i - 2), .columns = {"created_at"}});
  }
}

void downgrade(Operations& op, int i) {
  switch (i % 3) {
    case 0:
      op.drop_index({.name = "ix_" + table(i) + "_name", .table = table(i)});
      op.drop_table(table(i));
      break;
    case 1:
      op.drop_column(table(i - 1), "extra_" + std::to_string(i));
      break;
    default:
      op.drop_index({.name = "ix_" + table(i - 2) + "_created_at", .table = table(i - 2)});
  }
}

// Revision functions are plain functions; the one that runs finds its i from
// the id being recorded. The index grows at recording time, so that loading
// the plugin (all that `heads` or `current` need) does not pay for it.
int g_revision_count = 0;
std::mutex g_index_mutex;
std::unordered_map<std::string, int> g_index;

int index_of(const std::string& id) {
  const std::lock_guard<std::mutex> lock(g_index_mutex);
  for (int i = static_cast<int>(g_index.size()); i < g_revision_count; ++i) g_index.emplace(revision_id(i), i);
  return g_index.at(id);
}

void upgrade_this(Operations& op) { upgrade(op, index_of(op.revision_id())); }
void downgrade_this(Operations& op) { downgrade(op, index_of(op.revision_id())); }

}  // namespace

std::string revision_id(int i) {
  if (i >= 0 && i < kTabledIdCount) return std::string(kTabledIds + 12 * i, 12);
  return computed_revision_id(i);
}

std::vector<Revision> workload(int n) {
  g_revision_count = std::max(g_revision_count, n);
  std::vector<Revision> revisions;
  revisions.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    // Filled in place: at N=10000 the moves and temporaries of building each
    // revision apart showed in the host's start-up.
    Revision& r = revisions.emplace_back();
    r.id = revision_id(i);
    if (i > 0) r.down.push_back(revisions[static_cast<std::size_t>(i) - 1].id);
    r.message = "rev ";
    r.message += std::to_string(i);
    r.create_date = "2024-01-01 00:00:00.000000";
    r.upgrade = upgrade_this;
    r.downgrade = downgrade_this;
  }
  return revisions;
}

}  // namespace dbm::bench
