// The graph's errors: precise types that carry data, with Alembic's own
// low-level texts as what(). The user-facing wording (Alembic's CLI texts,
// `Can't locate revision identified by ...`) is made by to_command_error in
// command_error.h, never here.
#pragma once

#include <string>
#include <vector>

#include "base/error.h"

namespace dbm::graph {

/// A revision list the graph refuses to hold (duplicate, unknown parent, cycle, bad id...).
class InvalidGraph : public Error {
 public:
  using Error::Error;
};

/// A target or range that cannot be resolved or walked (Alembic's RevisionError).
class RevisionError : public Error {
 public:
  using Error::Error;
};

/// A symbol that names no revision; `argument` is what Alembic reports.
class ResolutionError : public RevisionError {
 public:
  ResolutionError(const std::string& message, std::string argument)
      : RevisionError(message), argument_(std::move(argument)) {}
  const std::string& argument() const { return argument_; }

 private:
  std::string argument_;
};

/// No id, label or prefix matches (prefixes only match ids longer than 3 characters).
class UnknownRevision : public ResolutionError {
 public:
  explicit UnknownRevision(const std::string& argument);
};

/// A prefix that matches several ids or labels; `candidates` in revision-map order.
class AmbiguousPrefix : public ResolutionError {
 public:
  AmbiguousPrefix(const std::string& argument, std::vector<std::string> candidates);
  const std::vector<std::string>& candidates() const { return candidates_; }

 private:
  std::vector<std::string> candidates_;
};

/// `label@...` where the label names nothing.
class UnknownBranch : public ResolutionError {
 public:
  explicit UnknownBranch(const std::string& label);
};

/// `label@rev` where rev is outside the label's lineage.
class NotInBranch : public ResolutionError {
 public:
  NotInBranch(const std::string& revision, const std::string& label, const std::string& argument);
};

/// `head` (or `label@head`) with several candidate heads.
class MultipleHeads : public RevisionError {
 public:
  MultipleHeads(std::vector<std::string> heads, std::string argument);
  const std::vector<std::string>& heads() const { return heads_; }
  const std::string& argument() const { return argument_; }

 private:
  std::vector<std::string> heads_;
  std::string argument_;
};

/// A range whose lower end is not an ancestor of its upper end; lower/upper as
/// Python's str() shows the arguments (the CLI text quotes them).
class RangeNotAncestor : public RevisionError {
 public:
  RangeNotAncestor(std::string lower, std::string upper, const std::string& message);
  const std::string& lower() const { return lower_; }
  const std::string& upper() const { return upper_; }

 private:
  std::string lower_;
  std::string upper_;
};

/// A relative step from a branch point, a merge point or several heads.
class AmbiguousWalk : public RevisionError {
 public:
  AmbiguousWalk() : RevisionError("Ambiguous walk") {}
};

/// `+N`/`-N` that runs out of revisions; `relative` as the user wrote it (or Alembic reformatted it).
class RelativeOutOfRange : public RevisionError {
 public:
  RelativeOutOfRange(const std::string& relative, long steps);
};

/// `a:b` where only a single target is accepted (Alembic: online upgrade/downgrade).
class RangeNotAllowed : public RevisionError {
 public:
  RangeNotAllowed() : RevisionError("Range revision not allowed") {}
};

/// A `history -r` value without a colon.
class BadHistoryRange : public RevisionError {
 public:
  BadHistoryRange() : RevisionError("History range requires [start]:[end], [start]:, or :[end]") {}
};

}  // namespace dbm::graph
