// Alembic's static_output: tabs become four spaces, surrounding blank space
// is trimmed, the dialect's terminator and a blank line follow.
#include "runtime/offline_sink.h"

#include <ostream>

#include "base/error.h"

namespace dbm::runtime {
namespace {

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

}  // namespace

void OfflineSink::execute(const std::string& sql) {
  std::string text;
  text.reserve(sql.size());
  for (char c : sql) {
    if (c == '\t') {
      text += "    ";
    } else {
      text += c;
    }
  }
  out_ << trimmed(std::move(text)) << dialect_.syntax().terminator << "\n\n";
}

void OfflineSink::begin() { out_ << "BEGIN" << dialect_.syntax().terminator << "\n\n"; }

void OfflineSink::commit() { out_ << "COMMIT" << dialect_.syntax().terminator << "\n\n"; }

void OfflineSink::comment(const std::string& text) { out_ << "-- " << text << "\n\n"; }

void OfflineSink::run_callback(const OnlineCallback& callback) {
  throw Error("'" + callback.description +
              "' is a data migration that needs a live database and has no SQL for offline use; "
              "run this revision online");
}

}  // namespace dbm::runtime
