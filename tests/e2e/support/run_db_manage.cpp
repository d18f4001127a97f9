// Child-process plumbing for e2e tests: fork + execve with pipes, a poll loop with a deadline,
// and a process group so a timeout also kills whatever the child started.
// Knows nothing about db-manage's options or output.
#include "run_db_manage.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <gtest/gtest.h>

extern char** environ;

#ifndef DBM_E2E_BIN_DIR
#error "DBM_E2E_BIN_DIR must name the build tree's bin directory"
#endif

namespace dbm::e2e {
namespace {

/// What the child reports through the exec-status pipe when it cannot run the program.
struct ChildFailure {
  int step;  // 0: chdir, 1: execve
  int error;
};

/// A file descriptor closed on scope exit.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

std::array<int, 2> cloexec_pipe() {
  std::array<int, 2> fds{};
  if (::pipe2(fds.data(), O_CLOEXEC) != 0) {
    throw std::runtime_error(std::string("pipe2: ") + std::strerror(errno));
  }
  return fds;
}

std::vector<std::string> child_environment(const RunOptions& options) {
  std::vector<std::string> env;
  auto overridden = [&](std::string_view entry) {
    const std::string_view name = entry.substr(0, entry.find('='));
    for (const auto& unset : options.unset_env) {
      if (name == unset) return true;
    }
    for (const auto& [key, value] : options.env) {
      if (name == key) return true;
    }
    return false;
  };
  for (char** entry = environ; *entry != nullptr; ++entry) {
    if (!overridden(*entry)) env.emplace_back(*entry);
  }
  for (const auto& [key, value] : options.env) env.push_back(key + "=" + value);
  return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
  std::vector<char*> result;
  for (auto& s : strings) result.push_back(s.data());
  result.push_back(nullptr);
  return result;
}

std::string describe(const std::filesystem::path& program, const std::vector<std::string>& args) {
  std::string text = program.string();
  for (const auto& arg : args) text += " " + arg;
  return text;
}

/// Reads both pipes until EOF or the deadline. Returns false on timeout.
bool drain(int out_fd, int err_fd, std::string& out, std::string& err,
           std::chrono::steady_clock::time_point deadline) {
  std::array<pollfd, 2> fds{{{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}}};
  std::array<std::string*, 2> sinks{&out, &err};
  int open_count = 2;
  std::array<char, 4096> buffer{};
  while (open_count > 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer.data(), buffer.size());
      if (n > 0) {
        sinks[i]->append(buffer.data(), static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;  // negative fds are ignored by poll
        --open_count;
      }
    }
  }
  return true;
}

}  // namespace

std::filesystem::path resolve_program(const std::string& program) {
  if (program.find('/') != std::string::npos) return program;
  return std::filesystem::path(DBM_E2E_BIN_DIR) / program;
}

RunResult run_db_manage(const std::vector<std::string>& args, const RunOptions& options) {
  const std::filesystem::path program = resolve_program(options.program);
  const std::string command = describe(program, args);

  // Everything the child needs is prepared before fork: only async-signal-safe calls after it.
  std::vector<std::string> argv_strings{program.string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<std::string> env_strings = child_environment(options);
  std::vector<char*> argv = pointers(argv_strings);
  std::vector<char*> envp = pointers(env_strings);
  const std::string cwd = options.cwd ? options.cwd->string() : std::string();

  Fd dev_null(::open("/dev/null", O_RDONLY | O_CLOEXEC));
  const auto out_pipe = cloexec_pipe();
  Fd out_read(out_pipe[0]), out_write(out_pipe[1]);
  const auto err_pipe = cloexec_pipe();
  Fd err_read(err_pipe[0]), err_write(err_pipe[1]);
  const auto status_pipe = cloexec_pipe();
  Fd status_read(status_pipe[0]), status_write(status_pipe[1]);

  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    ::setpgid(0, 0);  // own group: a timeout kills grandchildren too
    ::dup2(dev_null.get(), STDIN_FILENO);
    ::dup2(out_write.get(), STDOUT_FILENO);
    ::dup2(err_write.get(), STDERR_FILENO);
    ChildFailure failure{0, 0};
    if (cwd.empty() || ::chdir(cwd.c_str()) == 0) {
      failure.step = 1;
      ::execve(argv[0], argv.data(), envp.data());
    }
    failure.error = errno;
    [[maybe_unused]] const ssize_t n = ::write(status_write.get(), &failure, sizeof failure);
    ::_exit(127);
  }
  ::setpgid(pid, pid);  // also here, so a kill right after fork cannot miss the group
  out_write.reset();
  err_write.reset();
  status_write.reset();

  ChildFailure failure{};
  ssize_t got;
  do {
    got = ::read(status_read.get(), &failure, sizeof failure);
  } while (got < 0 && errno == EINTR);
  if (got == static_cast<ssize_t>(sizeof failure)) {
    ::waitpid(pid, nullptr, 0);
    const std::string what =
        failure.step == 0 ? "cannot enter working directory '" + cwd + "'" : std::string("cannot execute");
    throw std::runtime_error(what + " for '" + command + "': " + std::strerror(failure.error));
  }

  RunResult result;
  const auto deadline = std::chrono::steady_clock::now() + options.timeout;
  if (!drain(out_read.get(), err_read.get(), result.out, result.err, deadline)) {
    ::kill(-pid, SIGKILL);
    result.timed_out = true;
    ADD_FAILURE() << "'" << command << "' timed out after " << options.timeout.count()
                  << " s and was killed";
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.exit_code = 128 + WTERMSIG(status);
  return result;
}

RunResult run_service_tool(const std::string& service, const std::filesystem::path& config,
                           const std::vector<std::string>& args) {
  return run_service_tool(service, std::vector<std::filesystem::path>{config}, args);
}

RunResult run_service_tool(const std::string& service, const std::vector<std::filesystem::path>& configs,
                           const std::vector<std::string>& args) {
  std::vector<std::string> full;
  for (const auto& config : configs) full.insert(full.end(), {"--config-file", config.string()});
  full.insert(full.end(), args.begin(), args.end());
  RunOptions options;
  options.program = service + "-db-manage";
  options.unset_env = {"DB_MANAGE_PLUGIN_PATH"};
  return run_db_manage(full, options);
}

}  // namespace dbm::e2e
