// A SQLAlchemy database URL, parsed the way SQLAlchemy 1.4 parses it. Owns
// password masking for anything that prints a URL. Knows no dialect: which
// backends exist, what form each takes and how each connects is the
// dialect's (dialect/dialect.h).
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
  /// The backend as written, before any '+': "mysql", "mariadb", "postgres".
  std::string backend{};
  /// The part after '+', "" when none was written.
  std::string driver{};
  /// User and password, percent-decoded. Empty when absent.
  std::string user{};
  std::string password{};
  /// Whether a ':' after the user name introduced a password, even an empty one.
  bool password_given = false;
  /// Host as written (brackets of an IPv6 literal removed). Empty when absent.
  std::string host{};
  std::optional<int> port{};
  /// Database name as written; for SQLite the file path (relative paths are
  /// relative to the working directory), ":memory:" or "" (in memory).
  std::string database{};
  /// Query parameters, decoded, in URL order (a key may repeat).
  std::vector<std::pair<std::string, std::string>> query{};
  /// The password and password= / passwd= values as the URL spells them,
  /// before percent-decoding ("%38ord" for "8ord"): a message echoing the
  /// URL's text shows them so, and a decoded password may even stand inside
  /// its own spelling there.
  std::vector<std::string> passwords_as_written{};
  /// The URL as it was written, password masked: for messages about its form.
  std::string written{};

  /// Parses like SQLAlchemy's make_url. Throws ConfigError whose text never
  /// contains the password.
  static DbUrl parse(std::string_view url);

  /// The last value given for `key` in the query.
  std::optional<std::string> query_value(std::string_view key) const;

  /// Every secret the URL carries, for scrubbing text a driver returns: the
  /// password, and the values of the password= and passwd= query keys (any
  /// case), which masked() masks too and libpq takes as the password;
  /// decoded, then as written where that differs. Empty ones are left out.
  std::vector<std::string> passwords() const;

  /// The URL rendered as SQLAlchemy renders it, password replaced by `mask`.
  std::string masked(std::string_view mask = kPasswordMask) const;
  /// Alembic's obfuscate_url_pw (current -v): password shown as XXXXX.
  std::string obfuscated() const;

  /// For a file database (SQLite): the file SQLAlchemy would open, made
  /// absolute, or ":memory:".
  std::string file_path() const;
};

/// Which file `path` (a file_path()) is, whatever its spelling: symbolic
/// links resolved, ".", ".." and repeated slashes gone, for the part of the
/// path that exists (std::filesystem::weakly_canonical). Two spellings of one
/// file give one identity; ":memory:" stays as it is. The deployment's
/// shared-database check keys on it (the migration lock, on the file's device
/// and inode, so the two agree on every spelling).
std::string file_identity(const std::string& path);

/// Masks the password of a URL-ish string even when it does not parse: from
/// the ':' after the user name to the last '@' (with no '@', from a ':' in the
/// authority not followed by a port to the authority's end), and the values
/// of password= and passwd= in the query. For error messages.
std::string mask_password(std::string_view raw, std::string_view mask = kPasswordMask);

}  // namespace dbm::config
