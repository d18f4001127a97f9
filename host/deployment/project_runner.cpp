#include "deployment/project_runner.h"

#include <atomic>
#include <cstdio>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "session/project_session.h"
#include "base/error.h"
#include "log/log.h"

namespace dbm::deployment {
namespace {

using State = ProjectOutcome::State;

/// The shared state of one run.
class Run {
 public:
  Run(const std::vector<RunnerProject>& projects, const RunnerOptions& options,
      const std::function<int(session::ProjectSession&, std::ostream&)>& body, std::ostream& out)
      : projects_(projects), options_(options), body_(body), out_(out), outcomes_(projects.size()) {
    for (std::size_t i = 0; i < projects.size(); ++i) outcomes_[i].project = projects[i].session->name();
  }

  std::vector<ProjectOutcome> run() {
    const std::vector<std::vector<std::size_t>> groups = database_groups();
    const int workers = std::max(1, std::min<int>(options_.jobs, static_cast<int>(groups.size())));
    if (workers == 1) {
      for (const auto& group : groups) run_group(group, /*captured=*/false);
    } else {
      std::atomic<std::size_t> next{0};
      std::vector<std::thread> threads;
      for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
          for (std::size_t g = next++; g < groups.size(); g = next++) run_group(groups[g], /*captured=*/true);
        });
      }
      for (auto& thread : threads) thread.join();
    }
    return outcomes_;
  }

 private:
  /// Projects grouped by database, groups in order of their first project.
  std::vector<std::vector<std::size_t>> database_groups() const {
    std::vector<std::vector<std::size_t>> groups;
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < projects_.size(); ++i) {
      const std::string& key = projects_[i].database;
      if (key.empty()) {
        groups.push_back({i});
        continue;
      }
      auto [it, fresh] = index.emplace(key, groups.size());
      if (fresh) groups.emplace_back();
      groups[it->second].push_back(i);
    }
    return groups;
  }

  void run_group(const std::vector<std::size_t>& group, bool captured) {
    for (std::size_t i : group) {
      if (stopped_) return;
      captured ? run_captured(i) : run_streamed(i);
    }
  }

  std::string header(std::size_t i) const {
    const std::string& name = outcomes_[i].project;
    if (options_.sql_output) return "-- db-manage: " + options_.command + " for project " + name + "\n";
    return "Running " + options_.command + " for " + name + " ...\n";
  }

  /// Runs project i; writes results to `results` and the closing line to `status`.
  void run_one(std::size_t i, std::ostream& results, std::ostream& status) {
    ProjectOutcome& outcome = outcomes_[i];
    try {
      outcome.exit_code = body_(*projects_[i].session, results);
      outcome.state = outcome.exit_code == 0 ? State::kSucceeded : State::kFailed;
      if (outcome.state == State::kFailed) outcome.error = "exit status " + std::to_string(outcome.exit_code);
    } catch (const Error& e) {
      outcome.state = State::kFailed;
      outcome.exit_code = e.exit_code();
      outcome.error = e.what();
    }
    if (outcome.state == State::kFailed) {
      status << "FAILED: " << outcome.error << "\n";
      if (!options_.keep_going) stopped_ = true;
    }
  }

  void run_streamed(std::size_t i) {
    out_ << header(i) << std::flush;
    std::ostringstream failure;
    run_one(i, out_, failure);
    out_.flush();
    if (!failure.str().empty()) {
      std::fputs(failure.str().c_str(), stderr);
      std::fflush(stderr);
    } else if (!options_.sql_output) {
      out_ << "OK\n" << std::flush;
    }
  }

  /// Parallel runs keep a project's log lines and results in buffers and
  /// print them as one block when it ends.
  void run_captured(std::size_t i) {
    std::string logs;
    std::ostringstream results;
    std::ostringstream failure;
    {
      const log::CaptureScope capture(logs);
      run_one(i, results, failure);
    }
    const std::lock_guard lock(print_mutex_);
    out_ << header(i) << std::flush;
    std::fputs(logs.c_str(), stderr);
    std::fflush(stderr);
    out_ << results.str() << std::flush;
    if (!failure.str().empty()) {
      std::fputs(failure.str().c_str(), stderr);
      std::fflush(stderr);
    } else if (!options_.sql_output) {
      out_ << "OK\n" << std::flush;
    }
  }

  const std::vector<RunnerProject>& projects_;
  const RunnerOptions& options_;
  const std::function<int(session::ProjectSession&, std::ostream&)>& body_;
  std::ostream& out_;
  std::vector<ProjectOutcome> outcomes_;
  std::atomic<bool> stopped_{false};
  std::mutex print_mutex_;
};

const char* state_text(State state) {
  switch (state) {
    case State::kSucceeded: return "OK";
    case State::kFailed: return "FAILED";
    default: return "not started";
  }
}

void print_summary(const std::vector<ProjectOutcome>& outcomes, std::ostream& to) {
  std::size_t width = 0;
  std::map<State, int> counts;
  for (const auto& outcome : outcomes) {
    width = std::max(width, outcome.project.size());
    ++counts[outcome.state];
  }
  to << "Summary: " << counts[State::kSucceeded] << " succeeded, " << counts[State::kFailed] << " failed, "
     << counts[State::kNotStarted] << " not started\n";
  for (const auto& outcome : outcomes) {
    to << "  " << outcome.project << std::string(width - outcome.project.size() + 2, ' ') << state_text(outcome.state);
    if (outcome.state == State::kFailed) to << ": " << outcome.error;
    to << "\n";
  }
  to.flush();
}

}  // namespace

std::vector<ProjectOutcome> run_projects(const std::vector<RunnerProject>& projects, const RunnerOptions& options,
                                         const std::function<int(session::ProjectSession&, std::ostream&)>& body,
                                         std::ostream& out) {
  std::vector<ProjectOutcome> outcomes = Run(projects, options, body, out).run();
  if (options.sql_output) {
    print_summary(outcomes, std::cerr);
  } else {
    print_summary(outcomes, out);
  }
  return outcomes;
}

int exit_status(const std::vector<ProjectOutcome>& outcomes) {
  for (const auto& outcome : outcomes) {
    if (outcome.state == State::kFailed) return outcome.exit_code;
  }
  return 0;
}

}  // namespace dbm::deployment
