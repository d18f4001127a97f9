// SOCI sessions for the three dialects we support, with error text made safe
// to print: one line, no password.
#include "db/database.h"

#include <filesystem>
#include <utility>

#include <soci/soci.h>

#include "config/db_url.h"
#include "db/driver.h"
#include "base/error.h"

namespace dbm::db {

std::string one_line_error(std::string text, const std::string& password) {
  if (!password.empty()) {
    for (auto pos = text.find(password); pos != std::string::npos; pos = text.find(password, pos)) {
      text.replace(pos, password.size(), "***");
      pos += 3;
    }
  }
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

bool is_missing_sqlite_file(const config::DbUrl& url) {
  if (url.dialect != "sqlite") return false;
  const std::string path = url.sqlite_path();
  if (path == ":memory:") return false;
  std::error_code ec;
  return !std::filesystem::exists(path, ec);
}

Database::Database(std::unique_ptr<soci::session> session, const Driver& driver, std::string password)
    : session_(std::move(session)), driver_(&driver), dialect_(driver.dialect), password_(std::move(password)) {}

Database::~Database() = default;

std::unique_ptr<Database> Database::connect(const config::DbUrl& url) {
  const Driver& driver = driver_for(url.dialect);
  try {
    auto session = std::make_unique<soci::session>(driver.factory(), url.soci_connect_string());
    return std::unique_ptr<Database>(new Database(std::move(session), driver, url.password));
  } catch (const soci::soci_error& e) {
    throw DatabaseError("Can't connect to database '" + url.masked() +
                        "': " + one_line_error(e.get_error_message(), url.password));
  }
}

bool Database::has_table(const std::string& table) {
  int count = 0;
  try {
    if (dialect_ == "sqlite") {
      // As SQLAlchemy asks (PRAGMA table_info): a lookup in the parsed schema,
      // where sqlite_master is scanned row by row (1 ms at 10000 tables and indexes).
      *session_ << "SELECT count(*) FROM pragma_table_info(:t, 'main')", soci::use(table), soci::into(count);
    } else if (dialect_ == "postgresql") {
      *session_ << "SELECT count(*) FROM information_schema.tables "
                   "WHERE table_schema = current_schema() AND table_name = :t",
          soci::use(table), soci::into(count);
    } else {
      *session_ << "SELECT count(*) FROM information_schema.tables "
                   "WHERE table_schema = DATABASE() AND table_name = :t",
          soci::use(table), soci::into(count);
    }
  } catch (const soci::soci_error& e) {
    throw DatabaseError("Can't read the list of tables: " + one_line_error(e.get_error_message(), password_));
  }
  return count > 0;
}

long long Database::execute(const std::string& sql) {
  only_read_ = false;
  try {
    return driver_->execute(*session_, sql);
  } catch (const DatabaseError& e) {
    throw DatabaseError(one_line_error(e.what(), password_));
  }
}

std::vector<std::vector<std::optional<std::string>>> Database::query(const std::string& sql) {
  try {
    return driver_->query(*session_, sql);
  } catch (const DatabaseError& e) {
    throw DatabaseError(one_line_error(e.what(), password_));
  }
}

bool Database::closing_only_frees_memory() {
  if (dialect_ != "sqlite" || !only_read_) return false;
  try {
    const auto rows = query("PRAGMA journal_mode");
    return !rows.empty() && rows.front().front() != "wal";
  } catch (const DatabaseError&) {
    return false;
  }
}

}  // namespace dbm::db
