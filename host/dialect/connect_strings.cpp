// Turns a parsed URL into the connect strings SOCI 4.0.3's backends parse:
// libpq conninfo, the mysql backend's key=value list, the sqlite3 backend's
// `db=... timeout=...`. Builds text only; never links or calls SOCI.
#include "connect_strings.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>

#include "config/db_url.h"
#include "base/error.h"

namespace dbm::dialect {

using config::DbUrl;

namespace {

// A server that does not answer must not hang a migration run forever.
constexpr std::string_view kDefaultConnectTimeout = "10";
// pysqlite's default busy timeout, in seconds.
constexpr int kDefaultSqliteTimeout = 5;

// Query keys that SQLAlchemy itself consumes, never a driver.
bool is_sqlalchemy_key(std::string_view key) { return key == "plugin" || key == "plugins"; }

// SQLAlchemy's URL query key -> SOCI mysql's parameter name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kMysqlQueryKeys{{
    {"unix_socket", "unix_socket"},
    {"charset", "charset"},
    {"ssl_ca", "sslca"},
    {"ssl_cert", "sslcert"},
    {"ssl_key", "sslkey"},
    {"local_infile", "local_infile"},
    {"connect_timeout", "connect_timeout"},
    {"read_timeout", "read_timeout"},
    {"write_timeout", "write_timeout"},
}};

std::string_view mysql_name_for(std::string_view query_key) {
  for (const auto& [key, name] : kMysqlQueryKeys) {
    if (key == query_key) return name;
  }
  return {};
}

bool is_true(std::string value) {
  std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
  return value == "true" || value == "yes" || value == "on" || value == "y" || value == "t" || value == "1";
}

bool is_positive_whole(std::string_view value) {
  if (value.empty() || value.size() > 9) return false;
  if (!std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return std::stol(std::string(value)) > 0;
}

// Quotes per libpq: single quotes around empty values or ones with spaces,
// quotes or backslashes, with ' and \ escaped by a backslash. SOCI's mysql
// backend reads values with the same rules.
std::string quoted_value(std::string_view value) {
  const bool plain = !value.empty() && std::none_of(value.begin(), value.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '\'' || c == '\\';
  });
  if (plain) return std::string(value);
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

using Params = std::vector<std::pair<std::string, std::string>>;

void set_param(Params& params, std::string key, std::string value) {
  for (auto& [k, v] : params) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  params.emplace_back(std::move(key), std::move(value));
}

std::string join(const Params& params) {
  std::string out;
  for (const auto& [key, value] : params) {
    if (!out.empty()) out += ' ';
    out += key + "=" + quoted_value(value);
  }
  return out;
}

}  // namespace

void check_server_url(const DbUrl& url) {
  if (url.password_given && url.database.find('@') != std::string::npos) {
    throw ConfigError("Could not parse SQLAlchemy URL from string '" + url.written + "'");
  }
}

void check_sqlite_url(const DbUrl& url) {
  if (!url.user.empty() || !url.password.empty() || !url.host.empty() || url.port.value_or(0) != 0) {
    throw ConfigError("Invalid SQLite URL '" + url.written +
                      "': valid forms are sqlite:///:memory: (or sqlite://), sqlite:///relative/path/to/file.db "
                      "and sqlite:////absolute/path/to/file.db");
  }
}

std::string postgresql_conninfo(const DbUrl& url) {
  Params params;
  if (!url.host.empty()) set_param(params, "host", url.host);
  if (url.port) set_param(params, "port", std::to_string(*url.port));
  if (!url.database.empty()) set_param(params, "dbname", url.database);
  if (!url.user.empty()) set_param(params, "user", url.user);
  if (!url.password.empty()) set_param(params, "password", url.password);
  // psycopg2 hands every query parameter to libpq (?host=/run/postgresql).
  for (const auto& [key, value] : url.query) {
    if (is_sqlalchemy_key(key)) continue;
    set_param(params, key == "database" ? "dbname" : key, value);
  }
  if (!url.query_value("connect_timeout")) set_param(params, "connect_timeout", std::string(kDefaultConnectTimeout));
  return join(params);
}

std::string mysql_connect_string(const DbUrl& url) {
  Params params;
  if (!url.host.empty()) set_param(params, "host", url.host);
  if (url.port) set_param(params, "port", std::to_string(*url.port));
  if (!url.user.empty()) set_param(params, "user", url.user);
  if (!url.password.empty()) set_param(params, "password", url.password);
  if (!url.database.empty()) set_param(params, "db", url.database);
  for (const auto& [key, value] : url.query) {
    const std::string_view name = mysql_name_for(key);
    if (name.empty()) continue;
    if (name.ends_with("timeout") && !is_positive_whole(value)) {
      throw ConfigError("invalid " + key + " '" + value + "' in URL '" + url.masked() +
                        "': expected a whole number of seconds greater than 0");
    }
    if (name == "local_infile" && value != "0" && value != "1") {
      throw ConfigError("invalid local_infile '" + value + "' in URL '" + url.masked() + "': expected 0 or 1");
    }
    set_param(params, std::string(name), value);
  }
  if (!url.query_value("connect_timeout")) set_param(params, "connect_timeout", std::string(kDefaultConnectTimeout));
  return join(params);
}

namespace {

int sqlite_timeout(const DbUrl& url) {
  const auto text = url.query_value("timeout");
  if (!text) return kDefaultSqliteTimeout;
  double seconds = -1;
  std::size_t used = 0;
  try {
    seconds = std::stod(*text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text->size() || !(seconds >= 0) || seconds > 86400) {
    throw ConfigError("invalid timeout '" + *text + "' in URL '" + url.masked() +
                      "': expected a number of seconds from 0 to 86400");
  }
  return static_cast<int>(std::ceil(seconds));
}

}  // namespace

std::string sqlite_connect_string(const DbUrl& url) {
  if (const auto uri = url.query_value("uri"); uri && is_true(*uri)) {
    throw ConfigError("SQLite URI filenames (uri=" + *uri + ") are not supported, in URL '" + url.masked() + "'");
  }
  const std::string path = url.file_path();
  // SOCI's sqlite3 backend splits on spaces and strips double quotes; it has
  // no escape for a quote inside the path.
  if (path.find('"') != std::string::npos) {
    throw ConfigError("SQLite path '" + path + "' contains '\"', which SOCI's sqlite3 backend cannot open");
  }
  const std::string db = path.find(' ') != std::string::npos ? "\"" + path + "\"" : path;
  return "db=" + db + " timeout=" + std::to_string(sqlite_timeout(url));
}

namespace {

std::vector<std::string> ignored_keys(const DbUrl& url, bool (*used)(std::string_view key)) {
  std::vector<std::string> ignored;
  for (const auto& [key, value] : url.query) {
    if (!used(key) && std::find(ignored.begin(), ignored.end(), key) == ignored.end()) ignored.push_back(key);
  }
  return ignored;
}

}  // namespace

std::vector<std::string> postgresql_ignored_keys(const DbUrl& url) {
  return ignored_keys(url, [](std::string_view key) { return !is_sqlalchemy_key(key); });
}

std::vector<std::string> mysql_ignored_keys(const DbUrl& url) {
  return ignored_keys(url, [](std::string_view key) { return !mysql_name_for(key).empty(); });
}

std::vector<std::string> sqlite_ignored_keys(const DbUrl& url) {
  return ignored_keys(url, [](std::string_view key) { return key == "timeout" || key == "uri"; });
}

}  // namespace dbm::dialect
