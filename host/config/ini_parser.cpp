// oslo.config's INI dialect: `[section]`, `key = value` or `key: value`,
// full-line `#`/`;` comments, indented continuation lines joined with '\n',
// a blank line ends a multi-line value. Knows nothing of files on disk.
#include "config/ini_parser.h"

#include <optional>

#include "base/error.h"

namespace dbm::config {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view rtrim(std::string_view s) {
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& file_name) : text_(text), file_name_(file_name) {}

  IniSections run() {
    // A UTF-8 byte order mark would otherwise make the first line unparsable.
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
    std::size_t start = 0;
    while (start < text_.size()) {
      std::size_t end = text_.find('\n', start);
      if (end == std::string_view::npos) end = text_.size();
      ++line_number_;
      handle_line(rtrim(text_.substr(start, end - start)));
      start = end + 1;
    }
    flush();
    return std::move(sections_);
  }

 private:
  [[noreturn]] void fail(int line, const std::string& what) const {
    throw ConfigError(file_name_ + ":" + std::to_string(line) + ": " + what);
  }

  void handle_line(std::string_view line) {
    if (line.empty()) {
      flush();  // a blank line ends a multi-line value
      return;
    }
    if (line.front() == ' ' || line.front() == '\t') {
      if (!key_) fail(line_number_, "Unexpected continuation line");
      value_.append("\n").append(trim(line));
      return;
    }
    flush();
    if (line.front() == '[') {
      if (line.back() != ']') fail(line_number_, "Invalid section (must end with ])");
      if (line.size() <= 2) fail(line_number_, "Empty section name");
      section_ = std::string(line.substr(1, line.size() - 2));
      sections_[*section_];
      return;
    }
    if (line.front() == '#' || line.front() == ';') return;
    split_assignment(line);
  }

  void split_assignment(std::string_view line) {
    const std::size_t colon = line.find(':');
    const std::size_t equal = line.find('=');
    if (colon == std::string_view::npos && equal == std::string_view::npos) {
      fail(line_number_, "No ':' or '=' found in assignment");
    }
    const std::size_t split = std::min(colon, equal);
    std::string_view key = trim(line.substr(0, split));
    std::string_view value = trim(line.substr(split + 1));
    if (!value.empty() && value.front() == value.back() && (value.front() == '"' || value.front() == '\'')) {
      value = value.size() == 1 ? std::string_view{} : value.substr(1, value.size() - 2);
    }
    if (key.empty()) fail(line_number_, "Key cannot be empty");
    if (!section_) fail(line_number_, "Section must be started before assignment");
    key_ = std::string(key);
    value_ = std::string(value);
  }

  void flush() {
    if (!key_) return;
    sections_[*section_][*key_].push_back(std::move(value_));
    key_.reset();
    value_.clear();
  }

  std::string_view text_;
  const std::string& file_name_;
  int line_number_ = 0;
  std::optional<std::string> section_;
  std::optional<std::string> key_;
  std::string value_;
  IniSections sections_;
};

}  // namespace

IniSections parse_oslo_ini(std::string_view text, const std::string& file_name) {
  return Parser(text, file_name).run();
}

}  // namespace dbm::config
