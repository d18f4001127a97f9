// What a revision may ask of the run it is part of: the dialect it renders
// for and the service's own config values (the quantum tree runs some
// revisions only for certain core_plugin values). Implemented by the host.
#pragma once

#include <optional>
#include <string>

namespace dbm {

class Context {
 public:
  virtual ~Context() = default;
  /// "sqlite", "postgresql" or "mysql" — the same online and offline.
  virtual const std::string& dialect() const = 0;
  /// A value from the service's config files, [section] option; nullopt when unset.
  virtual std::optional<std::string> config(const std::string& section,
                                            const std::string& option) const = 0;
};

}  // namespace dbm
