// The exact connect strings handed to SOCI 4.0.3's sqlite3, postgresql and
// mysql backends, and the values they cannot take.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/error.h"
#include "config/db_url.h"
#include "dialect/dialect.h"

namespace dbm::dialect {
namespace {

using config::DbUrl;

std::string connect(const std::string& text) {
  const DbUrl url = DbUrl::parse(text);
  return dialect_for(url).connect_string(url);
}

std::string connect_error(const std::string& url) {
  try {
    connect(url);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no error)";
}

std::vector<std::string> ignored(const std::string& text) {
  const DbUrl url = DbUrl::parse(text);
  return dialect_for(url).ignored_query_keys(url);
}

TEST(SociConnectTest, MariadbIsTheMysqlDialect) {
  EXPECT_EQ(&dialect_for(DbUrl::parse("mariadb://h/d")), &dialect_named("mysql"));
  EXPECT_EQ(dialect_for(DbUrl::parse("mysql+pymysql://h/d")).name(), "mysql");
  EXPECT_EQ(dialect_for(DbUrl::parse("postgres://h/d")).name(), "postgresql");
}

TEST(SociConnectTest, PostgresqlConninfo) {
  EXPECT_EQ(connect("postgresql+psycopg2://blazar:p%40ss@db.example:5433/blazar"),
            "host=db.example port=5433 dbname=blazar user=blazar password=p@ss connect_timeout=10");
}

TEST(SociConnectTest, PostgresqlQuotesPerLibpq) {
  EXPECT_EQ(connect("postgresql://u:a%20b%27c%5Cd@h/my%20db"),
            "host=h dbname=my%20db user=u password='a b\\'c\\\\d' connect_timeout=10");
  EXPECT_EQ(connect("postgresql://u:%20@h/d"), "host=h dbname=d user=u password=' ' connect_timeout=10");
}

TEST(SociConnectTest, PostgresqlUnixSocketAndQueryParameters) {
  EXPECT_EQ(connect("postgresql://u@/blazar?host=/var/run/postgresql"),
            "dbname=blazar user=u host=/var/run/postgresql connect_timeout=10");
  // A query value overrides the URL's own part, as psycopg2's kwargs do.
  EXPECT_EQ(connect("postgresql://u@h:1/d?host=/tmp&sslmode=require&plugin=dbcounter&connect_timeout=3"),
            "host=/tmp port=1 dbname=d user=u sslmode=require connect_timeout=3");
  EXPECT_EQ(connect("postgresql://[::1]/d"), "host=::1 dbname=d connect_timeout=10");
  EXPECT_EQ(connect("postgresql://"), "connect_timeout=10");
}

TEST(SociConnectTest, MysqlConnectString) {
  EXPECT_EQ(connect("mysql+pymysql://blazar:s3cret@127.0.0.1:3307/blazar?charset=utf8"),
            "host=127.0.0.1 port=3307 user=blazar password=s3cret db=blazar charset=utf8 connect_timeout=10");
}

TEST(SociConnectTest, MysqlUnixSocketSslAndTimeouts) {
  EXPECT_EQ(connect("mysql://root@localhost/nova?unix_socket=/run/mysqld/mysqld.sock&read_timeout=30"
                    "&ssl_ca=/etc/ca.pem&connect_timeout=5&plugin=dbcounter&read_default_file=/x"),
            "host=localhost user=root db=nova unix_socket=/run/mysqld/mysqld.sock read_timeout=30 sslca=/etc/ca.pem "
            "connect_timeout=5");
}

TEST(SociConnectTest, MysqlQuoting) {
  EXPECT_EQ(connect("mysql://u:it%27s%20a%5Ctest@h/d"),
            "host=h user=u password='it\\'s a\\\\test' db=d connect_timeout=10");
}

TEST(SociConnectTest, MysqlRejectsWhatSociRejects) {
  EXPECT_EQ(connect_error("mysql://u:secret@h/d?connect_timeout=0"),
            "invalid connect_timeout '0' in URL 'mysql://u:***@h/d?connect_timeout=0': "
            "expected a whole number of seconds greater than 0");
  EXPECT_EQ(connect_error("mysql://u:secret@h/d?local_infile=2"),
            "invalid local_infile '2' in URL 'mysql://u:***@h/d?local_infile=2': expected 0 or 1");
}

TEST(SociConnectTest, IgnoredQueryKeys) {
  EXPECT_EQ(ignored("mysql://h/d?charset=utf8&plugin=x&read_default_file=y&plugin=z"),
            (std::vector<std::string>{"plugin", "read_default_file"}));
  EXPECT_EQ(ignored("postgresql://h/d?sslmode=require&plugin=x"),
            (std::vector<std::string>{"plugin"}));
  EXPECT_EQ(ignored("sqlite:///x.db?timeout=3&check_same_thread=false"),
            (std::vector<std::string>{"check_same_thread"}));
}

TEST(SociConnectTest, SqliteConnectStrings) {
  EXPECT_EQ(connect("sqlite://"), "db=:memory: timeout=5");
  EXPECT_EQ(connect("sqlite:///:memory:"), "db=:memory: timeout=5");
  EXPECT_EQ(connect("sqlite:////var/lib/blazar/blazar.sqlite"), "db=/var/lib/blazar/blazar.sqlite timeout=5");
  EXPECT_EQ(connect("sqlite:///rel/x.db"),
            "db=" + (std::filesystem::current_path() / "rel/x.db").string() + " timeout=5");
  EXPECT_EQ(connect("sqlite:////tmp/with space/x.db?timeout=2.5"), "db=\"/tmp/with space/x.db\" timeout=3");
  EXPECT_EQ(connect("sqlite:////tmp/a=b@c.db?timeout=0"), "db=/tmp/a=b@c.db timeout=0");
}

TEST(SociConnectTest, SqliteRefusals) {
  EXPECT_EQ(
      connect_error("sqlite:////tmp/x.db?timeout=soon"),
      "invalid timeout 'soon' in URL 'sqlite:////tmp/x.db?timeout=soon': expected a number of seconds from 0 to 86400");
  EXPECT_EQ(connect_error("sqlite:////tmp/q\"x.db"),
            "SQLite path '/tmp/q\"x.db' contains '\"', which SOCI's sqlite3 backend cannot open");
  EXPECT_EQ(connect_error("sqlite:///file:x.db?uri=true"),
            "SQLite URI filenames (uri=true) are not supported, in URL 'sqlite:///file:x.db?uri=true'");
}

}  // namespace
}  // namespace dbm::dialect
