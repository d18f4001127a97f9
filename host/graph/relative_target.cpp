// A hand-written matcher for Alembic's relative-target pattern, equivalent to
// ECMAScript's backtracking over `(?:(.+?)@)?(\w+)?((?:\+|-)\d+)` anchored at
// the start: the optional label group is tried first, shortest label first,
// then no label; `(\w+)?` can only succeed with the whole word run, since a
// sign is not a word character.
#include "graph/relative_target.h"

#include <climits>

namespace dbm::graph {
namespace {

bool is_word(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// What ECMAScript's `.` does not match.
bool is_line_terminator(char c) { return c == '\n' || c == '\r'; }

/// `(\w+)?((?:\+|-)\d+)` at `at`.
std::optional<RelativeTarget> match_rest(std::string_view text, std::size_t at, std::optional<std::string> label) {
  std::size_t sign = at;
  while (sign < text.size() && is_word(text[sign])) ++sign;
  if (sign >= text.size() || (text[sign] != '+' && text[sign] != '-')) return std::nullopt;
  std::size_t end = sign + 1;
  while (end < text.size() && is_digit(text[end])) ++end;
  if (end == sign + 1) return std::nullopt;
  RelativeTarget match;
  match.label = std::move(label);
  if (sign > at) match.symbol = std::string(text.substr(at, sign - at));
  match.relative = std::string(text.substr(sign, end - sign));
  return match;
}

}  // namespace

std::optional<RelativeTarget> match_relative(std::string_view target) {
  // Each '@' after at least one character ends a candidate label; a longer
  // label is tried only when the shorter one leaves no match. Each try scans
  // at most to the next non-word character, so the whole loop is linear.
  for (std::size_t at = 1; at < target.size(); ++at) {
    if (is_line_terminator(target[at - 1])) break;
    if (target[at] != '@') continue;
    if (auto match = match_rest(target, at + 1, std::string(target.substr(0, at)))) return match;
  }
  return match_rest(target, 0, std::nullopt);
}

long relative_value(std::string_view relative) {
  long value = 0;
  for (std::size_t i = 1; i < relative.size(); ++i) {
    value = value > LONG_MAX / 10 - 10 ? LONG_MAX / 10 : value * 10 + (relative[i] - '0');
  }
  return !relative.empty() && relative[0] == '-' ? -value : value;
}

}  // namespace dbm::graph
