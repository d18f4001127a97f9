// spdlog set-up for Alembic-compatible log lines.
#include "log/log.h"

#include <cstdio>
#include <mutex>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>
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

thread_local std::string* t_capture = nullptr;

/// stderr, unless the writing thread is inside a CaptureScope.
class RoutingSink : public spdlog::sinks::base_sink<std::mutex> {
 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    spdlog::memory_buf_t line;
    formatter_->format(msg, line);
    if (t_capture != nullptr) {
      t_capture->append(line.data(), line.size());
    } else {
      std::fwrite(line.data(), 1, line.size(), stderr);
      std::fflush(stderr);
    }
  }
  void flush_() override { std::fflush(stderr); }
};

std::mutex g_create_mutex;

spdlog::level::level_enum level_for(Verbosity verbosity) {
  switch (verbosity) {
    case Verbosity::kQuiet: return spdlog::level::err;
    case Verbosity::kVerbose: return spdlog::level::debug;
    default: return spdlog::level::info;
  }
}

std::shared_ptr<spdlog::logger> registered(const std::string& name) {
  if (auto existing = spdlog::get(name)) return existing;
  const std::lock_guard lock(g_create_mutex);
  if (auto existing = spdlog::get(name)) return existing;
  auto logger = std::make_shared<spdlog::logger>(name, std::make_shared<RoutingSink>());
  spdlog::register_logger(logger);
  auto formatter = std::make_unique<spdlog::pattern_formatter>();
  formatter->add_flag<AlembicLevelFlag>('*').set_pattern("%* [%n] %v");
  logger->set_formatter(std::move(formatter));
  logger->set_level(g_level);
  logger->flush_on(spdlog::level::trace);
  return logger;
}

}  // namespace

void set_verbosity(Verbosity verbosity) {
  g_level = level_for(verbosity);
  spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) { logger->set_level(g_level); });
}

CaptureScope::CaptureScope(std::string& buffer) : previous_(t_capture) { t_capture = &buffer; }
CaptureScope::~CaptureScope() { t_capture = previous_; }

// spdlog's registry keeps every logger alive, so the raw pointer stays valid.
Logger get(const std::string& name) { return Logger(registered(name).get()); }

void Logger::info(std::string_view message) const { logger_->info(message); }

Logger migration() { return get("alembic.runtime.migration"); }

}  // namespace dbm::log
