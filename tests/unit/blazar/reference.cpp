// Regex readers for the blazar reference files, and how MySQL and PostgreSQL
// report our types and defaults in those dumps; see reference.h.
#include "reference.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

namespace dbm::blazar::test {

namespace {

std::vector<std::string> string_list(const std::string& text) {
  static const std::regex item(R"re("((?:[^"\\]|\\.)*)")re");
  std::vector<std::string> out;
  for (std::sregex_iterator it(text.begin(), text.end(), item), end; it != end; ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

std::string field(const std::string& object, const std::string& key) {
  const std::regex re("\"" + key + R"re(": "((?:[^"\\]|\\.)*)")re");
  std::smatch m;
  if (!std::regex_search(object, m, re)) throw std::runtime_error("no field " + key);
  return m[1];
}

std::string list_field(const std::string& object, const std::string& key) {
  const std::regex re("\"" + key + R"re(": \[([^\]]*)\])re");
  std::smatch m;
  if (!std::regex_search(object, m, re)) throw std::runtime_error("no list " + key);
  return m[1];
}

// The body of the `"key": [ ... ]` section of a table (empty when `[]`).
std::string section(const std::string& table_body, const std::string& key) {
  const std::regex re("\"" + key + R"re(": \[(\]|[\s\S]*?\n   \]))re");
  std::smatch m;
  if (!std::regex_search(table_body, m, re)) throw std::runtime_error("no section " + key);
  return m[1];
}

}  // namespace

std::string reference_path(const std::string& relative) {
  return std::string(DBM_SOURCE_DIR) + "/tests/fixtures/blazar/" + relative;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<RefRevision> read_revisions() {
  const std::string text = read_file(reference_path("revisions.json"));
  static const std::regex object(R"re(\{[^{}]*\})re");
  std::vector<RefRevision> out;
  for (std::sregex_iterator it(text.begin(), text.end(), object), end; it != end; ++it) {
    const std::string o = it->str();
    RefRevision r;
    r.revision = field(o, "revision");
    r.down_revision = string_list(list_field(o, "down_revision"));
    r.message = field(o, "message");
    r.create_date = field(o, "create_date");
    r.docstring_revises = field(o, "docstring_revises");
    r.file = field(o, "file");
    r.has_downgrade = o.find("\"has_downgrade\": true") != std::string::npos;
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<RefTable> read_schema(const std::string& relative) {
  const std::string text = read_file(reference_path(relative));
  const auto begin = text.find("\"tables\": {");
  const auto finish = text.find("\"version_tables\"");
  if (begin == std::string::npos || finish == std::string::npos) {
    throw std::runtime_error("not a schema dump: " + relative);
  }
  const std::string tables = text.substr(begin, finish - begin);

  static const std::regex table_re(R"re(\n  "([A-Za-z0-9_]+)": \{\n([\s\S]*?)\n  \})re");
  static const std::regex column_re(
      R"re(\{\s*"default": (null|"((?:[^"\\]|\\.)*)"),\s*"name": "([^"]*)",\s*"nullable": (true|false),\s*"type": "([^"]*)"\s*\})re");
  static const std::regex fk_re(
      R"re(\{\s*"columns": \[([^\]]*)\],\s*"ondelete": [^,]*,\s*"ref_columns": \[([^\]]*)\],\s*"ref_table": "([^"]*)"\s*\})re");
  static const std::regex unique_re(R"re(\{\s*"columns": \[([^\]]*)\],\s*"name": (null|"([^"]*)")\s*\})re");

  std::vector<RefTable> out;
  for (std::sregex_iterator it(tables.begin(), tables.end(), table_re), end; it != end; ++it) {
    RefTable t;
    t.name = (*it)[1];
    const std::string body = (*it)[2];
    const std::string columns = section(body, "columns");
    for (std::sregex_iterator c(columns.begin(), columns.end(), column_re); c != end; ++c) {
      RefColumn col;
      col.name = (*c)[3];
      col.type = (*c)[5];
      col.nullable = (*c)[4] == "true";
      if ((*c)[1] != "null") col.default_value = (*c)[2];
      t.columns.push_back(std::move(col));
    }
    t.primary_key = string_list(section(body, "primary_key"));
    const std::string fks = section(body, "foreign_keys");
    for (std::sregex_iterator f(fks.begin(), fks.end(), fk_re); f != end; ++f) {
      t.foreign_keys.push_back({string_list((*f)[1]), (*f)[3], string_list((*f)[2])});
    }
    std::sort(t.foreign_keys.begin(), t.foreign_keys.end());
    const std::string uniques = section(body, "unique");
    for (std::sregex_iterator u(uniques.begin(), uniques.end(), unique_re); u != end; ++u) {
      t.unique.push_back({(*u)[3], string_list((*u)[1])});
    }
    out.push_back(std::move(t));
  }
  std::sort(out.begin(), out.end(),
            [](const RefTable& a, const RefTable& b) { return a.name < b.name; });
  return out;
}

std::string type_name(const Type& t, const std::string& dialect) {
  const bool mysql = dialect == "mysql";
  switch (t.kind) {
    case TypeKind::kInteger: return "INTEGER";
    case TypeKind::kString: return "VARCHAR(" + std::to_string(t.length) + ")";
    case TypeKind::kDateTime: return mysql ? "DATETIME" : "TIMESTAMP";
    case TypeKind::kMediumText: return mysql ? "MEDIUMTEXT" : "TEXT";
    case TypeKind::kText: return "TEXT";
    case TypeKind::kBoolean: return mysql ? "TINYINT" : "BOOLEAN";
    case TypeKind::kTinyInteger: return mysql ? "TINYINT" : "SMALLINT";
    case TypeKind::kFloat: return mysql ? "FLOAT" : "DOUBLE PRECISION";
    default: ADD_FAILURE() << "type not used by blazar"; return "?";
  }
}

std::optional<std::string> default_text(const std::optional<ServerDefault>& d, const std::string& dialect) {
  if (!d) return std::nullopt;
  const bool mysql = dialect == "mysql";
  switch (d->kind) {
    case ServerDefault::Kind::kTrue: return mysql ? "1" : "true";
    case ServerDefault::Kind::kFalse: return mysql ? "0" : "false";
    case ServerDefault::Kind::kExpression:
      if (d->value == "true") return mysql ? "1" : "true";
      return d->value;
    case ServerDefault::Kind::kLiteral: return d->value;
  }
  return std::nullopt;
}

RefColumn reflect(const Column& c, const std::string& dialect) {
  return {c.name, type_name(c.type, dialect), c.nullable && !c.primary_key,
          default_text(c.server_default, dialect)};
}

}  // namespace dbm::blazar::test
