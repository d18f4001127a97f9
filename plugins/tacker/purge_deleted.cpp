// tacker-db-manage purge_deleted: removes soft-deleted rows older than an
// age, and the rows of the tables that refer to them first, as upstream's
// purge does: it reads which tables refer to which from the live schema
// (a referring table that is itself referred to is left alone), and purges
// events of resources whose DELETE event is old enough.
//
// Deviation: upstream deletes every row whose deleted_at is at or before the
// cut-off. tacker marks a live row with deleted_at = 0001-01-01 00:00:00
// (revision f5c1c3b0f6b4 and its models), so upstream also deletes every live
// vnf, vnfd or vim. Here a row counts as deleted only when its deleted_at is
// later than that mark. All deletes of one run are one transaction.
#include <chrono>
#include <cstdint>
#include <ctime>
#include <map>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <dbm/command.h>

#include "tacker_commands.h"

namespace dbm::tacker {
namespace {

constexpr const char* kLiveMark = "0001-01-01 00:00:00";

const std::map<std::string, std::int64_t>& granularity_seconds() {
  static const std::map<std::string, std::int64_t> seconds = {
      {"days", 86400}, {"hours", 3600}, {"minutes", 60}, {"seconds", 1}};
  return seconds;
}

// (referring table, its first foreign key column, referred table), from the catalog.
std::string foreign_keys_sql(const std::string& dialect) {
  if (dialect == "sqlite") {
    return "SELECT m.name, k.\"from\", k.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) k"
           " WHERE m.type = 'table' AND k.seq = 0";
  }
  if (dialect == "postgresql") {
    return "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text FROM pg_constraint c"
           " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
           " WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace";
  }
  return "SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE"
         " WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL AND ORDINAL_POSITION = 1";
}

/// referred table -> {referring table -> column}, without referring tables
/// that are referred to themselves (upstream's association map).
std::map<std::string, std::map<std::string, std::string>> referring_tables(Connection& connection,
                                                                        const std::string& dialect) {
  std::map<std::string, std::map<std::string, std::string>> map;
  for (const auto& row : connection.query(foreign_keys_sql(dialect))) {
    if (row.size() < 3 || !row[0] || !row[1] || !row[2]) continue;
    map[*row[2]][*row[0]] = *row[1];
  }
  for (auto& [referred, referring] : map) {
    std::erase_if(referring, [&](const auto& entry) { return map.contains(entry.first); });
  }
  return map;
}

std::string quoted(const std::string& identifier, const std::string& dialect) {
  const char q = dialect == "mysql" ? '`' : '"';
  return q + identifier + q;
}

std::string cutoff(std::int64_t age_seconds) {
  const std::time_t t =
      std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()) - static_cast<std::time_t>(age_seconds);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &utc);
  return text;
}

void purge_resource(Connection& c, const std::string& dialect, const std::string& table, const std::string& time_line,
                    const std::map<std::string, std::map<std::string, std::string>>& referring) {
  const std::string deleted = " WHERE deleted_at <= '" + time_line + "' AND deleted_at > '" + kLiveMark + "'";
  if (const auto it = referring.find(table); it != referring.end()) {
    for (const auto& [child, column] : it->second) {
      c.execute("DELETE FROM " + quoted(child, dialect) + " WHERE " + quoted(column, dialect) + " IN (SELECT id FROM " +
                quoted(table, dialect) + deleted + ")");
    }
  }
  c.execute("DELETE FROM " + quoted(table, dialect) + deleted);
}

void purge_events(Connection& c, const std::string& dialect, const std::string& time_line) {
  // The derived table lets MySQL delete from the table the subquery reads.
  c.execute("DELETE FROM events WHERE resource_id IN (SELECT resource_id FROM (SELECT resource_id FROM events"
            " WHERE event_type = 'DELETE' AND " + quoted("timestamp", dialect) + " <= '" + time_line +
            "') AS deleted_resources)");
}

std::int64_t parse_age(const std::string& text) {
  std::size_t used = 0;
  long long age = 0;
  try {
    age = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size()) throw std::runtime_error("'" + text + "' - age should be an integer");
  if (age < 0) throw std::runtime_error("'" + text + "' - age should be a positive integer");
  return age;
}

int purge(CommandContext& context) {
  const std::string resource = context.argument("resource").value_or("");
  const std::int64_t age = parse_age(context.argument("age").value_or("90"));
  const std::int64_t unit = granularity_seconds().at(context.argument("granularity").value_or("days"));
  if (age > INT64_MAX / unit) throw std::runtime_error("'" + std::to_string(age) + "' - age is too large");
  const std::string time_line = cutoff(age * unit);

  const std::string& dialect = context.dialect();
  Connection& c = context.connection();
  const auto referring = referring_tables(c, dialect);
  c.execute(dialect == "mysql" ? "START TRANSACTION" : "BEGIN");
  try {
    if (resource == "events" || resource == "all") purge_events(c, dialect, time_line);
    const std::vector<std::string> tables =
        resource == "all" ? std::vector<std::string>{"vnf", "vnfd", "vims"} : std::vector<std::string>{resource};
    for (const auto& table : tables) {
      if (table != "events") purge_resource(c, dialect, table, time_line, referring);
    }
    c.execute("COMMIT");
  } catch (...) {
    c.execute("ROLLBACK");
    throw;
  }
  return 0;
}

}  // namespace

PluginCommand purge_deleted_command() {
  using Kind = CommandOption::Kind;
  return {
      .name = "purge_deleted",
      .summary = "Remove database records that have been previously soft deleted.",
      .options =
          {
              {.name = "resource",
               .kind = Kind::kText,
               .help = "Resource name for which deleted entries are to be purged.",
               .choices = {"all", "events", "vnf", "vnfd", "vims"},
               .positional = true},
              {.name = "age,a",
               .kind = Kind::kText,
               .help = "How long to preserve deleted data, defaults to 90",
               .default_value = "90"},
              {.name = "granularity,g",
               .kind = Kind::kText,
               .help = "Granularity to use for age argument, defaults to days.",
               .default_value = "days",
               .choices = {"days", "hours", "minutes", "seconds"}},
          },
      .run = purge,
  };
}

PluginCommand migrate_to_v2_command() {
  using Kind = CommandOption::Kind;
  return {
      .name = "migrate-to-v2",
      .summary = "Migrate VNF records from v1 to v2 tables (needs tacker's service code; not available here).",
      .options =
          {
              {.name = "all", .kind = Kind::kFlag, .help = "Migrate all VNFs not marked deleted."},
              {.name = "api-ver", .kind = Kind::kText, .help = "With --mark-delete and --vnf-id: v1 or v2."},
              {.name = "keep-orig", .kind = Kind::kFlag, .help = "Keep the v1 records."},
              {.name = "mark-delete", .kind = Kind::kFlag, .help = "Mark the records of --api-ver deleted."},
              {.name = "vnf-id", .kind = Kind::kText, .help = "The VNF to migrate."},
          },
      .run = [](CommandContext& context) {
        context.err() << "FAILED: migrate-to-v2 converts VNF records with tacker's own service code (its VNF "
                         "and LCM objects), which db-manage does not have; run tacker's own tacker-db-manage for it\n";
        return 2;
      },
  };
}

}  // namespace dbm::tacker
