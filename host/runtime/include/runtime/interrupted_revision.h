// How far a revision got before its run was killed, judged from the live
// schema alone. MySQL and MariaDB commit every DDL statement, so a run killed
// inside a revision leaves some of its operations applied and its version row
// unmoved; rerunning it from the start fails on the first thing it finds
// already there ("Duplicate column name"). Each operation leaves evidence (a
// table, column, index or foreign key present or absent, a column's
// nullability); the run stopped after k operations when the live schema shows
// the evidence of the first k and none of the rest. No table or column
// outside Alembic's is needed, so Alembic can still pick the database up.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dbm/operations.h"
#include "schema/schema.h"

namespace dbm::runtime {

struct InterruptedRevision {
  enum class Verdict {
    kNotStarted,  ///< the schema is the one before the revision: run it whole
    kResumable,   ///< exactly `applied` operations are in: run the rest
    kAmbiguous,   ///< no single point fits: stop, say what was found
  };
  Verdict verdict = Verdict::kNotStarted;
  std::size_t applied = 0;  ///< kResumable: the operations found applied (may be all)
  std::size_t total = 0;
  std::string found{};   ///< what the evidence showed, for the log or the error
  std::string reason{};  ///< kAmbiguous: why no single point fits
};

/// Judges `ops` (one revision's, in order) against `live`; `before` is the
/// schema the revisions up to the version rows build (replayed), which says
/// what each fact was before the revision. Operations whose effect the schema
/// cannot show (raw SQL, data migrations, type or default changes) count as
/// applied when evidence of a later operation is found (a later DDL statement
/// committed them) and make the verdict ambiguous when the run may have
/// stopped at them. Whenever the state before the revision fits, the verdict
/// is kNotStarted: skipping operations that did not run would be far worse
/// than Alembic's failure on one that did.
InterruptedRevision judge_interrupted_revision(const std::vector<Operation>& ops, const schema::Schema& before,
                                               const schema::Schema& live);

}  // namespace dbm::runtime
