// Layering of oslo INI files and option lookup the way oslo.config's
// namespace does it (newest file first, group names normalized), plus its
// `$option` template expansion. Reads files; knows nothing of URLs.
#include "config/oslo_config.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/error.h"

namespace dbm::config {
namespace {

namespace fs = std::filesystem;

// Config files are small; a device or a FIFO could be endless or never answer.
constexpr std::uintmax_t kMaxConfigBytes = 16 << 20;

std::string read_file(const std::string& path) {
  auto failed = [&](const std::string& why) { return ConfigError("Failed to read config file '" + path + "': " + why); };
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status)) throw failed(std::strerror(EISDIR));
  if (fs::exists(status) && !fs::is_regular_file(status)) throw failed("not a regular file");
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno != 0 ? errno : ENOENT;
    throw failed(std::strerror(err));
  }
  if (fs::file_size(path, ec) > kMaxConfigBytes) throw failed("larger than " + std::to_string(kMaxConfigBytes) + " bytes");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw failed(std::strerror(EIO));
  std::string content = text.str();
  // A NUL would silently cut short a value (a path) wherever C reads it.
  if (const auto nul = content.find('\0'); nul != std::string::npos) {
    throw failed("line " + std::to_string(1 + std::count(content.begin(), content.begin() + nul, '\n')) +
                 " holds a NUL byte");
  }
  return content;
}

bool is_id_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_id_char(char c) { return is_id_start(c) || c == '.' || (c >= '0' && c <= '9'); }

// oslo resolves references recursively; a cycle would otherwise never end.
constexpr int kMaxSubstitutionDepth = 16;
// The depth bound alone lets a few lines of `a = $b$b$b...` ask for 8^16
// references; no real value needs more than a handful, nor expands past
// the largest config file read.
constexpr int kMaxSubstitutionReferences = 1000;
constexpr std::size_t kMaxExpandedBytes = kMaxConfigBytes;

}  // namespace

OptionName OptionName::from_path(std::string_view section_slash_option) {
  const std::size_t slash = section_slash_option.find('/');
  if (slash == std::string_view::npos) return {"DEFAULT", std::string(section_slash_option)};
  return {std::string(section_slash_option.substr(0, slash)), std::string(section_slash_option.substr(slash + 1))};
}

std::string normalize_section(std::string_view section) {
  std::string out(section);
  if (out == "DEFAULT") return out;
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
  return out;
}

OsloConfig OsloConfig::load(const std::vector<std::string>& files, const std::vector<std::string>& dirs) {
  std::vector<ConfigSource> sources;
  for (const auto& f : files) sources.push_back({ConfigSource::Kind::kFile, f});
  for (const auto& d : dirs) sources.push_back({ConfigSource::Kind::kDir, d});
  return load(sources);
}

OsloConfig OsloConfig::load(const std::vector<ConfigSource>& sources) {
  OsloConfig config;
  for (const auto& source : sources) {
    if (source.kind == ConfigSource::Kind::kFile) {
      config.add_file(source.path);
    } else {
      config.add_dir(source.path);
    }
  }
  return config;
}

OsloConfig OsloConfig::from_parsed(std::vector<std::pair<std::string, IniSections>> files) {
  OsloConfig config;
  for (auto& [path, sections] : files) config.add_parsed(std::move(path), sections);
  return config;
}

void OsloConfig::add_file(const std::string& path) { add_parsed(path, parse_oslo_ini(read_file(path), path)); }

void OsloConfig::add_dir(const std::string& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) {
    const int err = ec && ec.value() != 0 ? ec.value() : ENOENT;
    throw ConfigError("Failed to read config directory '" + path + "': " + std::strerror(err));
  }
  if (!fs::is_directory(status)) {
    throw ConfigError("Failed to read config directory '" + path + "': " + std::strerror(ENOTDIR));
  }
  std::vector<std::string> names;
  fs::directory_iterator it(path, ec);
  if (ec) throw ConfigError("Failed to read config directory '" + path + "': " + std::strerror(ec.value()));
  for (const auto& entry : it) {
    const std::string name = entry.path().filename().string();
    // oslo globs `*.conf`, which skips hidden files; it reads a directory
    // named x.conf and fails, we skip it.
    if (name.starts_with('.') || !name.ends_with(".conf") || entry.is_directory(ec)) continue;
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  for (const auto& name : names) add_file((fs::path(path) / name).string());
}

void OsloConfig::add_parsed(std::string path, const IniSections& sections) {
  IniSections normalized;
  for (const auto& [section, options] : sections) {
    IniOptions& into = normalized[normalize_section(section)];
    for (const auto& [option, values] : options) {
      auto& all = into[option];
      all.insert(all.end(), values.begin(), values.end());
    }
  }
  files_.push_back(std::move(path));
  parsed_.push_back(std::move(normalized));
}

std::optional<std::string> OsloConfig::get(const std::string& section, const std::string& option) const {
  return get_any({OptionName{section, option}});
}

std::optional<std::string> OsloConfig::get_any(const std::vector<OptionName>& names) const {
  auto found = find(names);
  if (!found) return std::nullopt;
  return std::move(found->value);
}

std::optional<FoundOption> OsloConfig::find(const std::vector<OptionName>& names) const {
  for (auto file = parsed_.rbegin(); file != parsed_.rend(); ++file) {
    for (const auto& name : names) {
      auto section = file->find(normalize_section(name.section));
      if (section == file->end()) continue;
      auto option = section->second.find(name.option);
      if (option != section->second.end() && !option->second.empty()) {
        return FoundOption{name, option->second.back()};
      }
    }
  }
  return std::nullopt;
}

namespace {

struct Substituter {
  const OsloConfig& config;
  const std::map<std::string, std::string>& defaults;
  int references = 0;  // resolved so far, at every depth

  std::string expand(std::string_view value, const std::string& section, int depth) {
    if (depth > kMaxSubstitutionDepth) {
      throw ConfigError("config value references nest too deeply (is there a cycle of $ references?)");
    }
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
      const char c = value[i];
      if (c == '\\' && i + 1 < value.size() && value[i + 1] == '$') {
        out += '$';  // oslo reads \$ as $$
        ++i;
        continue;
      }
      if (c != '$' || i + 1 == value.size()) {
        out += c;
        continue;
      }
      if (value[i + 1] == '$') {
        out += '$';
        ++i;
        continue;
      }
      const bool braced = value[i + 1] == '{';
      std::size_t start = i + (braced ? 2 : 1);
      std::size_t end = start;
      if (end < value.size() && is_id_start(value[end])) {
        ++end;
        while (end < value.size() && is_id_char(value[end])) ++end;
      }
      if (end == start || (braced && (end == value.size() || value[end] != '}'))) {
        out += c;  // not a reference: kept as written, like safe_substitute
        continue;
      }
      if (++references > kMaxSubstitutionReferences) {
        throw ConfigError("config value needs more than " + std::to_string(kMaxSubstitutionReferences) +
                          " $ references to expand");
      }
      out += resolve(std::string(value.substr(start, end - start)), section, depth);
      if (out.size() > kMaxExpandedBytes) {
        throw ConfigError("config value expands to more than " + std::to_string(kMaxExpandedBytes) + " bytes");
      }
      i = braced ? end : end - 1;
    }
    return out;
  }

  std::string resolve(const std::string& key, const std::string& section, int depth) {
    const std::size_t dot = key.find('.');
    if (dot != std::string::npos) {
      const std::string group = key.substr(0, dot);
      if (auto v = config.get(group, key.substr(dot + 1))) return expand(*v, group, depth + 1);
    } else {
      if (auto v = config.get(section, key)) return expand(*v, section, depth + 1);
      if (auto v = config.get("DEFAULT", key)) return expand(*v, "DEFAULT", depth + 1);
    }
    if (auto d = defaults.find(key); d != defaults.end()) return expand(d->second, section, depth + 1);
    // Appended, not "[" + x + "]": GCC 12 warns falsely at -O3 on that chain (bug 105329).
    std::string where = "[";
    where.append(dot != std::string::npos ? key.substr(0, dot) : section).append("]");
    if (dot == std::string::npos && section != "DEFAULT") where += " or [DEFAULT]";
    throw UnresolvedReference(key, where);
  }
};

}  // namespace

std::string OsloConfig::substitute(std::string_view value, const std::string& section,
                                   const std::map<std::string, std::string>& defaults) const {
  Substituter substituter{*this, defaults};
  return substituter.expand(value, section, 0);
}

}  // namespace dbm::config
