// SOCI sessions for the three dialects we support, with error text made safe
// to print: one line, no password.
#include "db/database.h"

#include <filesystem>
#include <utility>

#include <soci/mysql/soci-mysql.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "config/db_url.h"
#include "db/native_statement.h"
#include "error.h"

namespace dbm::db {
namespace {

const soci::backend_factory& factory_for(const std::string& backend) {
  if (backend == "postgresql") return *soci::factory_postgresql();
  if (backend == "mysql") return *soci::factory_mysql();
  return *soci::factory_sqlite3();
}

}  // namespace

void Database::prepare_for_threads() {
  if (mysql_library_init(0, nullptr, nullptr) != 0) throw DatabaseError("cannot initialize the MySQL client library");
}

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

Database::Database(std::unique_ptr<soci::session> session, std::string dialect, std::string password)
    : session_(std::move(session)), dialect_(std::move(dialect)), password_(std::move(password)) {}

Database::~Database() = default;

std::unique_ptr<Database> Database::connect(const config::DbUrl& url) {
  try {
    auto session = std::make_unique<soci::session>(factory_for(url.soci_backend()), url.soci_connect_string());
    return std::unique_ptr<Database>(new Database(std::move(session), url.dialect, url.password));
  } catch (const soci::soci_error& e) {
    throw DatabaseError("Can't connect to database '" + url.masked() +
                        "': " + one_line_error(e.get_error_message(), url.password));
  }
}

bool Database::has_table(const std::string& table) {
  int count = 0;
  try {
    if (dialect_ == "sqlite") {
      *session_ << "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :t",
          soci::use(table), soci::into(count);
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
  try {
    return execute_native(*session_, dialect_, sql);
  } catch (const DatabaseError& e) {
    throw DatabaseError(one_line_error(e.what(), password_));
  }
}

std::vector<std::vector<std::optional<std::string>>> Database::query(const std::string& sql) {
  try {
    return query_native(*session_, dialect_, sql);
  } catch (const DatabaseError& e) {
    throw DatabaseError(one_line_error(e.what(), password_));
  }
}

}  // namespace dbm::db
