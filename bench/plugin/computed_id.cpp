#include "computed_id.h"

#include <string_view>

#include <boost/uuid/detail/sha1.hpp>

namespace dbm::bench {

std::string computed_revision_id(int i) {
  boost::uuids::detail::sha1 sha1;
  const std::string text = "rev-" + std::to_string(i);
  sha1.process_bytes(text.data(), text.size());
  boost::uuids::detail::sha1::digest_type digest;
  sha1.get_digest(digest);
  // The first 12 hex digits: all of the first word, half of the second.
  constexpr std::string_view kDigits = "0123456789abcdef";
  std::string id(12, '0');
  for (int nibble = 0; nibble < 12; ++nibble) {
    const unsigned word = digest[nibble / 8];
    id[static_cast<std::size_t>(nibble)] = kDigits[(word >> (28 - 4 * (nibble % 8))) & 0xfu];
  }
  return id;
}

}  // namespace dbm::bench
