// db-manage's entry point: runs the CLI and is the one place errors are
// printed. dbm::Error carries its own exit status; anything else is a bug.
#include <iostream>

#include "cli/cli.h"
#include "error.h"

int main(int argc, char** argv) {
  try {
    return dbm::cli::run(argc, argv, std::cout);
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
