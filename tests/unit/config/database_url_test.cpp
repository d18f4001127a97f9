// Finding the database URL among the canonical and deprecated spellings,
// the environment override, and `$` expansion without leaking passwords.
#include "config/database_url.h"

#include <gtest/gtest.h>

#include <map>

#include "base/error.h"

namespace dbm::config {
namespace {

const std::vector<std::string> kOptions{"database/connection", "DEFAULT/sql_connection", "database/sql_connection",
                                        "DATABASE/sql_connection", "sql/connection"};

const EnvLookup kNoEnv = [](const char*) -> const char* { return nullptr; };

OsloConfig config_from(const std::string& ini) {
  return OsloConfig::from_parsed({{"f.conf", parse_oslo_ini(ini, "f.conf")}});
}

OsloConfig config_of(const std::string& section, const std::string& option, const std::string& value) {
  return config_from("[" + section + "]\n" + option + " = " + value + "\n");
}

std::string url_error(const OsloConfig& config) {
  try {
    find_database_url(config, kOptions, kNoEnv);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(FindDatabaseUrlTest, NoUrlMessage) {
  EXPECT_STREQ(kNoUrlMessage, "Provide a configuration file with DB connection information");
  EXPECT_STREQ(ConfigError(kNoUrlMessage).what(), kNoUrlMessage);
}

TEST(FindDatabaseUrlTest, CanonicalSpelling) {
  EXPECT_EQ(find_database_url(config_of("database", "connection", "sqlite://"), kOptions, kNoEnv), "sqlite://");
}

TEST(FindDatabaseUrlTest, EachDeprecatedSpelling) {
  EXPECT_EQ(find_database_url(config_of("DEFAULT", "sql_connection", "a://"), kOptions, kNoEnv), "a://");
  EXPECT_EQ(find_database_url(config_of("database", "sql_connection", "b://"), kOptions, kNoEnv), "b://");
  EXPECT_EQ(find_database_url(config_of("DATABASE", "sql_connection", "c://"), kOptions, kNoEnv), "c://");
  EXPECT_EQ(find_database_url(config_of("sql", "connection", "d://"), kOptions, kNoEnv), "d://");
}

TEST(FindDatabaseUrlTest, PreferenceOrderWithinOneFile) {
  const OsloConfig config = config_from("[sql]\nconnection = old\n[database]\nconnection = new\n");
  EXPECT_EQ(find_database_url(config, kOptions, kNoEnv), "new");
}

TEST(FindDatabaseUrlTest, NothingConfigured) {
  EXPECT_EQ(find_database_url(config_of("database", "other", "x"), kOptions, kNoEnv), std::nullopt);
  EXPECT_EQ(find_database_url(config_of("database", "connection", "x"), {}, kNoEnv), std::nullopt);
}

TEST(FindDatabaseUrlTest, EmptyValueCountsAsUnset) {
  EXPECT_EQ(find_database_url(config_of("database", "connection", ""), kOptions, kNoEnv), std::nullopt);
}

TEST(FindDatabaseUrlTest, EnvironmentWinsForTheCanonicalName) {
  std::map<std::string, std::string> env{{"OS_DATABASE__CONNECTION", "sqlite:///env.db"}};
  const EnvLookup lookup = [&env](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  };
  EXPECT_EQ(find_database_url(config_of("database", "connection", "sqlite:///file.db"), kOptions, lookup),
            "sqlite:///env.db");
  // Deprecated spellings have no environment variable of their own.
  env = {{"OS_DEFAULT__SQL_CONNECTION", "sqlite:///env.db"}};
  EXPECT_EQ(find_database_url(config_of("database", "connection", "sqlite:///file.db"), kOptions, lookup),
            "sqlite:///file.db");
}

TEST(FindDatabaseUrlTest, ExpandsReferences) {
  const OsloConfig config =
      config_from("[DEFAULT]\nstate_path = /var/lib/x\n[database]\nconnection = sqlite:///$state_path/x.db\n");
  EXPECT_EQ(find_database_url(config, kOptions, kNoEnv), "sqlite:////var/lib/x/x.db");
}

TEST(FindDatabaseUrlTest, UnresolvedReferenceOutsideThePasswordIsNamed) {
  EXPECT_EQ(url_error(config_of("database", "connection", "mysql://u:pw@h/$dbname")),
            "[database] connection refers to '$dbname', which is not set in [database] or [DEFAULT]; "
            "write '$$' for a literal '$'");
}

TEST(FindDatabaseUrlTest, DollarInsideThePasswordIsNotEchoed) {
  const std::string message = url_error(config_of("database", "connection", "mysql://u:pa$secret@h/db"));
  EXPECT_EQ(message, "[database] connection has a '$' in its password; write '$$' for a literal '$'");
}

TEST(FindDatabaseUrlTest, EscapedDollarInPassword) {
  EXPECT_EQ(find_database_url(config_of("database", "connection", "mysql://u:pa$$s@h/db"), kOptions, kNoEnv),
            "mysql://u:pa$s@h/db");
}

}  // namespace
}  // namespace dbm::config
