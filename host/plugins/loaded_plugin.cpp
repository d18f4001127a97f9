// The handshake between host and plugin. Nothing but C types crosses the
// boundary until the API version and build tag have been compared.
#include "plugins/loaded_plugin.h"

#include <string_view>
#include <system_error>

#include <dlfcn.h>

#include <fmt/format.h>

#include "dbm/export.h"
#include "base/error.h"

namespace dbm::plugins {

std::unique_ptr<LoadedPlugin> LoadedPlugin::load(const std::filesystem::path& path) {
  const std::string shown = path.string();
  boost::dll::shared_library library;
  boost::system::error_code ec;
  library.load(boost::dll::fs::path(shown), ec, boost::dll::load_mode::rtld_local);
  if (ec) {
    // Boost.DLL 1.74 reports every dlopen failure as one errno; dlerror() still
    // holds the loader's own reason (wrong ELF class, missing symbol, ...).
    const char* why = ::dlerror();
    throw PluginError(shown, std::string("cannot be loaded: ") + (why != nullptr ? why : ec.message().c_str()));
  }
  if (!library.has(DBM_PLUGIN_SYMBOL)) {
    throw PluginError(shown, "no db-manage entry point (" DBM_PLUGIN_SYMBOL "); not a plugin?");
  }
  using InfoFn = dbm::PluginInfo();
  const dbm::PluginInfo info = library.get_alias<InfoFn>(DBM_PLUGIN_SYMBOL)();
  if (info.api_version != dbm::kPluginApiVersion) {
    throw PluginError(shown, fmt::format("got plugin API version {}, this db-manage supports {}",
                                         info.api_version, dbm::kPluginApiVersion));
  }
  const std::string_view tag = info.build_tag != nullptr ? info.build_tag : "";
  if (tag != DBM_BUILD_TAG) {
    throw PluginError(shown, fmt::format("built with '{}', this db-manage with '{}'; rebuild the plugin",
                                         tag, DBM_BUILD_TAG));
  }
  if (info.plugin == nullptr) {
    throw PluginError(shown, "entry point returned no plugin");
  }
  const dbm::Plugin* plugin = nullptr;
  try {
    plugin = &info.plugin();
  } catch (const std::exception& e) {
    // Copy the text now: the exception object lives in the plugin's code.
    throw PluginError(shown, std::string("failed while building its plugin: ") + e.what());
  }
  if (plugin->name.empty()) {
    throw PluginError(shown, "declares an empty project name");
  }
  return std::unique_ptr<LoadedPlugin>(new LoadedPlugin(std::move(library), plugin, path));
}

}  // namespace dbm::plugins
