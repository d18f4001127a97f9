#include "workload.h"

#include <string_view>

#include <boost/uuid/detail/sha1.hpp>

namespace dbm::bench {

namespace {

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
      t.primary_key = {{}, {"id"}};
      op.create_table(t);
      op.create_index("ix_" + table(i) + "_name", table(i), {"name"});
      break;
    }
    case 1:
      op.add_column(table(i - 1), column("extra_" + std::to_string(i), types::string(64)));
      break;
    default:
      op.create_index("ix_" + table(i - 2) + "_created_at", table(i - 2), {"created_at"});
  }
}

void downgrade(Operations& op, int i) {
  switch (i % 3) {
    case 0:
      op.drop_index("ix_" + table(i) + "_name", table(i));
      op.drop_table(table(i));
      break;
    case 1:
      op.drop_column(table(i - 1), "extra_" + std::to_string(i));
      break;
    default:
      op.drop_index("ix_" + table(i - 2) + "_created_at", table(i - 2));
  }
}

}  // namespace

std::string revision_id(int i) {
  boost::uuids::detail::sha1 sha1;
  const std::string text = "rev-" + std::to_string(i);
  sha1.process_bytes(text.data(), text.size());
  boost::uuids::detail::sha1::digest_type digest;
  sha1.get_digest(digest);
  // The first 12 hex digits: all of the first word, half of the second.
  // Written by hand: snprintf was half the time of making an id.
  constexpr std::string_view kDigits = "0123456789abcdef";
  std::string id(12, '0');
  for (int nibble = 0; nibble < 12; ++nibble) {
    const unsigned word = digest[nibble / 8];
    id[static_cast<std::size_t>(nibble)] = kDigits[(word >> (28 - 4 * (nibble % 8))) & 0xfu];
  }
  return id;
}

std::vector<Revision> workload(int n) {
  std::vector<Revision> revisions;
  revisions.reserve(static_cast<std::size_t>(n));
  std::string previous;
  for (int i = 0; i < n; ++i) {
    Revision r{};
    r.id = revision_id(i);
    if (!previous.empty()) r.down = {previous};
    r.message = "rev " + std::to_string(i);
    r.create_date = "2024-01-01 00:00:00.000000";
    r.upgrade = [i](Operations& op) { upgrade(op, i); };
    r.downgrade = [i](Operations& op) { downgrade(op, i); };
    previous = r.id;
    revisions.push_back(std::move(r));
  }
  return revisions;
}

}  // namespace dbm::bench
