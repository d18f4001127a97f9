// Python urllib's codecs as SQLAlchemy applies them to URL pieces.
#include "config/url_text.h"

#include <gtest/gtest.h>

namespace dbm::config {
namespace {

TEST(UrlTextTest, PercentDecode) {
  EXPECT_EQ(percent_decode("p%40ss%2Fw%3a"), "p@ss/w:");
  EXPECT_EQ(percent_decode("100%"), "100%");
  EXPECT_EQ(percent_decode("%zz%4"), "%zz%4");
  EXPECT_EQ(percent_decode("a+b"), "a+b");
  EXPECT_EQ(percent_decode("%C3%A9"), "\xC3\xA9");
}

TEST(UrlTextTest, QuotePlus) {
  EXPECT_EQ(quote_plus("/var/run/postgresql"), "%2Fvar%2Frun%2Fpostgresql");
  EXPECT_EQ(quote_plus("a b_c.d-e~f"), "a+b_c.d-e~f");
}

TEST(UrlTextTest, QuoteUrlUser) { EXPECT_EQ(quote_url_user("a:b@c/d e%"), "a%3Ab%40c%2Fd e%"); }

TEST(UrlTextTest, ParseQuery) {
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(parse_query("charset=utf8&a=1&a=2"), (Pairs{{"charset", "utf8"}, {"a", "1"}, {"a", "2"}}));
  EXPECT_EQ(parse_query("x=a+b%2Fc&blank=&flag&&=v"), (Pairs{{"x", "a b/c"}, {"", "v"}}));
  EXPECT_EQ(parse_query(""), Pairs{});
  EXPECT_EQ(parse_query("k=v=w"), (Pairs{{"k", "v=w"}}));
}

}  // namespace
}  // namespace dbm::config
