#include "deployment/preflight.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <map>
#include <variant>

#include "session/project_session.h"
#include "base/error.h"
#include "config/db_url.h"
#include "dialect/dialect.h"
#include "runtime/migration_context.h"

namespace dbm::deployment {
namespace {


/// The spellings of "this machine" name one server (no host: the local
/// socket, which the clients use for the same server as localhost).
std::string host_identity(const std::string& host) {
  if (host.empty() || host == "localhost" || host == "127.0.0.1" || host == "::1") return "localhost";
  std::string lower = host;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower;
}

/// Who owns a table name in one database, for the refusal message.
struct Owner {
  std::string project;
  bool version_table = false;
};

std::string role(const std::string& table, const Owner& owner) {
  return (owner.version_table ? "version table " : "table ") + table;
}

}  // namespace

std::string database_identity(const config::DbUrl& url, const dialect::Dialect& dialect) {
  const std::string name(dialect.name());
  if (dialect.abilities().file_database) {
    if (url.file_path() == ":memory:") {
      static std::atomic<int> memory_databases{0};
      return name + "-memory:" + std::to_string(memory_databases++);
    }
    return name + ":" + config::file_identity(url.file_path());
  }
  return name + "://" + host_identity(url.host) + ":" + std::to_string(url.port.value_or(dialect.default_port())) +
         "/" + url.database;
}

std::vector<std::string> tables_created(session::ProjectSession& project) {
  std::vector<std::string> tables{project.version_table()};
  for (const auto& op : runtime::operations_to(project.view(), project.graph().heads())) {
    if (const auto* create = std::get_if<dbm::CreateTable>(&op)) tables.push_back(create->table.name);
    if (const auto* rename = std::get_if<dbm::RenameTable>(&op)) tables.push_back(rename->new_name);
  }
  return tables;
}

void check_shared_databases(const std::vector<session::ProjectSession*>& projects) {
  // database identity -> table name -> first project that uses it
  std::map<std::string, std::map<std::string, Owner>> databases;
  for (session::ProjectSession* project : projects) {
    auto& owners = databases[database_identity(project->url(), project->dialect())];
    const std::string version_table = project->version_table();
    for (const std::string& table : tables_created(*project)) {
      const Owner mine{project->name(), table == version_table};
      const auto [it, fresh] = owners.emplace(table, mine);
      if (fresh || it->second.project == mine.project) continue;
      const Owner& theirs = it->second;
      const std::string database = project->url().masked();
      if (mine.version_table && theirs.version_table) {
        throw ConfigError("projects '" + theirs.project + "' and '" + mine.project + "' would both use version table " +
                          table + " in " + database + "; give one of them its own version_table");
      }
      throw ConfigError("projects '" + theirs.project + "' and '" + mine.project + "' share " + database +
                        " and would both create a table named " + table + " (" + theirs.project + "'s " +
                        role(table, theirs) + ", " + mine.project + "'s " + role(table, mine) + ")");
    }
  }
}

}  // namespace dbm::deployment
