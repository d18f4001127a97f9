#include "script/revision_file.h"

#include "script/cpp_text.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

#include "base/error.h"
#include "base/join.h"

namespace dbm::script {
namespace {

using text::join;

bool word_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// `text` as `// ` comment lines. A line ending in a backslash would splice
/// the next source line into the comment, so that backslash is dropped here
/// (the message itself is kept whole in the record's string literal).
std::string comment_lines(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    std::string line(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    while (!line.empty() && (line.back() == '\\' || line.back() == '\r')) line.pop_back();
    out += line.empty() ? "//\n" : "// " + line + "\n";
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

constexpr std::string_view kAdjustUpgrade =
    "  // ADJUST ME (written by `revision`): record this revision's operations, e.g.\n"
    "  //   op.add_column(\"table\", column(\"name\", types::string(255)));\n";
constexpr std::string_view kAdjustDowngrade =
    "  // ADJUST ME (written by `revision`): undo upgrade()'s operations, last first.\n";

// Autogenerate's statements under Alembic's "please adjust" reminder; a
// function that records nothing still names its parameter once, so the file
// compiles without an unused-parameter warning.
std::string function_body(const std::optional<std::string>& statements, std::string_view adjust) {
  if (!statements) return std::string(adjust) + "  static_cast<void>(op);\n";
  std::string out = "  // Written by `revision --autogenerate` from the models: check and adjust.\n";
  return out + (statements->empty() ? "  static_cast<void>(op);  // the models and head agree\n" : *statements);
}

}  // namespace

std::string slug(std::string_view message, std::size_t truncate_length) {
  std::string out;
  for (std::size_t i = 0; i < message.size();) {
    if (!word_character(message[i])) {
      ++i;
      continue;
    }
    if (!out.empty()) out += '_';
    for (; i < message.size() && word_character(message[i]); ++i) out += lower(message[i]);
  }
  if (out.size() > truncate_length) {
    out.resize(truncate_length);
    // Python's rsplit("_", 1)[0]: everything before the last '_', or all of it.
    if (const std::size_t last = out.rfind('_'); last != std::string::npos) out.resize(last);
    out += '_';
  }
  return out;
}

std::string new_revision_id() {
  std::random_device source;
  std::uniform_int_distribution<int> digit(0, 15);
  std::string id;
  for (int i = 0; i < 12; ++i) id += "0123456789abcdef"[digit(source)];
  return id;
}

void check_revision_id(const std::string& id) {
  std::vector<std::string> illegal;
  for (const char c : std::string_view("+-:@")) {  // sorted, as Alembic lists them
    if (id.find(c) != std::string::npos) illegal.emplace_back(1, c);
  }
  if (!illegal.empty()) {
    throw CommandError("Character(s) '" + join(illegal, ", ") + "' not allowed in revision identifier '" + id + "'");
  }
  if (id.empty()) throw CommandError("A revision identifier cannot be empty");
  if (id.size() > 32) {
    throw CommandError("Revision identifier '" + id + "' is " + std::to_string(id.size()) +
                       " characters long; the version table holds at most 32");
  }
  if (!std::all_of(id.begin(), id.end(), word_character)) {
    throw CommandError("Revision identifier '" + id +
                       "' can hold only ASCII letters, digits and '_' here: it names the revision's C++ file "
                       "and function");
  }
}

std::string create_date_now() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count() % 1000000;
  std::tm local{};
  localtime_r(&seconds, &local);
  char text[40];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &local);
  std::string out = text;
  if (micros != 0) {
    char fraction[12];
    std::snprintf(fraction, sizeof fraction, ".%06lld", static_cast<long long>(micros));
    out += fraction;
  }
  return out;
}

std::string file_stem(const NewRevision& revision) { return revision.id + "_" + slug(revision.message); }

std::string revision_source(const NewRevision& r) {
  const std::string revises = r.down.empty() ? "None" : join(r.down, ", ");
  std::string out = comment_lines(r.message);
  out += "//\n// Revision ID: " + r.id + "\n// Revises: " + revises + "\n// Create Date: " + r.create_date + "\n";
  out += "#include <dbm/columns.h>\n#include <dbm/operations.h>\n#include <dbm/revision.h>\n\n";
  out += "namespace dbm::" + r.project + " {\n\nnamespace {\n\n";
  out += "void upgrade(Operations& op) {\n" + function_body(r.upgrade_body, kAdjustUpgrade) + "}\n\n";
  out += "void downgrade(Operations& op) {\n" + function_body(r.downgrade_body, kAdjustDowngrade) + "}\n\n";
  out += "}  // namespace\n\nDBM_REVISION({\n";
  out += "    .id = " + cpp_string_literal(r.id) + ",\n";
  if (!r.down.empty()) out += "    .down = " + cpp_string_list(r.down) + ",\n";
  out += "    .message = " + cpp_string_literal(r.message) + ",\n";
  out += "    .create_date = " + cpp_string_literal(r.create_date) + ",\n";
  out += "    .upgrade = upgrade,\n    .downgrade = downgrade,\n";
  if (!r.branch_labels.empty()) out += "    .branch_labels = " + cpp_string_list(r.branch_labels) + ",\n";
  if (!r.depends_on.empty()) out += "    .depends_on = " + cpp_string_list(r.depends_on) + ",\n";
  out += "})\n\n}  // namespace dbm::" + r.project + "\n";
  return out;
}

}  // namespace dbm::script
