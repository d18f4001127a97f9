// Catalog type and default text → schema model. Each type maps to the Type
// whose rendering on that dialect creates it (the dialect's type_sql), so a
// replayed column and its reflected twin compare equal where the database
// keeps enough to tell. What no Type renders to is refused, never guessed.
#include "catalog_types.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "base/error.h"

namespace dbm::dialect {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

[[noreturn]] void unsupported(const std::string& text) { throw Error("unsupported type '" + text + "'"); }

/// A type name with up to two integer arguments: "numeric(11,0)".
struct Spelled {
  std::string name{};
  std::optional<int> first{};
  std::optional<int> second{};
  std::string suffix{};
};

// "name(a,b) suffix"; without parentheses the whole text is the name.
std::optional<Spelled> spell(const std::string& text) {
  static const std::regex kArgs(R"(^\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)(.*)$)");
  Spelled out;
  const auto open = text.find('(');
  out.name = trim(text.substr(0, open));
  if (open == std::string::npos) return out;
  std::smatch m;
  const std::string rest = text.substr(open);
  if (!std::regex_match(rest, m, kArgs)) return std::nullopt;
  out.first = std::stoi(m[1].str());
  if (m[2].matched) out.second = std::stoi(m[2].str());
  out.suffix = trim(m[3].str());
  return out;
}

// The labels of MySQL's "enum('a','b''c')": quotes doubled, backslashes escaped.
std::vector<std::string> enum_labels(const std::string& text) {
  std::vector<std::string> labels;
  std::size_t i = text.find('(') + 1;
  while (i < text.size() && text[i] == '\'') {
    std::string label;
    for (++i; i < text.size(); ++i) {
      if (text[i] == '\\' && i + 1 < text.size()) {
        label += text[++i];
      } else if (text[i] == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        label += '\'';
        ++i;
      } else if (text[i] == '\'') {
        break;
      } else {
        label += text[i];
      }
    }
    labels.push_back(label);
    ++i;  // past the closing quote
    if (i < text.size() && text[i] == ',') ++i;
  }
  if (i + 1 != text.size() || text[i] != ')') unsupported(text);
  return labels;
}

/// The value of a quoted SQL string starting at text[0]; `rest` gets what follows.
std::optional<std::string> unquote(const std::string& text, bool backslash_escapes, std::string& rest) {
  if (text.empty() || text[0] != '\'') return std::nullopt;
  std::string value;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = text[i];
    if (backslash_escapes && c == '\\' && i + 1 < text.size()) {
      const char e = text[++i];
      value += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == '0' ? '\0' : e;
    } else if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
      value += '\'';
      ++i;
    } else if (c == '\'') {
      rest = text.substr(i + 1);
      return value;
    } else {
      value += c;
    }
  }
  return std::nullopt;
}

std::string strip_parentheses(std::string text) {
  while (text.size() >= 2 && text.front() == '(' && text.back() == ')') text = trim(text.substr(1, text.size() - 2));
  return text;
}

}  // namespace

Type postgresql_type(const std::string& formatted) {
  std::string text = lower(trim(formatted));
  std::string zone_suffix;
  for (const char* suffix : {" with time zone", " without time zone"}) {
    const std::string tail(suffix);
    if (text.size() > tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0) {
      zone_suffix = tail.substr(1);
      text.resize(text.size() - tail.size());
    }
  }
  auto s = spell(text);
  if (!s || !s->suffix.empty()) unsupported(formatted);
  s->suffix = zone_suffix;
  const bool plain = !s->first && s->suffix.empty();
  const bool zone = s->suffix == "with time zone";
  const bool zone_given = !s->suffix.empty();
  if (plain) {
    if (s->name == "integer") return types::integer();
    if (s->name == "bigint") return types::big_integer();
    if (s->name == "smallint") return types::small_integer();
    if (s->name == "text") return types::text();
    if (s->name == "date") return types::date();
    if (s->name == "boolean") return types::boolean();
    if (s->name == "double precision") return types::floating();
    if (s->name == "real") return types::floating(24);  // FLOAT(p<=24) creates REAL
    if (s->name == "bytea") return types::large_binary();
    if (s->name == "json" || s->name == "jsonb") return types::sql_json();
  }
  if (s->name == "character varying" && s->suffix.empty() && !s->second) return types::string(s->first.value_or(0));
  if (s->name == "numeric" && s->suffix.empty()) return types::numeric(s->first.value_or(0), s->second.value_or(0));
  if (!s->first && zone_given) {
    if (s->name == "timestamp") return types::date_time(zone);
    if (s->name == "time") {
      Type t = types::time();
      t.timezone = zone;
      return t;
    }
  }
  unsupported(formatted);
}

Type mysql_type(const std::string& column_type) {
  const std::string text = lower(trim(column_type));
  if (text.rfind("enum(", 0) == 0) return types::enumeration("", enum_labels(trim(column_type)));
  const auto s = spell(text);
  if (!s || !s->suffix.empty()) unsupported(column_type);  // unsigned, zerofill: not in the model
  const bool no_args = !s->first;
  // Integer display widths are cosmetic (int(11) is INTEGER's default); TINYINT's is
  // kept because TINYINT(1) is what SQLAlchemy's BOOL creates.
  if (!s->second) {
    if (s->name == "int" || s->name == "integer") return types::integer();
    if (s->name == "bigint") return types::big_integer();
    if (s->name == "smallint") return types::small_integer();
    if (s->name == "tinyint") return s->first == 1 ? types::boolean() : types::tiny_integer(s->first.value_or(0));
    if (s->name == "varchar" && s->first) return types::string(*s->first);
  }
  if (no_args) {
    if (s->name == "text") return types::text();
    if (s->name == "mediumtext") return types::medium_text();
    if (s->name == "longtext") return types::long_text();
    if (s->name == "datetime") return types::date_time();
    if (s->name == "date") return types::date();
    if (s->name == "time") return types::time();
    if (s->name == "float") return types::floating();
    if (s->name == "double") return types::floating(53);  // FLOAT(p>24) creates DOUBLE
    if (s->name == "blob") return types::large_binary();
    if (s->name == "longblob") return types::long_binary();
    if (s->name == "mediumblob") return types::large_binary(16777215);  // what BLOB(n > 65535) creates
    if (s->name == "json") return types::sql_json();
  }
  if (s->name == "decimal") return types::numeric(s->first.value_or(0), s->second.value_or(0));
  unsupported(column_type);
}

Type sqlite_type(const std::string& declared) {
  static const std::regex kForm(R"(^([\w ]+)(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?)");
  const std::string text = trim(declared);
  std::smatch m;
  if (text.empty() || !std::regex_search(text, m, kForm)) throw Error("column has no declared type");
  const std::string name = upper(trim(m[1].str()));
  const int first = m[2].matched ? std::stoi(m[2].str()) : 0;
  const int second = m[3].matched ? std::stoi(m[3].str()) : 0;
  if (name == "INTEGER" || name == "INT") return types::integer();
  if (name == "BIGINT") return types::big_integer();
  if (name == "SMALLINT") return types::small_integer();
  if (name == "VARCHAR" || name == "NVARCHAR") return types::string(first);
  if (name == "TEXT") return types::text(first);
  if (name == "DATETIME" || name == "TIMESTAMP") return types::date_time();
  if (name == "DATE") return types::date();
  if (name == "TIME") return types::time();
  if (name == "BOOLEAN" || name == "BOOL") return types::boolean();
  if (name == "FLOAT") return types::floating(first);
  if (name == "REAL") return types::floating();
  if (name == "DOUBLE" || name == "DOUBLE PRECISION") return types::floating(53);
  if (name == "NUMERIC" || name == "DECIMAL") return types::numeric(first, second);
  if (name == "BLOB") return types::large_binary(first);
  if (name == "JSON") return types::sql_json();
  // SQLite's own affinity rules, in its order of precedence.
  if (name.find("INT") != std::string::npos) return types::integer();
  if (name.find("CHAR") != std::string::npos || name.find("CLOB") != std::string::npos ||
      name.find("TEXT") != std::string::npos) {
    return types::text();
  }
  if (name.find("BLOB") != std::string::npos) return types::large_binary();
  if (name.find("REAL") != std::string::npos || name.find("FLOA") != std::string::npos ||
      name.find("DOUB") != std::string::npos) {
    return types::floating();
  }
  return types::numeric();
}

ReflectedDefault reflect_default(const DefaultSpelling& spelling, const std::string& text, const Type& type) {
  const std::string t = trim(text);
  if (t.empty()) return {};
  if (spelling.sequences && t.rfind("nextval(", 0) == 0) return {std::nullopt, true};
  const std::string up = upper(t);
  if (up == "NULL" || up.rfind("NULL::", 0) == 0) return {};  // an explicit DEFAULT NULL is no default
  const std::string bare = upper(strip_parentheses(t));
  if ((bare == "TRUE" || bare == "FALSE") && spelling.boolean_keywords_as_written) {
    return {ServerDefault::expression(t), false};
  }
  if (bare == "TRUE") return {ServerDefault::true_value(), false};
  if (bare == "FALSE") return {ServerDefault::false_value(), false};
  if (type.kind == TypeKind::kBoolean && spelling.integer_booleans) {
    if (bare == "1") return {ServerDefault::true_value(), false};
    if (bare == "0") return {ServerDefault::false_value(), false};
  }
  std::string rest;
  if (const auto value = unquote(t, spelling.backslash_escapes, rest)) {
    static const std::regex kCasts(R"(^(::[\w ."]+(\([\d,]+\))?(\[\])?)+$)");
    if (rest.empty() || (spelling.casts && std::regex_match(rest, kCasts))) {
      return {ServerDefault::literal(*value), false};
    }
  }
  return {ServerDefault::expression(t), false};
}

}  // namespace dbm::dialect
