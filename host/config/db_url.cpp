// Parsing and rendering of SQLAlchemy URLs, following the regular expression
// in SQLAlchemy 1.4's make_url (Debian bookworm), but stricter where it would
// silently drop text. Knows nothing of dialects or SOCI.
#include "config/db_url.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <vector>

#include "config/url_text.h"
#include "base/error.h"

namespace dbm::config {
namespace {

bool is_scheme_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '+';
}

[[noreturn]] void unparsable(std::string_view raw) {
  throw ConfigError("Could not parse SQLAlchemy URL from string '" + mask_password(raw) + "'");
}

std::optional<int> parse_port(std::string_view text) {
  if (text.empty() || text.size() > 5) return std::nullopt;
  int port = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    port = port * 10 + (c - '0');
  }
  if (port > 65535) return std::nullopt;
  return port;
}

// The pieces as SQLAlchemy's pattern cuts them, before any decoding.
struct RawParts {
  std::string_view scheme;
  std::optional<std::string_view> user;
  std::optional<std::string_view> password;
  std::string_view host;
  std::string_view port;
  std::optional<std::string_view> database;
  std::optional<std::string_view> query;
};

RawParts split(std::string_view raw) {
  RawParts parts;
  std::size_t scheme_end = 0;
  while (scheme_end < raw.size() && is_scheme_char(raw[scheme_end])) ++scheme_end;
  if (scheme_end == 0 || raw.substr(scheme_end, 3) != "://") unparsable(raw);
  parts.scheme = raw.substr(0, scheme_end);
  const std::string_view rest = raw.substr(scheme_end + 3);

  // User name: no ':' or '/'. With a password, the first '@' after the ':'
  // ends it; without one, the last '@' before any ':' or '/'.
  std::size_t pos = 0;
  const std::size_t user_end = std::min(rest.find_first_of(":/"), rest.size());
  const std::size_t at_after_colon =
      user_end < rest.size() && rest[user_end] == ':' ? rest.find('@', user_end) : std::string_view::npos;
  if (at_after_colon != std::string_view::npos) {
    parts.user = rest.substr(0, user_end);
    parts.password = rest.substr(user_end + 1, at_after_colon - user_end - 1);
    pos = at_after_colon + 1;
  } else if (const std::size_t at = rest.substr(0, user_end).rfind('@'); at != std::string_view::npos) {
    parts.user = rest.substr(0, at);
    pos = at + 1;
  }

  const std::size_t authority_end = std::min(rest.find_first_of("/?", pos), rest.size());
  bool bracketed = false;
  if (pos < rest.size() && rest[pos] == '[') {
    const std::size_t close = rest.substr(0, authority_end).rfind(']');
    if (close != std::string_view::npos && close > pos + 1) {
      parts.host = rest.substr(pos + 1, close - pos - 1);
      pos = close + 1;
      bracketed = true;
    }
  }
  if (!bracketed) {
    const std::size_t host_end = std::min(rest.find_first_of("/:?", pos), rest.size());
    parts.host = rest.substr(pos, host_end - pos);
    pos = host_end;
  }
  if (pos < rest.size() && rest[pos] == ':') {
    parts.port = rest.substr(pos + 1, authority_end - pos - 1);
    pos = authority_end;
  }
  // SQLAlchemy stops matching here and ignores the rest ("[::1]x/db").
  if (pos != authority_end) unparsable(raw);
  if (pos < rest.size() && rest[pos] == '/') {
    const std::size_t db_end = std::min(rest.find('?', pos), rest.size());
    parts.database = rest.substr(pos + 1, db_end - pos - 1);
    pos = db_end;
  }
  if (pos < rest.size()) parts.query = rest.substr(pos + 1);
  return parts;
}

}  // namespace

namespace {

bool is_password_key(std::string_view key) {
  std::string lower(key);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower == "password" || lower == "passwd";
}

// A stretch of the text to print as the mask: [begin, end), maybe empty (an
// empty password= value still shows the mask).
struct Hidden {
  std::size_t begin;
  std::size_t end;
};

// Where the values of password keys stand among the `key=value` pairs of
// `query` (the text after a '?'), keys compared as the parser decodes them
// (pass%77ord is password).
std::vector<Hidden> query_password_values(std::string_view query) {
  std::vector<Hidden> values;
  for (std::size_t start = 0; start <= query.size();) {
    const std::size_t end = std::min(query.find('&', start), query.size());
    const std::string_view pair = query.substr(start, end - start);
    const std::size_t eq = pair.find('=');
    if (eq != std::string_view::npos && is_password_key(percent_decode(pair.substr(0, eq)))) {
      values.push_back({start + eq + 1, end});
    }
    start = end + 1;
  }
  return values;
}

void hide_query_passwords(std::string_view raw, std::size_t question, std::vector<Hidden>& hidden) {
  for (const Hidden& value : query_password_values(raw.substr(question + 1))) {
    hidden.push_back({question + 1 + value.begin, question + 1 + value.end});
  }
}

}  // namespace

std::string mask_password(std::string_view raw, std::string_view mask) {
  const std::size_t scheme = raw.find("://");
  const std::size_t start = scheme == std::string_view::npos ? 0 : scheme + 3;
  const std::size_t colon = raw.find(':', start);
  const std::size_t last_at = raw.rfind('@');
  std::optional<Hidden> password;
  if (colon != std::string_view::npos && last_at != std::string_view::npos && last_at > colon) {
    password = Hidden{colon + 1, last_at};
  } else if (scheme != std::string_view::npos) {
    // No '@' after it: a ':' in the authority followed by anything but a port
    // may be a password whose '@' was forgotten ("u:pw127.0.0.1"): never echo it.
    // The colons of an IPv6 host ("[::1]:5432") are the host's.
    const std::size_t authority_end = std::min({raw.find('/', start), raw.find('?', start), raw.size()});
    std::size_t host_colon = colon;
    if (start < raw.size() && raw[start] == '[') {
      if (const std::size_t close = raw.find(']', start); close < authority_end) host_colon = raw.find(':', close);
    }
    if (host_colon < authority_end) {
      const std::string_view after = raw.substr(host_colon + 1, authority_end - host_colon - 1);
      const bool port = !after.empty() && after.size() <= 5 &&
                        std::all_of(after.begin(), after.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!port) password = Hidden{host_colon + 1, authority_end};
    }
  }
  std::vector<Hidden> hidden;
  if (password) hidden.push_back(*password);
  // Where the query starts depends on how the text is read, so password
  // values are hidden after each '?' it may start at: the first outside the
  // password (one before the ':' makes that ':' the query's:
  // "?password=secret&x=a:b@c"), the first after the password, and the first
  // after the user info as the parser cuts it (which may hold a '?':
  // "u?x@h/db?password=secret").
  std::size_t first = raw.find('?');
  if (password && first >= password->begin && first < password->end) first = raw.find('?', password->end);
  const std::size_t user_end = std::min(raw.find_first_of(":/", start), raw.size());
  std::size_t user_info_end = start;
  if (const std::size_t at = user_end < raw.size() && raw[user_end] == ':' ? raw.find('@', user_end)
                                                                           : std::string_view::npos;
      at != std::string_view::npos) {
    user_info_end = at + 1;
  } else if (const std::size_t user_at = raw.substr(0, user_end).rfind('@');
             user_at != std::string_view::npos && user_at >= start) {
    user_info_end = user_at + 1;
  }
  std::vector<std::size_t> questions = {first, raw.find('?', user_info_end)};
  if (password) questions.push_back(raw.find('?', password->end));
  std::sort(questions.begin(), questions.end());
  questions.erase(std::unique(questions.begin(), questions.end()), questions.end());
  for (const std::size_t question : questions) {
    if (question != std::string_view::npos) hide_query_passwords(raw, question, hidden);
  }

  std::sort(hidden.begin(), hidden.end(), [](const Hidden& a, const Hidden& b) { return a.begin < b.begin; });
  std::string out;
  std::size_t shown = 0;  // raw[0, shown) is in `out`
  for (std::size_t i = 0; i < hidden.size();) {
    std::size_t end = hidden[i].end;
    // Overlapping stretches print as one mask.
    std::size_t next = i + 1;
    while (next < hidden.size() && hidden[next].begin <= end) end = std::max(end, hidden[next++].end);
    out.append(raw.substr(shown, hidden[i].begin - shown)).append(mask);
    shown = end;
    i = next;
  }
  return out.append(raw.substr(shown));
}

DbUrl DbUrl::parse(std::string_view raw) {
  const RawParts parts = split(raw);
  DbUrl url;
  url.drivername = std::string(parts.scheme);
  const std::size_t plus = parts.scheme.find('+');
  const std::string_view backend = parts.scheme.substr(0, plus);
  if (plus != std::string_view::npos) {
    const std::string_view after = parts.scheme.substr(plus + 1);
    url.driver = std::string(after.substr(0, after.find('+')));
  }
  url.backend = std::string(backend);
  if (parts.user) url.user = percent_decode(*parts.user);
  if (parts.password) {
    url.password = percent_decode(*parts.password);
    url.password_given = true;
    url.passwords_as_written.emplace_back(*parts.password);
  }
  url.host = std::string(parts.host);
  if (!parts.port.empty()) {
    url.port = parse_port(parts.port);
    if (!url.port) unparsable(raw);
  }
  if (parts.database) url.database = std::string(*parts.database);
  if (parts.query) {
    url.query = parse_query(*parts.query);
    for (const Hidden& value : query_password_values(*parts.query)) {
      url.passwords_as_written.emplace_back(parts.query->substr(value.begin, value.end - value.begin));
    }
  }
  url.written = mask_password(raw);

  // An '@' past the user info means the password held an unescaped '@': the
  // host would carry the rest of it, so refuse rather than print it. (Where
  // the database part may hold one is the dialect's to check.)
  if (url.host.find('@') != std::string::npos) unparsable(raw);
  return url;
}

std::optional<std::string> DbUrl::query_value(std::string_view key) const {
  for (auto it = query.rbegin(); it != query.rend(); ++it) {
    if (it->first == key) return it->second;
  }
  return std::nullopt;
}

std::vector<std::string> DbUrl::passwords() const {
  std::vector<std::string> out;
  const auto add = [&out](const std::string& secret) {
    if (!secret.empty() && std::find(out.begin(), out.end(), secret) == out.end()) out.push_back(secret);
  };
  add(password);
  for (const auto& [key, value] : query) {
    if (is_password_key(key)) add(value);
  }
  for (const std::string& written_form : passwords_as_written) add(written_form);
  return out;
}

std::string DbUrl::masked(std::string_view mask) const {
  std::string out = drivername + "://";
  if (!user.empty() || !password.empty()) {
    out += quote_url_user(user);
    if (!password.empty()) out.append(":").append(mask);
    out += '@';
  }
  // Appended piece by piece, not `"[" + host + "]"`: GCC 12 warns falsely at
  // -O3 on such a chain (bug 105329).
  if (host.find(':') != std::string::npos) {
    out.append("[").append(host).append("]");
  } else {
    out += host;
  }
  if (port) out.append(":").append(std::to_string(*port));
  if (!database.empty()) out.append("/").append(database);
  if (!query.empty()) {
    auto sorted = query;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    char separator = '?';
    for (const auto& [key, value] : sorted) {
      // A password given as a query parameter (libpq's password=, MySQL's passwd=) is masked too.
      out += separator + quote_plus(key) + "=" + (is_password_key(key) ? std::string(mask) : quote_plus(value));
      separator = '&';
    }
  }
  return out;
}

std::string DbUrl::obfuscated() const { return masked("XXXXX"); }

std::string file_identity(const std::string& path) {
  if (path == ":memory:") return path;
  std::error_code ec;
  const std::filesystem::path canonical = std::filesystem::weakly_canonical(path, ec);
  return ec ? std::filesystem::path(path).lexically_normal().string() : canonical.string();
}

std::string DbUrl::file_path() const {
  if (database.empty() || database == ":memory:") return ":memory:";
  const std::filesystem::path path(database);
  if (path.is_absolute()) return database;
  return (std::filesystem::current_path() / path).lexically_normal().string();
}

}  // namespace dbm::config
