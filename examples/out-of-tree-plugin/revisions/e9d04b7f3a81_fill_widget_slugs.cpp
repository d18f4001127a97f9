// Revision e9d04b7f3a81: widgets gain a slug, the name as a URL path segment
// ("Left Gear, 2nd" -> "left-gear-2nd"), and every existing row gets its own.
//
// A data migration in C++: the slug rule (letters and digits kept and
// lowercased, every other run of characters one '-', none at either end) has
// no portable SQL spelling, so it runs on the connection the host lends
// (Operations::run_online). It has no offline_sql: `upgrade --sql` refuses
// this revision and says so, rather than write a script that leaves the slugs
// empty. Upgrade such a database online.
#include <string>

#include <dbm/connection.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::widget {
namespace {

std::string slug_of(const std::string& name) {
  std::string slug;
  bool gap = false;
  for (const char c : name) {
    const bool digit = c >= '0' && c <= '9';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!digit && !letter) {
      gap = !slug.empty();
      continue;
    }
    if (gap) slug += '-';
    gap = false;
    slug += letter && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return slug;
}

// What the host lends is the run's own connection, inside its transaction: a
// failure here rolls back with the rest of the revision (see the README's
// "Transactions"). The slug holds [a-z0-9-] only and the id is an integer, so
// both go into the statement as they are, with no quoting to get wrong.
void fill_slugs(Connection& connection) {
  for (const auto& row : connection.query("SELECT id, name FROM widgets")) {
    if (!row[0] || !row[1]) continue;  // id is the primary key and name NOT NULL; never NULL
    connection.execute("UPDATE widgets SET slug = '" + slug_of(*row[1]) + "' WHERE id = " + *row[0]);
  }
}

void upgrade(Operations& op) {
  op.add_column("widgets", column("slug", types::string(255)));
  op.run_online({.description = "fill widgets.slug from each widget's name", .run = fill_slugs});
  op.create_index({.name = "ix_widgets_slug", .table = "widgets", .columns = {"slug"}});
}

void downgrade(Operations& op) {
  op.drop_index({.name = "ix_widgets_slug", .table = "widgets"});
  op.drop_column("widgets", "slug");
}

}  // namespace

DBM_REVISION({
    .id = "e9d04b7f3a81",
    .down = {"c5f8a2d9e013"},
    .message = "fill widget slugs",
    .create_date = "2024-06-20 16:27:33.004512",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::widget
