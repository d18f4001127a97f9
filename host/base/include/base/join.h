// Joining lists of names into message and output text, the one way every
// module does it (Alembic's ", ".join and util.format_as_comma).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dbm::text {

/// "a, b, c" for separator ", "; "" for an empty list.
inline std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

}  // namespace dbm::text
