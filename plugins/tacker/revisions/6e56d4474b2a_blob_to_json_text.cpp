// Revision 6e56d4474b2a: the four pickled columns (vims.placement_attr,
// vimauths.vim_project, vimauths.auth_cred, devices.placement_attr) are
// rewritten as JSON and become TEXT (tacker's Json type).
//
// Upstream reads every row in Python, unpickles each value, writes the JSON
// bytes back into the binary column and then alters the column to TEXT with
// a bare ALTER. That goes wrong in three places: with --sql it fails outright
// (it cannot read the rows); on PostgreSQL with rows the bare bytea-to-text ALTER
// goes through bytea's text output, so the column ends up holding
// '\x7b22...' (the hex of the JSON) rather than the JSON; and a NULL
// placement_attr makes the unpickling fail. The intent is JSON text in each
// column, on every dialect, and that is what we produce:
//  - First, a read-only pass decodes every non-NULL value of the four
//    columns (pickle_to_json.h: protocols 0-5, plain data only). If one does
//    not decode, the upgrade stops naming table, column and row id, before
//    anything is written.
//  - Then each value's JSON is written back, all four columns before any
//    type changes (so on MySQL, whose DDL commits, a failure rolls every
//    write back). Values are read as hex (encode / HEX / hex) and written as
//    hex literals, so no quoting is involved: PostgreSQL decode(..., 'hex')
//    into bytea; MySQL X'...' into the BLOB; SQLite CAST(X'...' AS TEXT), so
//    the value is stored as text. NULL stays NULL.
//  - Then, column by column as upstream, the type changes: on PostgreSQL
//    with USING convert_from(col, 'UTF8') (Alembic's postgresql_using), so the
//    bytes become their text; MySQL's BLOB-to-TEXT MODIFY keeps the (ASCII)
//    bytes as text; on SQLite the table rebuild copies the text values.
//  - The JSON is nlohmann::json's: compact (no space after ',' and ':'),
//    ASCII only with \u escapes and keys in pickled order like upstream's
//    json.dumps output, so tacker reads back the same values. Python 2 str
//    values are taken as UTF-8 (upstream's Python 3 accepts ASCII only).
//  - --sql cannot decode pickles, so it converts nothing. In their place it
//    writes one statement that does nothing when the four columns hold no
//    value and fails when any row does, so a script never turns pickles into
//    text unnoticed: PostgreSQL a DO block that raises an exception with a
//    message; MySQL a scalar subquery that then returns more than one row
//    (error 1242, "Subquery returns more than 1 row"); SQLite a json_extract
//    whose malformed path is the message ("JSON path error near ...").
//    Upgrade such a database online.
// The resulting schema is the one upstream produces where it works (MySQL's
// MODIFY also makes the two vimauths columns nullable, as upstream's does).
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <dbm/operations.h>
#include <dbm/revision.h>

#include "pickle_to_json.h"
#include "tacker_types.h"

namespace dbm::tacker {
namespace {

enum class Db { kPostgresql, kMysql, kSqlite };

struct Target {
  const char* table;
  const char* column;
};

// In upstream's order.
constexpr Target kTargets[] = {
    {"vims", "placement_attr"},
    {"vimauths", "vim_project"},
    {"vimauths", "auth_cred"},
    {"devices", "placement_attr"},
};

std::string qualified(const Target& t) { return std::string(t.table) + "." + t.column; }

std::string to_hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    out += kDigits[b >> 4];
    out += kDigits[b & 0x0F];
  }
  return out;
}

std::string from_hex(std::string_view hex) {
  auto digit = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    throw std::runtime_error("the database returned malformed hex");
  };
  if (hex.size() % 2 != 0) throw std::runtime_error("the database returned malformed hex");
  std::string out;
  out.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) out += static_cast<char>(digit(hex[i]) * 16 + digit(hex[i + 1]));
  return out;
}

// A column's bytes (or text's UTF-8), as hex.
std::string hex_of(Db db, const std::string& column, bool text) {
  switch (db) {
    case Db::kPostgresql:
      return text ? "encode(convert_to(" + column + ", 'UTF8'), 'hex')" : "encode(" + column + ", 'hex')";
    case Db::kMysql: return "HEX(" + column + ")";
    case Db::kSqlite: break;
  }
  return "hex(" + column + ")";
}

// The id whose bytes are `hex`, to compare with the id column (MySQL compares
// a binary literal with the column's own bytes, whatever its character set).
std::string text_from_hex(Db db, const std::string& hex) {
  switch (db) {
    case Db::kPostgresql: return "convert_from(decode('" + hex + "', 'hex'), 'UTF8')";
    case Db::kMysql: return "X'" + hex + "'";
    case Db::kSqlite: break;
  }
  return "CAST(X'" + hex + "' AS TEXT)";
}

// The JSON whose UTF-8 is `hex`, as the column (still binary) stores it;
// SQLite stores it as text.
std::string json_from_hex(Db db, const std::string& hex) {
  switch (db) {
    case Db::kPostgresql: return "decode('" + hex + "', 'hex')";
    case Db::kMysql: return "X'" + hex + "'";
    case Db::kSqlite: break;
  }
  return "CAST(X'" + hex + "' AS TEXT)";
}

struct Converted {
  std::string id_hex;
  std::string json;
};

// Every non-NULL value of `target` as JSON, or an error naming the first
// value that is not a pickle of plain data.
std::vector<Converted> convert_all(Connection& connection, Db db, const Target& target) {
  const auto rows = connection.query("SELECT " + hex_of(db, "id", true) + ", " + hex_of(db, target.column, false) +
                                     " FROM " + target.table + " WHERE " + target.column + " IS NOT NULL");
  std::vector<Converted> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    if (row.size() != 2 || !row[0] || !row[1]) {
      throw std::runtime_error("unexpected result reading " + qualified(target));
    }
    auto json = pickle_to_json(from_hex(*row[1]));
    if (!json) {
      throw std::runtime_error(qualified(target) + " of the row with id '" + from_hex(*row[0]) +
                               "' is not a pickle of plain data (None, bool, int, float, str, bytes, list, tuple, "
                               "dict) that JSON can hold");
    }
    out.push_back({*row[0], std::move(*json)});
  }
  return out;
}

Db db_of(std::string_view dialect) {
  if (dialect == "postgresql") return Db::kPostgresql;
  if (dialect == "mysql") return Db::kMysql;
  return Db::kSqlite;
}

// Decodes every value of the four columns before writing any, then writes them.
void convert_every_column(Connection& connection) {
  const Db db = db_of(connection.dialect());
  std::vector<std::vector<Converted>> converted;
  for (const Target& target : kTargets) converted.push_back(convert_all(connection, db, target));
  for (std::size_t i = 0; i < converted.size(); ++i) {
    for (const Converted& row : converted[i]) {
      // Appended piece by piece: GCC 12 misreads one long chain of + as out of bounds (-Warray-bounds).
      std::string sql = "UPDATE ";
      sql.append(kTargets[i].table).append(" SET ").append(kTargets[i].column).append(" = ");
      sql.append(json_from_hex(db, to_hex(row.json))).append(" WHERE id = ").append(text_from_hex(db, row.id_hex));
      connection.execute(sql);
    }
  }
}

// Fails when any of the four columns holds a value; does nothing otherwise.
Execute refuse_pickled_rows() {
  const std::string message =
      "6e56d4474b2a: vims, vimauths or devices hold pickled values, which --sql cannot convert to JSON; "
      "run this upgrade online";
  const std::string vims = "SELECT 1 FROM vims WHERE placement_attr IS NOT NULL";
  const std::string vimauths = "SELECT 1 FROM vimauths WHERE vim_project IS NOT NULL OR auth_cred IS NOT NULL";
  const std::string devices = "SELECT 1 FROM devices WHERE placement_attr IS NOT NULL";
  const std::string any = "EXISTS (" + vims + ") OR EXISTS (" + vimauths + ") OR EXISTS (" + devices + ")";
  return Execute{
      .per_dialect = {
          {"postgresql", "DO $$ BEGIN IF " + any + " THEN RAISE EXCEPTION '" + message + "'; END IF; END $$"},
          {"mysql", "SELECT (SELECT 1 UNION ALL " + vims + " UNION ALL " + vimauths + " UNION ALL " + devices +
                        ") AS pickled_rows_need_an_online_upgrade"},
          {"sqlite", "SELECT CASE WHEN " + any + " THEN json_extract('{}', '$ " + message + "') END"},
      }};
}

void upgrade(Operations& op) {
  op.run_online({
      .description = "rewrite the pickled columns of vims, vimauths and devices as JSON",
      .run = convert_every_column,
      .offline_sql = refuse_pickled_rows(),
  });
  for (const Target& target : kTargets) {
    const std::string column = target.column;
    op.alter_column({.table = target.table,
                     .column = column,
                     .type = json_text(),
                     .postgresql_using = "convert_from(" + column + ", 'UTF8')"});
  }
}

}  // namespace

DBM_REVISION({
    .id = "6e56d4474b2a",
    .down = {"f958f58e5daa"},
    .message = "blob-to-json-text",
    .create_date = "2016-06-01 09:50:46.296206",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
