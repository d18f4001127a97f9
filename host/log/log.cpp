// spdlog set-up for Alembic-compatible log lines.
#include "log/log.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace dbm::log {
namespace {

/// Python logging's level names, padded and cut to five characters.
class AlembicLevelFlag : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
    std::string_view name;
    switch (msg.level) {
      case spdlog::level::trace:
      case spdlog::level::debug: name = "DEBUG"; break;
      case spdlog::level::info: name = "INFO "; break;
      case spdlog::level::warn: name = "WARNI"; break;
      case spdlog::level::err: name = "ERROR"; break;
      default: name = "CRITI"; break;
    }
    dest.append(name.data(), name.data() + name.size());
  }
  std::unique_ptr<custom_flag_formatter> clone() const override {
    return std::make_unique<AlembicLevelFlag>();
  }
};

spdlog::level::level_enum g_level = spdlog::level::info;

spdlog::level::level_enum level_for(Verbosity verbosity) {
  switch (verbosity) {
    case Verbosity::kQuiet: return spdlog::level::err;
    case Verbosity::kVerbose: return spdlog::level::debug;
    default: return spdlog::level::info;
  }
}

}  // namespace

void set_verbosity(Verbosity verbosity) {
  g_level = level_for(verbosity);
  spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) { logger->set_level(g_level); });
}

std::shared_ptr<spdlog::logger> get(const std::string& name) {
  if (auto existing = spdlog::get(name)) return existing;
  auto logger = spdlog::stderr_logger_st(name);
  auto formatter = std::make_unique<spdlog::pattern_formatter>();
  formatter->add_flag<AlembicLevelFlag>('*').set_pattern("%* [%n] %v");
  logger->set_formatter(std::move(formatter));
  logger->set_level(g_level);
  logger->flush_on(spdlog::level::trace);
  return logger;
}

}  // namespace dbm::log
