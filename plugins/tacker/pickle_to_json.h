// A small reader of Python pickles, for revision 6e56d4474b2a: tacker kept
// VIM and VNF attributes in sa.PickleType columns and that revision turns
// each stored value into JSON text. Only plain data is understood — None,
// bool, int, float, str (and Python 2's str), bytes, bytearray, list, tuple
// and dict, nested — in every pickle protocol from 0 to 5; objects, sets,
// persistent ids and out-of-band buffers are not.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dbm::tacker {

/// The JSON text of the value `pickled` holds, written by nlohmann::json:
/// compact, ASCII only (other characters as \uXXXX escapes, as Python's
/// json.dumps writes them), dict keys in the order the pickle lists them.
/// Values become what tacker's JSON encoder made of them: tuples are
/// arrays, bytes are UTF-8 text, a bytearray is an array of its byte
/// values, int/float/bool/None dict keys become their JSON spelling.
/// nullopt when the input is not such a pickle, or holds something JSON
/// cannot say (NaN, infinity, an integer beyond 64 bits, text that is not
/// UTF-8, a bytes dict key, a cycle).
std::optional<std::string> pickle_to_json(std::string_view pickled);

}  // namespace dbm::tacker
