// db-manage's entry point: runs the CLI and is the one place errors are
// printed. dbm::Error carries its own exit status; anything else is a bug.
// The process ends through end_process, which leaves what the run built to
// the kernel (cli/invocation.h says why).
#include <iostream>

#include "cli/cli.h"
#include "base/error.h"

namespace {

int run_and_report(int argc, char** argv, dbm::cli::Invocation& invocation) {
  try {
    return dbm::cli::run(argc, argv, std::cout, invocation);
  } catch (const dbm::Error& e) {
    std::cout.flush();
    dbm::cli::print_failure(e.what());
    return e.exit_code();
  } catch (const std::exception& e) {
    std::cout.flush();
    dbm::cli::print_failure((std::string("internal error: ") + e.what()).c_str());
    return 70;  // EX_SOFTWARE: an exception we did not translate is a bug
  }
}

}  // namespace

int main(int argc, char** argv) {
  dbm::cli::Invocation invocation;
  const int status = run_and_report(argc, argv, invocation);
  dbm::cli::end_process(invocation, std::cout, status);
}
