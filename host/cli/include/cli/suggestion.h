// "did you mean …?" for mistyped command names.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace dbm::cli {

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
std::optional<std::string> closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace dbm::cli
