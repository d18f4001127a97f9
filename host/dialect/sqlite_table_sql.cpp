// Tokenizer and element walk for SQLite's stored CREATE TABLE text. Only the
// top level of the column list is examined: each comma-separated element is
// either a column definition or a table constraint.
#include "sqlite_table_sql.h"

#include <algorithm>
#include <cctype>

namespace dbm::dialect {
namespace {

struct Token {
  enum class Kind : std::uint8_t { kWord, kIdentifier, kString, kPunct };
  Kind kind = Kind::kPunct;
  std::string text{};  ///< unquoted for identifiers and strings
  std::size_t begin = 0;
  std::size_t end = 0;
};

bool word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '$' || u >= 0x80;
}

// Reads a quoted run starting at sql[i]; a doubled closing quote is a literal one.
std::size_t read_quoted(const std::string& sql, std::size_t i, char close, std::string& out) {
  for (++i; i < sql.size(); ++i) {
    if (sql[i] == close) {
      if (close != ']' && i + 1 < sql.size() && sql[i + 1] == close) {
        out += close;
        ++i;
        continue;
      }
      return i + 1;
    }
    out += sql[i];
  }
  return i;
}

std::vector<Token> tokenize(const std::string& sql) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      i = sql.find('\n', i);
      if (i == std::string::npos) i = sql.size();
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      i = sql.find("*/", i + 2);
      i = i == std::string::npos ? sql.size() : i + 2;
    } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
      Token t{c == '\'' ? Token::Kind::kString : Token::Kind::kIdentifier, {}, i, 0};
      i = read_quoted(sql, i, c == '[' ? ']' : c, t.text);
      t.end = i;
      tokens.push_back(std::move(t));
    } else if (word_char(c)) {
      Token t{Token::Kind::kWord, {}, i, 0};
      while (i < sql.size() && word_char(sql[i])) t.text += sql[i++];
      t.end = i;
      tokens.push_back(std::move(t));
    } else {
      tokens.push_back(Token{Token::Kind::kPunct, std::string(1, c), i, i + 1});
      ++i;
    }
  }
  return tokens;
}

bool is_keyword(const Token& t, std::string_view keyword) {
  if (t.kind != Token::Kind::kWord || t.text.size() != keyword.size()) return false;
  return std::equal(t.text.begin(), t.text.end(), keyword.begin(),
                    [](char a, char b) { return std::toupper(static_cast<unsigned char>(a)) == b; });
}

bool is_punct(const Token& t, char c) { return t.kind == Token::Kind::kPunct && t.text[0] == c; }

using Element = std::vector<Token>;

// The index of the ')' matching the '(' at `open`, or tokens.size().
std::size_t matching(const Element& tokens, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < tokens.size(); ++i) {
    if (is_punct(tokens[i], '(')) ++depth;
    if (is_punct(tokens[i], ')') && --depth == 0) return i;
  }
  return tokens.size();
}

// "(a, b COLLATE x DESC)" at `open` → {a, b}.
std::vector<std::string> column_list(const Element& e, std::size_t open) {
  std::vector<std::string> columns;
  if (open >= e.size() || !is_punct(e[open], '(')) return columns;
  const std::size_t close = matching(e, open);
  bool expect_name = true;
  for (std::size_t i = open + 1; i < close; ++i) {
    if (is_punct(e[i], ',')) {
      expect_name = true;
    } else if (expect_name) {
      columns.push_back(e[i].text);
      expect_name = false;
    }
  }
  return columns;
}

std::size_t find_keyword(const Element& e, std::size_t from, std::string_view keyword) {
  for (std::size_t i = from; i < e.size(); ++i) {
    if (is_keyword(e[i], keyword)) return i;
  }
  return e.size();
}

// A column definition's `AS (expr) [STORED|VIRTUAL]`, the expression as written.
void read_generated(const Element& e, const std::string& sql, SqliteTableSql& out) {
  const std::size_t as = find_keyword(e, 1, "AS");
  if (as + 1 >= e.size() || !is_punct(e[as + 1], '(')) return;
  const std::size_t close = matching(e, as + 1);
  if (close >= e.size()) return;
  Computed computed{sql.substr(e[as + 1].end, e[close].begin - e[as + 1].end), std::nullopt};
  if (close + 1 < e.size() && is_keyword(e[close + 1], "STORED")) computed.persisted = true;
  if (close + 1 < e.size() && is_keyword(e[close + 1], "VIRTUAL")) computed.persisted = false;
  out.generated_columns.emplace_back(e[0].text, std::move(computed));
}

void read_element(const Element& e, const std::string& sql, SqliteTableSql& out) {
  if (e.empty()) return;
  std::size_t i = 0;
  std::string name;
  if (is_keyword(e[0], "CONSTRAINT") && e.size() > 1) {
    name = e[1].text;
    i = 2;
  }
  if (i >= e.size()) return;
  if (is_keyword(e[i], "PRIMARY")) {
    out.primary_key_name = name;
  } else if (is_keyword(e[i], "UNIQUE")) {
    out.unique_constraints.push_back(DeclaredKey{name, column_list(e, i + 1), {}});
  } else if (is_keyword(e[i], "FOREIGN")) {
    const std::size_t key = find_keyword(e, i, "KEY");
    const std::size_t references = find_keyword(e, i, "REFERENCES");
    if (key + 1 < e.size() && references + 1 < e.size()) {
      out.foreign_keys.push_back(DeclaredKey{name, column_list(e, key + 1), e[references + 1].text});
    }
  } else if (is_keyword(e[i], "CHECK")) {
    const std::size_t open = i + 1;
    const std::size_t close = open < e.size() ? matching(e, open) : e.size();
    if (close < e.size()) {
      out.check_constraints.push_back(
          CheckConstraint{name, sql.substr(e[open].end, e[close].begin - e[open].end)});
    }
  } else if (i == 0) {
    if (find_keyword(e, 1, "AUTOINCREMENT") < e.size()) out.autoincrement_columns.push_back(e[0].text);
    read_generated(e, sql, out);
  }
}

}  // namespace

SqliteTableSql parse_sqlite_table_sql(const std::string& sql) {
  SqliteTableSql out;
  const std::vector<Token> tokens = tokenize(sql);
  const auto open = std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return is_punct(t, '('); });
  if (open == tokens.end()) return out;
  int depth = 0;
  Element element;
  for (auto it = open; it != tokens.end(); ++it) {
    if (is_punct(*it, '(') && depth++ == 0) continue;
    if (is_punct(*it, ')') && --depth == 0) break;
    if (depth == 1 && is_punct(*it, ',')) {
      read_element(element, sql, out);
      element.clear();
      continue;
    }
    element.push_back(*it);
  }
  read_element(element, sql, out);
  return out;
}

}  // namespace dbm::dialect
