// The relative-target matcher against the regular expression it replaces
// (std::regex, which recursed once per character and overflowed the stack on
// a 50000-character argument), and on inputs that long.
#include "graph/relative_target.h"

#include <random>
#include <regex>
#include <string>

#include <gtest/gtest.h>

namespace dbm::graph {
namespace {

/// Alembic's pattern, with the semantics the matcher had before: ECMAScript, anchored at the start.
std::optional<RelativeTarget> by_regex(const std::string& target) {
  static const std::regex kRelative(R"((?:(.+?)@)?(\w+)?((?:\+|-)\d+))");
  std::smatch m;
  if (!std::regex_search(target, m, kRelative, std::regex_constants::match_continuous)) return std::nullopt;
  RelativeTarget r;
  if (m[1].matched) r.label = m[1].str();
  if (m[2].matched) r.symbol = m[2].str();
  r.relative = m[3].str();
  return r;
}

TEST(RelativeTargetTest, AlembicsForms) {
  EXPECT_EQ(match_relative("+2"), (RelativeTarget{std::nullopt, std::nullopt, "+2"}));
  EXPECT_EQ(match_relative("-1"), (RelativeTarget{std::nullopt, std::nullopt, "-1"}));
  EXPECT_EQ(match_relative("ae10+3"), (RelativeTarget{std::nullopt, "ae10", "+3"}));
  EXPECT_EQ(match_relative("branch@+2"), (RelativeTarget{"branch", std::nullopt, "+2"}));
  EXPECT_EQ(match_relative("branch@ae10-10"), (RelativeTarget{"branch", "ae10", "-10"}));
  EXPECT_EQ(match_relative("heads+1x"), (RelativeTarget{std::nullopt, "heads", "+1"})) << "the rest is ignored";
  EXPECT_EQ(match_relative("a@b@c-1"), (RelativeTarget{"a@b", "c", "-1"})) << "the label grows past an '@'";
  for (const char* none : {"", "head", "ae10", "+", "a+b", "@+1", "branch@head", "a.b+1", "\n@+1"}) {
    EXPECT_EQ(match_relative(none), std::nullopt) << none;
  }
  EXPECT_EQ(relative_value("+2"), 2);
  EXPECT_EQ(relative_value("-10"), -10);
}

TEST(RelativeTargetTest, AgreesWithTheRegularExpressionOnEveryShortInput) {
  // Every character class the pattern distinguishes: word characters, the
  // signs, '@', a line break and something else.
  const std::string alphabet = "ab_19+-@\n.";
  std::mt19937 random(20261206);
  std::uniform_int_distribution<std::size_t> length(0, 12);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  for (int i = 0; i < 20000; ++i) {
    std::string input;
    for (std::size_t n = length(random); n > 0; --n) input += alphabet[pick(random)];
    ASSERT_EQ(match_relative(input), by_regex(input)) << "input: '" << input << "'";
  }
}

TEST(RelativeTargetTest, LongArgumentsAreAnsweredNotCrashedOn) {
  EXPECT_EQ(match_relative(std::string(50000, 'a')), std::nullopt);
  EXPECT_EQ(match_relative(std::string(50000, '@')), std::nullopt);
  std::string labels;
  for (int i = 0; i < 25000; ++i) labels += "a@";
  EXPECT_EQ(match_relative(labels + "+1"), (RelativeTarget{labels.substr(0, labels.size() - 1), std::nullopt, "+1"}));
  EXPECT_EQ(match_relative(std::string(50000, '7') + "+1"),
            (RelativeTarget{std::nullopt, std::string(50000, '7'), "+1"}));
}

}  // namespace
}  // namespace dbm::graph
