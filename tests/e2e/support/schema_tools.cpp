#include "support/schema_tools.h"

#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

namespace dbm::e2e {

namespace fs = std::filesystem;

RunResult apply_script(const ScratchTarget& target, const fs::path& script) {
  RunOptions options;
  options.program = "/bin/sh";
  const std::string url = target.url();
  if (target.dialect() == "sqlite") {
    const std::string path = url.substr(std::string("sqlite:///").size());
    return run_db_manage({"-c", "exec sqlite3 -bail \"$0\" < \"$1\"", path, script.string()}, options);
  }
  if (target.dialect() == "postgresql") {
    // libpq takes postgresql:// URLs as they are.
    return run_db_manage({"-c", "exec psql -q -v ON_ERROR_STOP=1 \"$0\" -f \"$1\"", url, script.string()}, options);
  }
  // mysql needs the URL's parts: mysql+pymysql://user:password@host:port/database
  const auto after_scheme = url.find("://") + 3;
  const auto colon = url.find(':', after_scheme);
  const auto at = url.find('@', colon);
  const auto port = url.find(':', at);
  const auto slash = url.find('/', port);
  return run_db_manage(
      {"-c",
       "exec mysql --defaults-file=/dev/null \"--host=$2\" \"--port=$3\" \"--user=$4\" \"--password=$5\" \"$6\" < \"$1\"",
       "", script.string(), url.substr(at + 1, port - at - 1), url.substr(port + 1, slash - port - 1),
       url.substr(after_scheme, colon - after_scheme), url.substr(colon + 1, at - colon - 1), url.substr(slash + 1)},
      options);
}

void dump_schema(const std::string& url, const fs::path& file) {
  RunOptions options;
  options.program = "/usr/bin/python3";
  const RunResult r =
      run_db_manage({(fs::path(DBM_SOURCE_DIR) / "tests/conformance/schema_snapshot.py").string(), url}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ofstream(file) << r.out;
}

std::string schema_difference(const std::string& url, const fs::path& expected,
                              const std::vector<std::string>& flags) {
  RunOptions options;
  options.program = (fs::path(DBM_SOURCE_DIR) / "tests/conformance/compare_schema.py").string();
  std::vector<std::string> args{url, expected.string()};
  args.insert(args.end(), flags.begin(), flags.end());
  const RunResult r = run_db_manage(args, options);
  if (r.exit_code != 0 && r.out.empty()) return "compare_schema.py failed: " + r.err;
  return r.out;
}

std::string schema_extra(const std::string& url) {
  RunOptions options;
  options.program = "/usr/bin/python3";
  const RunResult r =
      run_db_manage({(fs::path(DBM_SOURCE_DIR) / "tests/conformance/schema_extra.py").string(), url}, options);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

std::string extra_difference(const std::string& url, const fs::path& expected) {
  std::ifstream in(expected);
  if (!in) return "cannot read " + expected.string();
  const std::string want((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string got = schema_extra(url);
  auto trimmed = [](std::string text) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
  };
  if (trimmed(want) == trimmed(got)) return "";
  return "expected " + expected.filename().string() + ":\n" + want + "\ngot:\n" + got;
}

}  // namespace dbm::e2e
