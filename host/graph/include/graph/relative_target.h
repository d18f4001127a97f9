// The relative forms of Alembic's target grammar: "+2", "-1", "ae10+3",
// "branch@+2", "branch@ae10-1" — Alembic's pattern
// `(?:(.+?)@)?(\w+)?((?:\+|-)\d+)` applied with re.match. Parsed by hand in
// one pass, without regex machinery, so that any input, however long, is
// answered in linear time (std::regex recursed once per character).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dbm::graph {

struct RelativeTarget {
  std::optional<std::string> label{};   ///< before the '@', when there is one
  std::optional<std::string> symbol{};  ///< the word before the sign, when there is one
  std::string relative{};               ///< the sign and its digits: "+2", "-10"

  friend bool operator==(const RelativeTarget&, const RelativeTarget&) = default;
};

/// The relative form `target` starts with (text after it is ignored, as
/// re.match ignores it), or nullopt. Word characters are [A-Za-z0-9_]; the
/// label is the shortest prefix ending at an '@' that leaves a match, and
/// holds no line break.
std::optional<RelativeTarget> match_relative(std::string_view target);

/// The value of a relative part: "+2" → 2, "-10" → -10; clipped near LONG_MAX.
long relative_value(std::string_view relative);

}  // namespace dbm::graph
