// Fuzz target `url`: a database URL as db-manage meets it in a config file or
// a manifest (host/config: db_url.cpp, url_text.cpp, database_url.cpp;
// host/dialect's URL checks and connect strings; host/db's one_line_error),
// and every text it prints about one.
//
// Input: the URL's bytes.
// Expected: ConfigError. Anything else leaving, a crash or a sanitizer report
// is a finding.
// Invariant beyond that — no password is printed. A password P, as the parser
// sees it (the userinfo's, percent-decoded, and the values of password= and
// passwd= query keys; for a URL without any '@', the text mask_password
// promises to hide: from a ':' in the authority, not a port, to its end), of
// at least 4 bytes that does not occur elsewhere in the input, must not occur
// in any text made for printing: mask_password()'s, a parse error's, the
// dialect's errors, DbUrl::written/masked()/obfuscated(), find_database_url's
// errors, and one_line_error() of driver messages echoing the URL or the
// connect string. A text containing P counts only when the same text made
// from the input with P's bytes replaced (a "canary") does not: then P got
// there from the password, not from another part of the URL.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "config/database_url.h"
#include "config/db_url.h"
#include "config/oslo_config.h"
#include "config/url_text.h"
#include "db/database.h"
#include "dialect/dialect.h"
#include "fuzz_support.h"

namespace {

using dbm::fuzz::finding;

/// A password's bytes in the input, [begin, end), and its value as the parser sees it.
struct Secret {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string value{};
};

bool is_scheme_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '+'; }

std::string plus_to_space(std::string text) {
  std::replace(text.begin(), text.end(), '+', ' ');
  return text;
}

bool is_password_key(std::string key) {
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
  return key == "password" || key == "passwd";
}

/// Where SQLAlchemy's pattern (as db_url.cpp's split() follows it) finds
/// passwords: `scheme://user:PASSWORD@...`, the user without ':' or '/', the
/// password up to the first '@'; then `?...&password=P&...` after the user info.
std::vector<Secret> find_secrets(std::string_view raw) {
  std::vector<Secret> secrets;
  std::size_t scheme_end = 0;
  while (scheme_end < raw.size() && is_scheme_char(raw[scheme_end])) ++scheme_end;
  if (scheme_end == 0 || raw.substr(scheme_end, 3) != "://") return secrets;
  const std::size_t rest = scheme_end + 3;
  const std::size_t user_end = std::min(raw.find_first_of(":/", rest), raw.size());
  std::size_t after_userinfo = rest;
  const std::size_t at = user_end < raw.size() && raw[user_end] == ':' ? raw.find('@', user_end) : std::string::npos;
  if (at != std::string_view::npos) {
    secrets.push_back({user_end + 1, at, dbm::config::percent_decode(raw.substr(user_end + 1, at - user_end - 1))});
    after_userinfo = at + 1;
  } else if (const std::size_t user_at = raw.substr(0, user_end).rfind('@');
             user_at != std::string_view::npos && user_at >= rest) {
    after_userinfo = user_at + 1;
  } else if (raw.find('@') == std::string_view::npos && user_end < raw.size() && raw[user_end] == ':' &&
             raw[rest] != '[') {
    // mask_password's promise for a forgotten '@' ("u:pw127.0.0.1/db"; an
    // IPv6 host's colons are the host's).
    const std::size_t authority_end = std::min(raw.find_first_of("/?", rest), raw.size());
    if (user_end < authority_end) {
      const std::string_view after = raw.substr(user_end + 1, authority_end - user_end - 1);
      const bool port = !after.empty() && after.size() <= 5 &&
                        std::all_of(after.begin(), after.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!port) secrets.push_back({user_end + 1, authority_end, std::string(after)});
    }
  }
  const std::size_t question = raw.find('?', after_userinfo);
  if (question == std::string_view::npos) return secrets;
  for (std::size_t start = question + 1; start <= raw.size();) {
    const std::size_t end = std::min(raw.find('&', start), raw.size());
    const std::string_view item = raw.substr(start, end - start);
    const std::size_t eq = item.find('=');
    if (eq != std::string_view::npos && eq + 1 < item.size() &&
        is_password_key(dbm::config::percent_decode(plus_to_space(std::string(item.substr(0, eq)))))) {
      secrets.push_back({start + eq + 1, end,
                         dbm::config::percent_decode(plus_to_space(std::string(item.substr(eq + 1))))});
    }
    start = end + 1;
  }
  return secrets;
}

/// Every text db-manage may print about `raw`, in a fixed order.
std::vector<std::string> printed_texts(const std::string& raw) {
  using dbm::config::DbUrl;
  std::vector<std::string> texts = {dbm::config::mask_password(raw), dbm::config::mask_password(raw, "XXXXX")};
  // The URL as a config file gives it: references expanded first.
  try {
    const auto config = dbm::config::OsloConfig::from_parsed({{"fuzz.conf", {{"database", {{"connection", {raw}}}}}}});
    dbm::config::find_database_url(config, {"database/connection"}, [](const char*) -> const char* { return nullptr; });
  } catch (const dbm::ConfigError& e) {
    texts.emplace_back(e.what());
  }
  std::optional<DbUrl> url;
  try {
    url = DbUrl::parse(raw);
  } catch (const dbm::ConfigError& e) {
    texts.emplace_back(e.what());
    return texts;
  }
  texts.push_back(url->written);
  texts.push_back(url->masked());
  texts.push_back(url->obfuscated());
  try {
    const dbm::dialect::Dialect& dialect = dbm::dialect::dialect_for(*url);
    const std::string connect = dialect.connect_string(*url);
    // A driver that echoes what it was given: db::Database scrubs its
    // errors with one_line_error and the URL's passwords.
    texts.push_back(dbm::db::one_line_error("connection failed: " + connect + "\n", url->passwords()));
    for (const std::string& key : dialect.ignored_query_keys(*url)) texts.push_back(key);
  } catch (const dbm::ConfigError& e) {
    texts.emplace_back(e.what());
  }
  texts.push_back(dbm::db::one_line_error("could not connect to '" + raw + "'\r\n", url->passwords()));
  return texts;
}

/// `raw` with the secret's bytes replaced by letters that no text treats
/// specially, and that differ from the original byte by byte.
std::string with_canary(const std::string& raw, const Secret& secret) {
  std::string out = raw;
  for (std::size_t i = secret.begin; i < secret.end; ++i) out[i] = out[i] == 'q' ? 'r' : 'q';
  return out;
}

void check(const std::string& raw, const std::vector<std::string>& texts, const Secret& secret) {
  const std::string& password = secret.value;
  if (password.size() < 4) return;
  // Elsewhere in the input: then its appearance proves nothing.
  if (raw.substr(0, secret.begin).find(password) != std::string::npos ||
      raw.substr(secret.end).find(password) != std::string::npos) {
    return;
  }
  std::string canary_texts;
  for (const std::string& text : printed_texts(with_canary(raw, secret))) canary_texts.append(text).push_back('\0');
  if (canary_texts.find(password) != std::string::npos) return;  // it comes from another part
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (texts[i].find(password) != std::string::npos) {
      finding("password '" + password + "' printed in text #" + std::to_string(i) + ": " + texts[i]);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string raw(dbm::fuzz::as_text(data, size));
  const std::vector<std::string> texts = printed_texts(raw);
  for (const Secret& secret : find_secrets(raw)) check(raw, texts, secret);
  return 0;
}
