// oslo INI syntax: what each kind of line means and the exact error texts.
#include "config/ini_parser.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace dbm::config {
namespace {

std::string parse_error(const std::string& text) {
  try {
    parse_oslo_ini(text, "/etc/x.conf");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(IniParserTest, SectionsKeysAndBothSeparators) {
  const IniSections s = parse_oslo_ini(
      "[DEFAULT]\n"
      "debug = true\n"
      "[database]\n"
      "connection: mysql+pymysql://u:p@h/db\n"
      "  max_retries=  5  \n",
      "f");
  EXPECT_EQ(s.at("DEFAULT").at("debug"), std::vector<std::string>{"true"});
  // The first of ':' and '=' splits; a ':' later in the value stays.
  EXPECT_EQ(s.at("database").at("connection").back(), "mysql+pymysql://u:p@h/db\nmax_retries=  5");
}

TEST(IniParserTest, EqualsBeforeColonSplitsAtEquals) {
  const IniSections s = parse_oslo_ini("[database]\nconnection = sqlite:////tmp/x.db\n", "f");
  EXPECT_EQ(s.at("database").at("connection").back(), "sqlite:////tmp/x.db");
}

TEST(IniParserTest, CommentsAndBlankLinesAreSkipped) {
  const IniSections s = parse_oslo_ini(
      "# leading comment\n"
      "; another\n"
      "\n"
      "[a]\n"
      "#k = commented\n"
      "k = v # not a comment\n",
      "f");
  EXPECT_EQ(s.at("a").size(), 1u);
  EXPECT_EQ(s.at("a").at("k").back(), "v # not a comment");
}

TEST(IniParserTest, ContinuationLinesJoinWithNewlineUntilBlankLine) {
  const IniSections s = parse_oslo_ini(
      "[a]\n"
      "k = first\n"
      "    second\n"
      "\tthird\n"
      "\n"
      "other = x\n",
      "f");
  EXPECT_EQ(s.at("a").at("k").back(), "first\nsecond\nthird");
  EXPECT_EQ(s.at("a").at("other").back(), "x");
}

TEST(IniParserTest, MatchingQuotesAroundValueAreStripped) {
  const IniSections s = parse_oslo_ini("[a]\nq1 = \"x y\"\nq2 = 'z'\nq3 = \"odd'\nq4 = '\n", "f");
  EXPECT_EQ(s.at("a").at("q1").back(), "x y");
  EXPECT_EQ(s.at("a").at("q2").back(), "z");
  EXPECT_EQ(s.at("a").at("q3").back(), "\"odd'");
  EXPECT_EQ(s.at("a").at("q4").back(), "");
}

TEST(IniParserTest, RepeatedKeysKeepEveryValueInOrder) {
  const IniSections s = parse_oslo_ini("[a]\nk = 1\n[b]\nx = y\n[a]\nk = 2\n", "f");
  EXPECT_EQ(s.at("a").at("k"), (std::vector<std::string>{"1", "2"}));
}

TEST(IniParserTest, SectionNamesAreKeptAsWritten) {
  const IniSections s = parse_oslo_ini("[Database]\nk = v\n[ spaced ]\nk = w\n", "f");
  EXPECT_EQ(s.count("Database"), 1u);
  EXPECT_EQ(s.count(" spaced "), 1u);
}

TEST(IniParserTest, CrLfLineEndingsAndByteOrderMark) {
  const IniSections s = parse_oslo_ini("\xEF\xBB\xBF[a]\r\nk = v\r\n", "f");
  EXPECT_EQ(s.at("a").at("k").back(), "v");
}

TEST(IniParserTest, AssignmentBeforeAnySection) {
  EXPECT_EQ(parse_error("# hi\nconnection = mysql://u:secret@h/db\n"),
            "/etc/x.conf:2: Section must be started before assignment");
}

TEST(IniParserTest, HeaderWithoutClosingBracket) {
  EXPECT_EQ(parse_error("[DEFAULT]\nk = v\n[database\n"), "/etc/x.conf:3: Invalid section (must end with ])");
}

TEST(IniParserTest, EmptySectionName) { EXPECT_EQ(parse_error("[]\n"), "/etc/x.conf:1: Empty section name"); }

TEST(IniParserTest, LineThatIsNeitherHeaderNorAssignment) {
  EXPECT_EQ(parse_error("[a]\nk = v\n\njust words\n"), "/etc/x.conf:4: No ':' or '=' found in assignment");
}

TEST(IniParserTest, EmptyKey) { EXPECT_EQ(parse_error("[a]\n= v\n"), "/etc/x.conf:2: Key cannot be empty"); }

TEST(IniParserTest, ContinuationWithoutAssignment) {
  EXPECT_EQ(parse_error("[a]\n  indented\n"), "/etc/x.conf:2: Unexpected continuation line");
  // A comment ends the previous value, so an indented line after it is stray.
  EXPECT_EQ(parse_error("[a]\nk = v\n# c\n  more\n"), "/etc/x.conf:4: Unexpected continuation line");
}

TEST(IniParserTest, ErrorsNeverQuoteTheLine) {
  const std::string message = parse_error("password = hunter2\n");
  EXPECT_EQ(message.find("hunter2"), std::string::npos);
}

}  // namespace
}  // namespace dbm::config
