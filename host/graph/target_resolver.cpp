// Resolution with Alembic 1.8.1's semantics, step for step, so that odd
// inputs fail (or succeed) exactly where Alembic's do. Where Alembic would
// crash on an internal assertion we throw RevisionError(kNotARevision).
// Ordering ties follow the graph's map order; Alembic's frozensets are unordered.
#include "target_resolver.h"

#include <algorithm>
#include <cctype>
#include <climits>

#include "graph/relative_target.h"

namespace dbm::graph {
namespace {

/// Python's int(s) < 0 for the strings that can reach it (ids never contain '-').
std::optional<long> negative_int(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\n\r\f\v");
  std::size_t e = s.find_last_not_of(" \t\n\r\f\v");
  if (b == std::string::npos || s[b] != '-') return std::nullopt;
  long value = 0;
  bool digit_before = false;
  for (std::size_t i = b + 1; i <= e; ++i) {
    char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      value = value > LONG_MAX / 10 - 10 ? LONG_MAX / 10 : value * 10 + (c - '0');
      digit_before = true;
    } else if (c == '_' && digit_before && i < e && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      digit_before = false;
    } else {
      return std::nullopt;
    }
  }
  if (!digit_before || value == 0) return std::nullopt;
  return -value;
}

}  // namespace

bool truthy(const RevisionArg& arg) {
  if (const auto* s = std::get_if<std::string>(&arg)) return !s->empty();
  if (const auto* t = std::get_if<std::vector<std::string>>(&arg)) return !t->empty();
  return false;
}

TargetResolver::Number TargetResolver::resolve_number(const RevisionArg& arg) const {
  if (std::holds_alternative<std::monostate>(arg)) return {};
  if (const auto* tuple = std::get_if<std::vector<std::string>>(&arg)) return {*tuple, std::nullopt};
  std::string id = std::get<std::string>(arg);
  std::optional<std::string> label;
  if (auto at = id.find('@'); at != std::string::npos) {
    label = id.substr(0, at);
    id = id.substr(at + 1);
  }
  if (id == "heads") {
    if (truthy(label)) return {ids(filter_for_lineage(g_.head_indices(), *label)), label};
    return {g_.real_heads(), label};
  }
  if (id == "head") {
    RevIndex head = current_head(label);
    if (head == kNoRevision) return {{}, label};
    return {{g_.node(head).id}, label};
  }
  if (id == "base") return {{}, label};
  return {{id}, label};
}

RevIndex TargetResolver::current_head(const std::optional<std::string>& label) const {
  Refs heads = g_.head_indices();
  if (truthy(label)) heads = filter_for_lineage(heads, *label);
  if (heads.size() > 1) throw MultipleHeads(ids(heads), truthy(label) ? *label + "@head" : "head");
  return heads.empty() ? kNoRevision : heads.front();
}

Refs TargetResolver::get_revisions(const RevisionArg& arg) const {
  if (const auto* tuple = std::get_if<std::vector<std::string>>(&arg)) {
    Refs out;
    for (const auto& item : *tuple) {
      Refs part = get_revisions(RevisionArg(item));
      out.insert(out.end(), part.begin(), part.end());
    }
    return out;
  }
  Number number = resolve_number(arg);
  if (number.ids.size() == 1) {
    if (auto steps = negative_int(number.ids.front())) {
      Refs heads = get_revisions(RevisionArg(std::string("heads")));
      Refs out;
      for (RevIndex head : heads) {
        if (number.label && !has_label(head, *number.label)) continue;
        out.push_back(walk(head, *steps, std::nullopt, true));
      }
      return out;
    }
  }
  Refs out;
  for (const auto& id : number.ids) out.push_back(revision_for_ident(id, number.label));
  return out;
}

RevIndex TargetResolver::get_revision(const std::string& id) const {
  Number number = resolve_number(RevisionArg(id));
  if (number.ids.size() > 1) throw MultipleHeads(number.ids, id);
  if (number.ids.empty()) return revision_for_ident(std::nullopt, number.label);
  return revision_for_ident(number.ids.front(), number.label);
}

RevIndex TargetResolver::resolve_branch(const std::string& label) const {
  RevIndex found = g_.index_of_key(label);
  if (found != kNoRevision) return found;
  try {
    return revision_for_ident(label, std::nullopt);
  } catch (const ResolutionError&) {
    throw UnknownBranch(label);
  }
}

RevIndex TargetResolver::revision_for_ident(const std::optional<std::string>& id,
                                            const std::optional<std::string>& branch) const {
  RevIndex branch_rev = kNoRevision;
  if (truthy(branch)) branch_rev = resolve_branch(*branch);
  if (!id) return kNoRevision;
  RevIndex revision = g_.index_of_key(*id);
  if (revision == kNoRevision) {
    if (id->empty()) throw UnknownRevision(*id);
    std::vector<std::string> keys = g_.keys_with_prefix(*id);
    if (branch_rev != kNoRevision) keys = filter_ids_for_lineage(keys, *branch);
    if (keys.empty()) throw UnknownRevision(*id);
    if (keys.size() > 1) throw AmbiguousPrefix(*id, keys);
    revision = g_.index_of_key(keys.front());
  }
  if (truthy(branch) && !shares_lineage(revision, {branch_rev}, false)) {
    throw NotInBranch(g_.node(revision).id, *branch, *id);
  }
  return revision;
}

Refs TargetResolver::filter_for_lineage(const Refs& targets, const std::string& check_against, bool deps) const {
  Refs out;
  std::optional<Refs> shares;
  for (RevIndex target : targets) {
    if (target < 0) throw RevisionError(kNotARevision);
    if (!shares) shares = lineage_of(check_against);
    if (shares_lineage(target, *shares, deps)) out.push_back(target);
  }
  return out;
}

std::vector<std::string> TargetResolver::filter_ids_for_lineage(const std::vector<std::string>& targets,
                                                                const std::string& check_against) const {
  std::vector<std::string> out;
  std::optional<Refs> shares;
  for (const auto& target : targets) {
    if (!shares) shares = lineage_of(check_against);
    if (shares->empty()) {
      out.push_back(target);
      continue;
    }
    RevIndex resolved = revision_for_ident(target, std::nullopt);
    if (resolved < 0) throw RevisionError(kNotARevision);
    if (shares_lineage(resolved, *shares, false)) out.push_back(target);
  }
  return out;
}

Refs TargetResolver::lineage_of(const std::string& check_against) const {
  Number number = resolve_number(RevisionArg(check_against));
  std::vector<std::string> names;
  if (truthy(number.label)) names.push_back(*number.label);
  names.insert(names.end(), number.ids.begin(), number.ids.end());
  Refs out;
  for (const auto& name : names) out.push_back(revision_for_ident(name, std::nullopt));
  return out;
}

bool TargetResolver::shares_lineage(RevIndex target, const Refs& against, bool deps) const {
  if (against.empty()) return true;
  std::vector<bool> down = g_.ancestor_set({target}, deps);
  std::vector<bool> up = g_.descendant_set({target}, deps);
  for (RevIndex r : against) {
    if (r >= 0 && (down[static_cast<std::size_t>(r)] || up[static_cast<std::size_t>(r)])) return true;
  }
  return false;
}

RevIndex TargetResolver::walk(RevIndex start, long steps, const std::optional<std::string>& label,
                              bool no_overwalk) const {
  RevIndex initial = start;
  for (long i = 0; i < (steps < 0 ? -steps : steps); ++i) {
    Refs children;
    if (steps > 0) {
      if (initial == kBaseMarker) throw RevisionError(kNotARevision);
      Refs up = initial == kNoRevision ? g_.base_indices() : to_refs(g_.vertex(initial).next);
      children = truthy(label) ? filter_for_lineage(up, *label) : up;
    } else if (initial != kBaseMarker) {
      children = initial == kNoRevision ? g_.head_indices() : to_refs(g_.vertex(initial).down);
      if (children.empty()) children = {kBaseMarker};
    }
    if (children.empty()) return no_overwalk ? kNoRevision : initial;
    if (children.size() > 1) throw AmbiguousWalk();
    initial = children.front();
  }
  return initial;
}

RevIndex TargetResolver::walk_from(const Start& start, long steps, const std::optional<std::string>& label,
                                   bool no_overwalk) const {
  RevIndex initial = start.id ? get_revision(*start.id) : start.rev;
  return walk(initial, steps, label, no_overwalk);
}

Refs TargetResolver::parse_upgrade_target(const RevisionArg& current, const RevisionArg& target,
                                          bool assert_length) const {
  std::optional<RelativeTarget> rel;
  if (const auto* s = std::get_if<std::string>(&target)) rel = match_relative(*s);
  if (!rel) return get_revisions(target);
  long relative = relative_value(rel->relative);
  if (relative > 0) {
    if (!rel->symbol) {
      std::vector<std::optional<std::string>> current_tuple = to_tuple(current);
      if (current_tuple.empty()) current_tuple.push_back(std::nullopt);
      std::vector<Start> starts;
      for (const auto& c : current_tuple) starts.push_back(Start{c, kNoRevision});
      if (rel->label) {
        Refs current_revs = revisions_of(current_tuple);
        starts.clear();
        for (RevIndex r : filter_for_lineage(current_revs, *rel->label)) starts.push_back(Start{std::nullopt, r});
        if (starts.empty()) {
          Refs active = filter_for_lineage(ancestor_list(current_revs, true), *rel->label);
          std::vector<bool> below(g_.size(), false);
          for (RevIndex r : active) {
            for (RevIndex d : g_.vertex(r).normalized_down) below[static_cast<std::size_t>(d)] = true;
          }
          std::sort(active.begin(), active.end());
          active.erase(std::unique(active.begin(), active.end()), active.end());
          for (RevIndex r : active) {
            if (!below[static_cast<std::size_t>(r)]) starts.push_back(Start{std::nullopt, r});
          }
          if (starts.empty()) starts.push_back(Start{std::nullopt, kNoRevision});
        }
      }
      if (starts.size() > 1) throw RevisionError("Ambiguous upgrade from multiple current revisions");
      RevIndex rev = walk_from(starts.front(), relative, rel->label, assert_length);
      if (rev == kNoRevision) throw RelativeOutOfRange(rel->relative, relative);
      return {rev};
    }
    return {walk(get_revision(*rel->symbol), relative, rel->label, assert_length)};
  }
  if (!rel->symbol) throw RelativeOutOfRange(std::to_string(relative), -relative);
  RevIndex start = rel->label ? get_revision(*rel->label + "@" + *rel->symbol) : get_revision(*rel->symbol);
  return {walk(start, relative, std::nullopt, assert_length)};
}

std::pair<std::optional<std::string>, RevIndex> TargetResolver::parse_downgrade_target(const RevisionArg& current,
                                                                                       const RevisionArg& target,
                                                                                       bool assert_length) const {
  if (std::holds_alternative<std::monostate>(target)) return {std::nullopt, kNoRevision};
  const auto* text = std::get_if<std::string>(&target);
  if (!text) throw RevisionError(kNotARevision);
  if (std::optional<RelativeTarget> rel = match_relative(*text)) {
    long relative = relative_value(rel->relative);
    std::optional<std::string> label = rel->label;
    if (relative >= 0) {
      if (!rel->symbol) throw RelativeOutOfRange(rel->relative, relative);
      RevIndex rev = walk(get_revision(*rel->symbol), relative, label, assert_length);
      if (rev == kNoRevision) throw RevisionError("Walked too far");
      return {label, rev};
    }
    const bool relative_to_current = !rel->symbol;
    std::string symbol = rel->symbol.value_or("");
    if (relative_to_current) {
      std::vector<std::optional<std::string>> current_tuple = to_tuple(current);
      if (label) {
        std::vector<std::string> current_ids;
        for (const auto& c : current_tuple) {
          if (!c) throw RevisionError(kNotARevision);
          current_ids.push_back(*c);
        }
        std::vector<std::string> on_branch = filter_ids_for_lineage(current_ids, *label);
        if (on_branch.empty()) {
          on_branch = ids(filter_for_lineage(all_current(current_ids), *label));
        }
        if (on_branch.size() != 1) throw RevisionError(kNotARevision);
        symbol = on_branch.front();
      } else {
        if (current_tuple.empty()) throw RelativeOutOfRange(rel->relative, -relative);
        if (!current_tuple.front()) throw RevisionError(kNotARevision);
        symbol = *current_tuple.front();
        label = symbol;
      }
    }
    RevIndex start = label ? get_revision(*label + "@" + symbol) : get_revision(symbol);
    RevIndex rev = walk(start, relative, std::nullopt, assert_length);
    if (rev == kNoRevision) {
      if (relative_to_current) throw RelativeOutOfRange(rel->relative, -relative);
      throw RevisionError("Walked too far");
    }
    return {label, rev};
  }
  std::optional<std::string> label;
  std::string symbol = *text;
  if (auto at = text->rfind('@'); at != std::string::npos) {
    if (at > 0) label = text->substr(0, at);
    symbol = text->substr(at + 1);
  }
  return {label, get_revision(symbol)};
}

Refs TargetResolver::all_current(const std::vector<std::string>& stored) const {
  Refs top = get_revisions(RevisionArg(stored));
  for (RevIndex r : top) {
    if (r < 0) throw RevisionError(kNotARevision);
  }
  std::vector<bool> in_top = g_.ancestor_set(top, true);
  Refs out;
  for (std::size_t i = 0; i < g_.size(); ++i) {
    if (!in_top[i]) continue;
    const auto& next = g_.vertex(static_cast<RevIndex>(i)).next;
    bool superseded =
        std::any_of(next.begin(), next.end(), [&](RevIndex k) { return in_top[static_cast<std::size_t>(k)]; });
    if (!superseded) out.push_back(static_cast<RevIndex>(i));
  }
  return out;
}

std::vector<std::string> TargetResolver::ids(const Refs& refs) const {
  std::vector<std::string> out;
  for (RevIndex r : refs) {
    if (r < 0) throw RevisionError(kNotARevision);
    out.push_back(g_.node(r).id);
  }
  return out;
}

bool TargetResolver::has_label(RevIndex r, const std::string& label) const {
  const auto& labels = g_.vertex(r).labels;
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

std::vector<std::optional<std::string>> TargetResolver::to_tuple(const RevisionArg& arg) {
  std::vector<std::optional<std::string>> out;
  if (const auto* s = std::get_if<std::string>(&arg)) out.emplace_back(*s);
  if (const auto* t = std::get_if<std::vector<std::string>>(&arg)) out.assign(t->begin(), t->end());
  return out;
}

Refs TargetResolver::revisions_of(const std::vector<std::optional<std::string>>& items) const {
  Refs out;
  for (const auto& item : items) {
    if (!item) continue;  // get_revisions(None) is empty
    Refs part = get_revisions(RevisionArg(*item));
    out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}

Refs TargetResolver::ancestor_list(const Refs& starts, bool deps) const {
  for (RevIndex s : starts) {
    if (s < 0) throw RevisionError(kNotARevision);
  }
  std::vector<bool> marks = g_.ancestor_set(starts, deps);
  Refs out;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (marks[i]) out.push_back(static_cast<RevIndex>(i));
  }
  return out;
}

std::string TargetResolver::or_base(const RevisionArg& arg) { return truthy(arg) ? python_str(arg) : "base"; }

}  // namespace dbm::graph
