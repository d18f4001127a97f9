// A 64-bit hash that is the same in every process and every build (FNV-1a),
// for names that two runs must agree on: migration lock keys and files.
#pragma once

#include <cstdint>
#include <string_view>

namespace dbm {

inline std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace dbm
