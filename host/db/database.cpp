// SOCI sessions for the three dialects we support, with error text made safe
// to print: one line, no password.
#include "db/database.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <utility>

#include <soci/soci.h>

#include "config/db_url.h"
#include "db/driver.h"
#include "dialect/dialect.h"
#include "base/error.h"

namespace dbm::db {

namespace {

bool word_character(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

}  // namespace

namespace {

// Only where the password stands as a token of its own (quoted, after '=',
// between spaces): a driver that echoes a connection string must not leak
// it, and a password 'e' must not turn "establish" into "***stablish".
void scrub(std::string& text, const std::string& password) {
  if (password.empty()) return;
  for (auto pos = text.find(password); pos != std::string::npos; pos = text.find(password, pos)) {
    const std::size_t end = pos + password.size();
    const bool alone = (pos == 0 || !word_character(text[pos - 1]) || !word_character(password.front())) &&
                       (end == text.size() || !word_character(text[end]) || !word_character(password.back()));
    if (!alone) {
      pos += 1;
      continue;
    }
    text.replace(pos, password.size(), "***");
    pos += 3;
  }
}

}  // namespace

std::string one_line_error(std::string text, const std::vector<std::string>& passwords) {
  // The longest first: a password that holds another is scrubbed whole.
  std::vector<std::string> longest_first = passwords;
  std::stable_sort(longest_first.begin(), longest_first.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& password : longest_first) scrub(text, password);
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space && c != ' ') out += ' ';
    pending_space = false;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool is_missing_file_database(const config::DbUrl& url, const dialect::Dialect& dialect) {
  if (!dialect.abilities().file_database) return false;
  const std::string path = url.file_path();
  if (path == ":memory:") return false;
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return false;
  // A file that could be created reads as an empty database; one whose
  // directory does not exist could never be (upgrade fails to open it), so
  // reading commands fail alike rather than report an empty database.
  const std::filesystem::path directory = std::filesystem::path(path).parent_path();
  if (!std::filesystem::is_directory(directory, ec)) {
    throw DatabaseError("Can't connect to database '" + url.masked() + "': unable to open database file (" +
                        directory.string() + " is not a directory)");
  }
  return true;
}

Database::Database(std::unique_ptr<soci::session> session, const Driver& driver, const dialect::Dialect& dialect,
                   std::vector<std::string> passwords, std::string file_path)
    : session_(std::move(session)),
      driver_(&driver),
      dialect_(&dialect),
      passwords_(std::move(passwords)),
      file_path_(std::move(file_path)) {}

Database::~Database() = default;

std::unique_ptr<Database> Database::connect(const config::DbUrl& url, const dialect::Dialect& dialect) {
  const Driver& driver = driver_for(dialect.name());
  try {
    auto session = std::make_unique<soci::session>(driver.factory(), dialect.connect_string(url));
    return std::unique_ptr<Database>(new Database(std::move(session), driver, dialect, url.passwords(),
                                                  dialect.abilities().file_database ? url.file_path() : ""));
  } catch (const soci::soci_error& e) {
    throw DatabaseError("Can't connect to database '" + url.masked() +
                        "': " + one_line_error(e.get_error_message(), url.passwords()));
  }
}

std::unique_ptr<Database> Database::open_scratch(const dialect::Dialect& dialect) {
  config::DbUrl in_memory;  // no file named: the dialect's in-memory database
  in_memory.backend = std::string(dialect.name());
  in_memory.drivername = in_memory.backend;
  return connect(in_memory, dialect);
}

bool Database::has_table(const std::string& table) {
  int count = 0;
  try {
    *session_ << dialect_->has_table_sql(), soci::use(table), soci::into(count);
  } catch (const soci::soci_error& e) {
    throw DatabaseError("Can't read the list of tables: " + one_line_error(e.get_error_message(), passwords_));
  }
  return count > 0;
}

long long Database::execute(const std::string& sql) {
  only_read_ = false;
  try {
    return driver_->execute(*session_, sql);
  } catch (const DatabaseError& e) {
    throw DatabaseError(one_line_error(e.what(), passwords_));
  }
}

std::vector<std::vector<std::optional<std::string>>> Database::query(const std::string& sql) {
  try {
    return driver_->query(*session_, sql);
  } catch (const DatabaseError& e) {
    throw DatabaseError(one_line_error(e.what(), passwords_));
  }
}

bool Database::closing_only_frees_memory() {
  if (!dialect_->abilities().file_database || !only_read_) return false;
  try {
    const auto rows = query("PRAGMA journal_mode");
    return !rows.empty() && rows.front().front() != "wal";
  } catch (const DatabaseError&) {
    return false;
  }
}

}  // namespace dbm::db
