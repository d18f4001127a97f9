// Revision 0ae5b1ce3024: data only. In vnf, vnfd and vims (in that order),
// every row whose name is shared with another row is renamed to
// "<first 242 characters of name>-<last 12 characters of id>" (at most 255
// characters), so that names can be made unique later (c256228ed37c). Every
// row of a duplicated name is renamed, the first one included; rows with a
// name of their own are left alone.
// Upstream reflects each table and renames the rows one by one through an
// ORM session: that fails with --sql (there is no connection to reflect), and
// under Python 3 it fails on any duplicate at all, since it compares the name
// with the number 242 to decide whether to cut it (under Python 2, where it was
// written, that test was always true, so the name was always cut to 242
// characters). We record one UPDATE per table with the outcome the revision
// intends, in each dialect's SQL, which runs the same online and offline:
// MySQL's reads the duplicated names through a derived table (it refuses a
// subquery on the table being updated), and SQLite spells the substrings with
// substr(). Names compare as each database compares them in GROUP BY and `=`,
// as upstream's queries did.
#include <string>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

Execute rename_duplicates(const std::string& t) {
  const std::string duplicated = "SELECT name FROM " + t + " GROUP BY name HAVING COUNT(*) > 1";
  return {.per_dialect = {
              {"postgresql", "UPDATE " + t + " SET name = LEFT(name, 242) || '-' || RIGHT(id, 12) "
                             "WHERE name IN (" + duplicated + ")"},
              {"mysql", "UPDATE " + t + " SET name = CONCAT(LEFT(name, 242), '-', RIGHT(id, 12)) "
                        "WHERE name IN (SELECT name FROM (" + duplicated + ") AS duplicated_names)"},
              {"sqlite", "UPDATE " + t + " SET name = substr(name, 1, 242) || '-' || substr(id, -12) "
                         "WHERE name IN (" + duplicated + ")"},
          }};
}

void upgrade(Operations& op) {
  op.execute(rename_duplicates("vnf"));
  op.execute(rename_duplicates("vnfd"));
  op.execute(rename_duplicates("vims"));
}

}  // namespace

DBM_REVISION({
    .id = "0ae5b1ce3024",
    .down = {"507122918800"},
    .message = "unique_constraint_name",
    .create_date = "2016-09-15 16:27:08.736673",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
