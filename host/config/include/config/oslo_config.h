// The layered oslo.config view of a service's INI files: which files were
// read, in which order, and the value an option gets from them. Knows nothing
// of database URLs, plugins or the command line.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/ini_parser.h"
#include "base/error.h"

namespace dbm::config {

/// One `section/option` name an option may be spelled with.
struct OptionName {
  std::string section{};
  std::string option{};
  /// Splits "database/connection"; a name without '/' is in DEFAULT.
  static OptionName from_path(std::string_view section_slash_option);
};

/// A `$name` reference in a value that no file or default sets.
class UnresolvedReference : public ConfigError {
 public:
  UnresolvedReference(std::string key, std::string where)
      : ConfigError("config value refers to '$" + key + "', which is not set in " + where +
                    "; write '$$' for a literal '$'"),
        key_(std::move(key)),
        where_(std::move(where)) {}
  const std::string& key() const { return key_; }
  /// "[database] or [DEFAULT]", "[group]".
  const std::string& where() const { return where_; }

 private:
  std::string key_;
  std::string where_;
};

/// An option's value together with the spelling that supplied it.
struct FoundOption {
  OptionName name{};
  std::string value{};
};

/// A --config-file or --config-dir argument, for callers that keep the
/// command line's order (oslo parses each one as it meets it).
struct ConfigSource {
  enum class Kind { kFile, kDir };
  Kind kind = Kind::kFile;
  std::string path{};
};

class OsloConfig {
 public:
  /// Reads `files` in order, then each dir's `*.conf` (byte order, hidden
  /// files skipped, as oslo's glob does). Later files win.
  /// Throws ConfigError for an unreadable file, a missing dir, bad syntax.
  static OsloConfig load(const std::vector<std::string>& files, const std::vector<std::string>& dirs = {});
  /// Same, with files and dirs interleaved as given.
  static OsloConfig load(const std::vector<ConfigSource>& sources);
  /// Builds from already parsed files (tests, manifests); later entries win.
  static OsloConfig from_parsed(std::vector<std::pair<std::string, IniSections>> files);

  /// The value of `option` in `section`, from the last file that sets it.
  /// Section names other than DEFAULT compare lowercased, as oslo's lookup
  /// does ([Database] is the group `database`); DEFAULT is only DEFAULT.
  std::optional<std::string> get(const std::string& section, const std::string& option) const;

  /// oslo's lookup of an option with deprecated spellings: the newest file
  /// that sets any of `names` decides; within it, the earliest name wins.
  std::optional<std::string> get_any(const std::vector<OptionName>& names) const;
  /// get_any, also saying which spelling matched.
  std::optional<FoundOption> find(const std::vector<OptionName>& names) const;

  /// Expands oslo's `$option`, `${option}`, `${group.option}` references
  /// from the files (option in `section`, then DEFAULT), then `defaults`
  /// (keyed "option" or "group.option"); `$$` and `\$` give a literal '$'.
  /// Throws UnresolvedReference if a reference is set nowhere, ConfigError
  /// for references nested over 16 deep (a cycle), over 1000 of them in one
  /// expansion, or an expansion over 16 MiB (`a = $b$b$b…` a few levels deep).
  std::string substitute(std::string_view value, const std::string& section,
                         const std::map<std::string, std::string>& defaults = {}) const;

  /// Adds the values of command-line options as the last layer, which wins
  /// over every file (oslo.config's CLI options).
  void add_command_line(const IniSections& values) { add_parsed("<command line>", values); }

  /// The files actually read, in the order they were read.
  const std::vector<std::string>& files() const { return files_; }

 private:
  void add_file(const std::string& path);
  void add_dir(const std::string& path);
  void add_parsed(std::string path, const IniSections& sections);

  std::vector<std::string> files_;
  /// Per file, in reading order, with section names normalized as oslo does.
  std::vector<IniSections> parsed_;
};

/// oslo's group-name normalization: DEFAULT stays, others are lowercased.
std::string normalize_section(std::string_view section);

}  // namespace dbm::config
