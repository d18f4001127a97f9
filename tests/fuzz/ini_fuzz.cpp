// Fuzz target `ini`: one oslo.config INI file (host/config) as a service's
// --config-file is read — parsing, layering, lookups, `$option` expansion and
// the search for the database URL.
//
// Input: the file's bytes. Text holding a NUL byte goes through the file
// reader (OsloConfig::load), which must refuse it; other text is parsed
// directly (the reader's only other check is its 16 MB size bound, above any
// input libFuzzer makes).
// Expected: ConfigError (syntax, a reference set nowhere, references nested
// too deeply). Anything else leaving, a crash or a sanitizer report is a finding.
// Invariants:
// - a syntax error names this file and a line of it ("fuzz.conf:<line>: "),
//   and never more than a fixed text after it (a line may hold a password);
// - a NUL byte is refused when the file is read;
// - every option the parser returns is found by a lookup, with one of its values;
// - a value with no '$' expands to itself.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "base/error.h"
#include "config/database_url.h"
#include "config/ini_parser.h"
#include "config/oslo_config.h"
#include "fuzz_support.h"

namespace {

using dbm::fuzz::finding;

constexpr char kFileName[] = "fuzz.conf";

void check_syntax_error(const dbm::ConfigError& error, std::string_view text) {
  const std::string message = error.what();
  const std::string prefix = std::string(kFileName) + ":";
  if (!message.starts_with(prefix)) finding("syntax error without the file name: " + message);
  std::size_t at = prefix.size();
  long line = 0;
  while (at < message.size() && message[at] >= '0' && message[at] <= '9' && line < 100000000) {
    line = line * 10 + (message[at++] - '0');
  }
  const long lines = 1 + static_cast<long>(std::count(text.begin(), text.end(), '\n'));
  if (line < 1 || line > lines || message.compare(at, 2, ": ") != 0) {
    finding("syntax error names no line of the input: " + message);
  }
  // The problem is one of the parser's fixed sentences, never input text.
  if (message.size() - at > 64) finding("syntax error longer than a fixed sentence: " + message);
}

void exercise(const dbm::config::IniSections& sections) {
  using dbm::config::OsloConfig;
  const OsloConfig config = OsloConfig::from_parsed({{kFileName, sections}});
  const std::map<std::string, std::string> defaults = {{"state_path", "/var/lib/service"},
                                                       {"database.connection", "sqlite://"}};
  for (const auto& [section, options] : sections) {
    for (const auto& [option, values] : options) {
      const auto found = config.get(section, option);
      if (!found) finding("option [" + section + "] " + option + " parsed but not found");
      // Sections differing only in case merge (oslo lowercases group names),
      // so the value found may come from another spelling of the section.
      for (const std::string& value : values) {
        try {
          const std::string expanded = config.substitute(value, section, defaults);
          if (value.find('$') == std::string::npos && expanded != value) {
            finding("a value without '$' changed when expanded");
          }
        } catch (const dbm::ConfigError&) {
        }
      }
    }
  }
  try {
    dbm::config::find_database_url(
        config, {"database/connection", "DEFAULT/sql_connection", "database/sql_connection", "sql/connection"},
        [](const char*) -> const char* { return nullptr; });
  } catch (const dbm::ConfigError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = dbm::fuzz::as_text(data, size);
  if (text.find('\0') != std::string_view::npos) {
    static const dbm::fuzz::ScratchFile file(kFileName);
    try {
      dbm::config::OsloConfig::load(std::vector<std::string>{file.write(text).string()});
    } catch (const dbm::ConfigError&) {
      return 0;
    }
    finding("a config file holding a NUL byte was read");
  }
  dbm::config::IniSections sections;
  try {
    sections = dbm::config::parse_oslo_ini(text, kFileName);
  } catch (const dbm::ConfigError& error) {
    check_syntax_error(error, text);
    return 0;
  }
  exercise(sections);
  return 0;
}
