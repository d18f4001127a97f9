// The text codecs SQLAlchemy applies to URL pieces (Python's unquote,
// quote_plus and parse_qsl, and SQLAlchemy's own user-name quoting).
// Pure string functions; know nothing of dialects or connections.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dbm::config {

/// %XX → byte; malformed escapes stay as written (urllib's unquote).
std::string percent_decode(std::string_view text);

/// urllib's quote_plus: letters, digits, `_.-~` kept, space → '+', rest %XX.
std::string quote_plus(std::string_view text);

/// SQLAlchemy's quoting of user names when rendering: only `:@/` escaped.
std::string quote_url_user(std::string_view text);

/// urllib's parse_qsl as SQLAlchemy calls it: '&'-separated, '+' is a space,
/// pairs without '=' or with an empty value are dropped.
std::vector<std::pair<std::string, std::string>> parse_query(std::string_view query);

}  // namespace dbm::config
