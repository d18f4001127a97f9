// Parses the text of one oslo.config INI file into sections of option values.
// Pure: no file system, no layering across files, no knowledge of which
// options exist or what they mean.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dbm::config {

/// option name -> every value assigned in the file, in order (oslo keeps all
/// of them for multi-valued options; single-valued lookups take the last).
using IniOptions = std::map<std::string, std::vector<std::string>>;

/// section name exactly as written -> its options; repeated sections merge.
using IniSections = std::map<std::string, IniOptions>;

/// Parses `text` with oslo.config's rules. `file_name` only labels errors.
/// Throws ConfigError `<file>:<line>: <problem>`; the offending line is never
/// quoted because it may hold a password.
IniSections parse_oslo_ini(std::string_view text, const std::string& file_name);

}  // namespace dbm::config
