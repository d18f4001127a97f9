// Splits `dialect[+driver]://user:password@host:port/database?query` by hand; percent-escapes
// in user and password are decoded. Knows nothing about sessions or SQL.
#include "database_url.h"

#include <stdexcept>

namespace dbm::e2e {
namespace {

struct ServerUrl {
  std::string dialect;
  std::string user;
  std::string password;
  std::string host;
  std::string port;
  std::string database;
};

std::string percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string_view scheme_of(std::string_view url) {
  const auto end = url.find("://");
  if (end == std::string_view::npos) throw std::invalid_argument("not a database URL: no '://'");
  return url.substr(0, end);
}

ServerUrl parse_server_url(std::string_view url) {
  ServerUrl parsed;
  const std::string_view scheme = scheme_of(url);
  parsed.dialect = std::string(scheme.substr(0, scheme.find('+')));
  std::string_view rest = url.substr(scheme.size() + 3);
  rest = rest.substr(0, rest.find('?'));
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos) {
    throw std::invalid_argument("database URL of scheme '" + std::string(scheme) + "' names no database");
  }
  parsed.database = std::string(rest.substr(slash + 1));
  std::string_view authority = rest.substr(0, slash);
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    const std::string_view credentials = authority.substr(0, at);
    const auto colon = credentials.find(':');
    parsed.user = percent_decode(credentials.substr(0, colon));
    if (colon != std::string_view::npos) parsed.password = percent_decode(credentials.substr(colon + 1));
    authority.remove_prefix(at + 1);
  }
  const auto colon = authority.rfind(':');
  parsed.host = std::string(authority.substr(0, colon));
  if (colon != std::string_view::npos) parsed.port = std::string(authority.substr(colon + 1));
  return parsed;
}

/// One "key=value" pair; values with spaces or quotes are refused rather than escaped.
void append(std::string& connection, std::string_view key, const std::string& value) {
  if (value.empty()) return;
  if (value.find_first_of(" '\\\t") != std::string::npos) {
    throw std::invalid_argument("database URL " + std::string(key) + " contains a space, quote or backslash");
  }
  if (!connection.empty()) connection += ' ';
  connection += std::string(key) + "=" + value;
}

}  // namespace

SociTarget soci_target(std::string_view url) {
  const std::string_view scheme = scheme_of(url);
  if (scheme == "sqlite") {
    // sqlite:///relative/file and sqlite:////absolute/file: the path starts after the third slash.
    std::string_view path = url.substr(scheme.size() + 3);
    if (path.empty() || path.front() != '/') throw std::invalid_argument("sqlite URL must start 'sqlite:///'");
    path.remove_prefix(1);
    return {"sqlite3", "db=" + std::string(path)};
  }
  const ServerUrl parsed = parse_server_url(url);
  SociTarget target;
  std::string& c = target.connection;
  if (parsed.dialect == "postgresql") {
    target.backend = "postgresql";
    append(c, "host", parsed.host);
    append(c, "port", parsed.port);
    append(c, "user", parsed.user);
    append(c, "password", parsed.password);
    append(c, "dbname", parsed.database);
    append(c, "connect_timeout", "10");
  } else if (parsed.dialect == "mysql") {
    target.backend = "mysql";
    append(c, "host", parsed.host);
    append(c, "port", parsed.port);
    append(c, "user", parsed.user);
    append(c, "password", parsed.password);
    append(c, "db", parsed.database);
    append(c, "charset", "utf8mb4");
  } else {
    throw std::invalid_argument("unsupported database URL scheme '" + std::string(scheme) + "'");
  }
  return target;
}

std::string with_database(std::string_view url, std::string_view database) {
  const std::string_view scheme = scheme_of(url);
  std::string_view rest = url.substr(scheme.size() + 3);
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos) {
    throw std::invalid_argument("database URL of scheme '" + std::string(scheme) + "' names no database");
  }
  return std::string(url.substr(0, scheme.size() + 3 + slash + 1)) + std::string(database);
}

}  // namespace dbm::e2e
