// A SQLAlchemy database URL, parsed the way SQLAlchemy 1.4 parses it, and
// what SOCI 4.0 needs to open it. Owns password masking for anything that
// prints a URL. Must not link SOCI: it only builds SOCI's connect strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dbm::config {

/// What replaces a password in any URL we print.
inline constexpr std::string_view kPasswordMask = "***";

struct DbUrl {
  /// The scheme as written: "mysql+pymysql".
  std::string drivername{};
  /// "sqlite", "postgresql" or "mysql" (mariadb and postgres normalized).
  std::string dialect{};
  /// The part after '+', "" when none was written.
  std::string driver{};
  /// User and password, percent-decoded. Empty when absent.
  std::string user{};
  std::string password{};
  /// Host as written (brackets of an IPv6 literal removed). Empty when absent.
  std::string host{};
  std::optional<int> port{};
  /// Database name as written; for SQLite the file path (relative paths are
  /// relative to the working directory), ":memory:" or "" (in memory).
  std::string database{};
  /// Query parameters, decoded, in URL order (a key may repeat).
  std::vector<std::pair<std::string, std::string>> query{};

  /// Parses like SQLAlchemy's make_url and checks the dialect and its form.
  /// Throws ConfigError whose text never contains the password.
  static DbUrl parse(std::string_view url);

  /// The last value given for `key` in the query.
  std::optional<std::string> query_value(std::string_view key) const;

  /// The URL rendered as SQLAlchemy renders it, password replaced by `mask`.
  std::string masked(std::string_view mask = kPasswordMask) const;
  /// Alembic's obfuscate_url_pw (current -v): password shown as XXXXX.
  std::string obfuscated() const;

  /// The connect string SOCI 4.0's backend for `dialect` accepts. Holds
  /// the password: never log it or put it in a message.
  /// Throws ConfigError for values the backend cannot express or accept.
  std::string soci_connect_string() const;
  /// SQLite only: the file SQLAlchemy would open (absolute), or ":memory:".
  std::string sqlite_path() const;
  /// Query keys soci_connect_string() does not pass on (callers may warn).
  std::vector<std::string> ignored_query_keys() const;
};

/// Masks the password of a URL-ish string even when it does not parse: from
/// the ':' after the user name to the last '@'. For error messages.
std::string mask_password(std::string_view raw, std::string_view mask = kPasswordMask);

}  // namespace dbm::config
