// The new revision's name and text. Expected slugs are what Alembic 1.8.1's
// rule ("_".join(re.findall(r"\w+", message)).lower(), cut at 40 on a '_')
// gives for each message, computed with Python.
#include "script/revision_file.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace dbm::script {
namespace {

TEST(SlugTest, IsAlembicsSlug) {
  EXPECT_EQ(slug(""), "");
  EXPECT_EQ(slug("Add widgets"), "add_widgets");
  EXPECT_EQ(slug("  --- "), "");
  EXPECT_EQ(slug("add_column: widgets.color (VARCHAR 16)"), "add_column_widgets_color_varchar_16");
  EXPECT_EQ(slug(std::string(50, 'x')), std::string(40, 'x') + "_");
  EXPECT_EQ(slug("word " + std::string(45, 'y')), "word_");
  EXPECT_EQ(slug("tab\tand\nnewline"), "tab_and_newline");
  EXPECT_EQ(slug("Add a very long message that goes past the forty character limit"),
            "add_a_very_long_message_that_goes_past_");
}

TEST(SlugTest, NonAsciiLettersSeparateWords) {
  // Alembic keeps "café" whole; here the slug is part of a C++ name.
  EXPECT_EQ(slug("caf\xc3\xa9 au lait"), "caf_au_lait");
}

TEST(RevisionIdTest, NewIdsAreTwelveHexDigitsAndDiffer) {
  const std::string a = new_revision_id();
  const std::string b = new_revision_id();
  EXPECT_EQ(a.size(), 12u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos) << a;
  EXPECT_NE(a, b);
  EXPECT_NO_THROW(check_revision_id(a));
}

TEST(RevisionIdTest, RefusesWhatAPluginCannotHold) {
  auto message = [](const std::string& id) {
    try {
      check_revision_id(id);
    } catch (const CommandError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(message("a-b+c@d"), "Character(s) '+, -, @' not allowed in revision identifier 'a-b+c@d'");
  EXPECT_EQ(message("a:b"), "Character(s) ':' not allowed in revision identifier 'a:b'");
  EXPECT_EQ(message(""), "A revision identifier cannot be empty");
  EXPECT_EQ(message(std::string(32, 'a')), "accepted");
  EXPECT_NE(message(std::string(33, 'a')), "accepted");
  EXPECT_NE(message("a/b"), "accepted");
  EXPECT_NE(message("a b"), "accepted");
}

TEST(CreateDateTest, IsPythonsDatetimeText) {
  const std::string date = create_date_now();
  // "2026-12-06 07:45:12.123456", or without the fraction when it is zero.
  ASSERT_TRUE(date.size() == 26 || date.size() == 19) << date;
  EXPECT_EQ(date[4], '-');
  EXPECT_EQ(date[10], ' ');
  EXPECT_EQ(date[13], ':');
  if (date.size() == 26) {
    EXPECT_EQ(date[19], '.');
  }
}

TEST(RevisionSourceTest, QuotesTheMessageExactlyAndKeepsCommentsClosed) {
  NewRevision r;
  r.project = "widget";
  r.id = "5e0000000005";
  r.down = {"3c0000000003", "4d0000000004"};
  r.message = "say \"hi\" \\ then\nnext line ends in \\";
  r.create_date = "2026-12-06 08:00:00.000000";
  r.depends_on = {"left"};
  const std::string text = revision_source(r);
  EXPECT_NE(text.find(".message = \"say \\\"hi\\\" \\\\ then\\nnext line ends in \\\\\",\n"), std::string::npos)
      << text;
  // A comment line ending in '\' would splice the next line into it.
  EXPECT_EQ(text.find("\\\n"), std::string::npos) << text;
  EXPECT_NE(text.find("// Revises: 3c0000000003, 4d0000000004\n"), std::string::npos);
  EXPECT_NE(text.find(".down = {\"3c0000000003\", \"4d0000000004\"},\n"), std::string::npos);
  EXPECT_NE(text.find(".depends_on = {\"left\"},\n"), std::string::npos);
  EXPECT_EQ(text.find(".branch_labels"), std::string::npos);
  EXPECT_NE(text.find("namespace dbm::widget {"), std::string::npos);
  EXPECT_EQ(file_stem(r), "5e0000000005_say_hi_then_next_line_ends_in");
}

}  // namespace
}  // namespace dbm::script
