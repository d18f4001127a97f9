// pickle_to_json against pickles made by Python itself (revision 6e56d4474b2a
// converts tacker's sa.PickleType values with it).
//
// How the data was made (hex pasted below, one case per pickle):
// - Python 3.11.7, for each value V and protocol N shown in the comment above it:
//     python3 -c 'import pickle; print(pickle.dumps(V, protocol=N).hex())'
// - Python 2.7.18 (tacker pickled under Python 2; PickleType used
//   HIGHEST_PROTOCOL, which was 2 there), for protocols 0 and 2:
//     python2 -c 'import pickle; print(pickle.dumps(V, N).encode("hex"))'
// - The expected JSON is what Python 3 makes of the same bytes:
//     json.dumps(pickle.loads(data), separators=(',', ':'))
//   with bytes decoded as UTF-8 and a bytearray as a list of its byte
//   values, as tacker's JSON encoder (oslo's to_primitive) treats them.
//   Compact separators: nlohmann::json writes no spaces; the values are the
//   same as the ", " / ": " text tacker wrote.
// Python 2 dicts come out in Python 2's hash order; that order is the
// pickle's, and the JSON keeps it.
#include "pickle_to_json.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace dbm::tacker {
namespace {

std::string from_hex(std::string_view hex) {
  auto digit = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(digit(hex[i]) * 16 + digit(hex[i + 1]));
  return out;
}

struct Case {
  int protocol;
  const char* hex;
  const char* json;
};

void expect_converted(const Case& c) {
  SCOPED_TRACE(testing::Message() << "protocol " << c.protocol << ": " << c.hex);
  const auto json = pickle_to_json(from_hex(c.hex));
  ASSERT_TRUE(json.has_value());
  EXPECT_EQ(*json, c.json);
}

// Python 3 pickles, protocols 0, 2, 4 and 5.
const Case kPython3[] = {
    // protocol 0: {'regions': ['RegionOne', 'RegionTwo']}
    {0,
     "286470300a56726567696f6e730a70310a286c70320a56526567696f6e4f6e650a70330a6156526567696f6e54776f0a"
     "70340a61732e",
     R"({"regions":["RegionOne","RegionTwo"]})"},
    // protocol 0: {'name': 'vim0', 'n': 3, 'neg': -7, 'big': 2**40, 'f': 1.5, 'ok': True, 'no': False, 'none': None, 'raw': b'abc', 'pair': (1, 'x'), 'nested': {'a': [1, {'b': None}]}, 'text': 'café \\ \n'}
    {0,
     "286470300a566e616d650a70310a5676696d300a70320a73566e0a70330a49330a73566e65670a70340a492d370a7356"
     "6269670a70350a4c313039393531313632373737364c0a7356660a70360a46312e350a73566f6b0a70370a4930310a73"
     "566e6f0a70380a4930300a73566e6f6e650a70390a4e73567261770a7031300a635f636f646563730a656e636f64650a"
     "7031310a28566162630a7031320a566c6174696e310a7031330a747031340a527031350a7356706169720a7031360a28"
     "49310a56780a7031370a747031380a73566e65737465640a7031390a28647032300a56610a7032310a286c7032320a49"
     "310a6128647032330a56620a7032340a4e7361737356746578740a7032350a56636166e9205c7530303563205c753030"
     "30610a7032360a732e",
     R"({"name":"vim0","n":3,"neg":-7,"big":1099511627776,"f":1.5,"ok":true,"no":false,"none":null,"raw":"abc","pair":[1,"x"],"nested":{"a":[1,{"b":null}]},"text":"caf\u00e9 \\ \n"})"},
    // protocol 2: {'username': 'admin', 'password': 'pässwörd', 'project_name': '项目', 'emoji': '😀', 'user_domain_name': 'Default'}
    {2,
     "80027d7100285808000000757365726e616d657101580500000061646d696e7102580800000070617373776f72647103"
     "580a00000070c3a4737377c3b672647104580c00000070726f6a6563745f6e616d6571055806000000e9a1b9e79bae71"
     "065805000000656d6f6a6971075804000000f09f988071085810000000757365725f646f6d61696e5f6e616d65710958"
     "0700000044656661756c74710a752e",
     R"({"username":"admin","password":"p\u00e4ssw\u00f6rd","project_name":"\u9879\u76ee","emoji":"\ud83d\ude00","user_domain_name":"Default"})"},
    // protocol 2: {'name': 'vim0', 'n': 3, 'neg': -70000, 'big': 2**40, 'f': 0.1, 'ok': True, 'none': None, 'raw': b'abc', 'empty': b'', 'pair': (1, 'x'), 'nested': {'a': [1, {'b': None}]}}
    {2,
     "80027d71002858040000006e616d657101580400000076696d30710258010000006e71034b0358030000006e65677104"
     "4a90eefeff580300000062696771058a060000000000015801000000667106473fb999999999999a58020000006f6b71"
     "078858040000006e6f6e6571084e58030000007261777109635f636f646563730a656e636f64650a710a580300000061"
     "6263710b58060000006c6174696e31710c86710d52710e5805000000656d707479710f635f5f6275696c74696e5f5f0a"
     "62797465730a71102952711158040000007061697271124b01580100000078711386711458060000006e657374656471"
     "157d711658010000006171175d7118284b017d7119580100000062711a4e736573752e",
     R"({"name":"vim0","n":3,"neg":-70000,"big":1099511627776,"f":0.1,"ok":true,"none":null,"raw":"abc","empty":"","pair":[1,"x"],"nested":{"a":[1,{"b":null}]}})"},
    // protocol 4: {'name': 'vim0', 'n': 3, 'neg': -70000, 'big': 2**63, 'f': -2.25e-07, 'ok': False, 'none': None, 'raw': b'abc', 'pair': (1, 'x', 2.5, None), 'nested': {'a': [1, {'b': None}]}, 'text': 'q"uote\t\x01\x7f'}
    {4,
     "800495a7000000000000007d94288c046e616d65948c0476696d30948c016e944b038c036e6567944a90eefeff8c0362"
     "6967948a090000000000000080008c01669447be8e32f0ee1445318c026f6b94898c046e6f6e65944e8c037261779443"
     "03616263948c047061697294284b018c0178944740040000000000004e74948c066e6573746564947d948c0161945d94"
     "284b017d948c0162944e7365738c0474657874948c097122756f746509017f94752e",
     R"({"name":"vim0","n":3,"neg":-70000,"big":9223372036854775808,"f":-2.25e-07,"ok":false,"none":null,"raw":"abc","pair":[1,"x",2.5,null],"nested":{"a":[1,{"b":null}]},"text":"q\"uote\t\u0001\u007f"})"},
    // protocol 5: {'regions': ['RegionOne'], 'data': bytearray(b'\x00\xff'), 1: 'one', False: 'no', None: 'nil', 2.5: 'f'}
    {5,
     "80059553000000000000007d94288c07726567696f6e73945d948c09526567696f6e4f6e6594618c0464617461949602"
     "0000000000000000ff944b018c036f6e6594898c026e6f944e8c036e696c944740040000000000008c016694752e",
     R"({"regions":["RegionOne"],"data":[0,255],"1":"one","false":"no","null":"nil","2.5":"f"})"},
    // protocol 2: (lambda shared: {'a': shared, 'b': shared})([1, 2])
    {2,
     "80027d71002858010000006171015d7102284b014b026558010000006271036802752e",
     R"({"a":[1,2],"b":[1,2]})"},
    // protocol 2: None
    {2,
     "80024e2e",
     R"(null)"},
    // protocol 4: [1, -1, 255, 256, 65535, 65536, -2**31, 2**31, -2**63, 2**64 - 1]
    {4,
     "8004953a000000000000005d94284b014affffffff4bff4d00014dffff4a000001004a000000808a0500000080008a08"
     "00000000000000808a09ffffffffffffffff00652e",
     R"([1,-1,255,256,65535,65536,-2147483648,2147483648,-9223372036854775808,18446744073709551615])"},
};

// Python 2.7 pickles: str keys are STRING / SHORT_BINSTRING, unicode values
// UNICODE (raw-unicode-escape) in protocol 0 and BINUNICODE in protocol 2.
const Case kPython2[] = {
    // protocol 0: {'name': u'admin', 'project_domain_name': u'Default'}
    {0,
     "286470300a53276e616d65270a70310a5661646d696e0a70320a73532770726f6a6563745f646f6d61696e5f6e616d65"
     "270a70330a5644656661756c740a70340a732e",
     R"({"name":"admin","project_domain_name":"Default"})"},
    // protocol 0: {'username': u'adm\xefn', 'password': 'it\'s\n\\', 'auth_url': u'http://10.0.0.1/identity/v3', 'n': 3, 'big': 10**20 // 10**2, 'f': 2.5, 'ok': True}
    {0,
     "286470300a5327757365726e616d65270a70310a5661646def6e0a70320a7353276f6b270a70330a4930310a73532766"
     "270a70340a46322e350a735327626967270a70350a4c313030303030303030303030303030303030304c0a7353276e27"
     "0a70360a49330a735327617574685f75726c270a70370a56687474703a2f2f31302e302e302e312f6964656e74697479"
     "2f76330a70380a73532770617373776f7264270a70390a5322697427735c6e5c5c220a7031300a732e",
     R"({"username":"adm\u00efn","ok":true,"f":2.5,"big":1000000000000000000,"n":3,"auth_url":"http://10.0.0.1/identity/v3","password":"it's\n\\"})"},
    // protocol 2: {'username': u'adm\xefn', 'password': u'p\xe4ssw\xf6rd', 'project_name': u'\u9879\u76ee', 'user_domain_name': u'Default', 'cert_verify': 'True'}
    {2,
     "80027d7100285508757365726e616d657101580600000061646dc3af6e7102550c70726f6a6563745f6e616d65710358"
     "06000000e9a1b9e79bae7104550870617373776f72647105580a00000070c3a4737377c3b6726471065510757365725f"
     "646f6d61696e5f6e616d657107580700000044656661756c747108550b636572745f7665726966797109550454727565"
     "710a752e",
     R"({"username":"adm\u00efn","project_name":"\u9879\u76ee","password":"p\u00e4ssw\u00f6rd","user_domain_name":"Default","cert_verify":"True"})"},
    // protocol 2: {'regions': [u'RegionOne', u'R\xe9gion\u4e8c'], 'n': 3, 'big': 10**20 // 10**2, 'f': 2.5, 'ok': True, 'none': None, 'raw': 'bytes\'s', 't': (1, 'x')}
    {2,
     "80027d7100285507726567696f6e7371015d7102285809000000526567696f6e4f6e657103580a00000052c3a967696f"
     "6ee4ba8c71046555037261777105550762797465732773710655046e6f6e6571074e55026f6b71088855017471094b01"
     "550178710a86710b550166710c4740040000000000005503626967710d8a08000064a7b3b6e00d55016e710e4b03752e",
     R"({"regions":["RegionOne","R\u00e9gion\u4e8c"],"raw":"bytes's","none":null,"ok":true,"t":[1,"x"],"f":2.5,"big":1000000000000000000,"n":3})"},
};

TEST(PickleToJsonTest, Python3Pickles) {
  for (const Case& c : kPython3) expect_converted(c);
}

TEST(PickleToJsonTest, Python2Pickles) {
  for (const Case& c : kPython2) expect_converted(c);
}

TEST(PickleToJsonTest, EveryProtocolGivesTheSameJson) {
  // {'a': [1, 'x', None, True, 2.5]} in protocols 0 to 5 (Python 3.11.7).
  const char* const pickles[] = {
      "286470300a56610a70310a286c70320a49310a6156780a70330a614e614930310a6146322e350a61732e",
      "7d710058010000006171015d7102284b0158010000007871034e4930310a47400400000000000065732e",
      "80027d710058010000006171015d7102284b0158010000007871034e8847400400000000000065732e",
      "80037d710058010000006171015d7102284b0158010000007871034e8847400400000000000065732e",
      "8004951d000000000000007d948c0161945d94284b018c0178944e8847400400000000000065732e",
      "8005951d000000000000007d948c0161945d94284b018c0178944e8847400400000000000065732e",
  };
  for (const char* hex : pickles) {
    SCOPED_TRACE(hex);
    EXPECT_EQ(pickle_to_json(from_hex(hex)), std::optional<std::string>(R"({"a":[1,"x",null,true,2.5]})"));
  }
}

TEST(PickleToJsonTest, RefusesWhatJsonCannotHold) {
  // Python 3.11.7, pickle.dumps(V, protocol=N).hex() for the V named.
  const char* const refused[] = {
      // datetime.date(2016, 6, 1), protocol 2: an object, not plain data
      "8002636461746574696d650a646174650a7100635f636f646563730a656e636f64650a7101580500000007c3a006"
      "01710258060000006c6174696e3171038671045271058571065271072e",
      // float('nan'), protocol 2
      "8002477ff80000000000002e",
      // {b'k': 1}, protocol 4: json.dumps refuses a bytes key
      "8004950a000000000000007d9443016b944b01732e",
      // {'k': b'\xff'}, protocol 4: bytes that are not UTF-8
      "8004950c000000000000007d948c016b944301ff94732e",
      // {1, 2}, protocol 4: a set
      "80049509000000000000008f94284b014b02902e",
      // 2**64, protocol 2: beyond 64 bits
      "80028a090000000000000000012e",
      // l = []; l.append(l), protocol 2: a cycle
      "80025d71006800612e",
      // the first half of {'regions': ['RegionOne', 'RegionTwo']}, protocol 0: truncated
      "286470300a56726567696f6e730a70310a286c70320a5652",
      // JSON text, not a pickle: b'{"a": 1}'
      "7b2261223a20317d",
      // nothing at all
      "",
  };
  for (const char* hex : refused) {
    SCOPED_TRACE(hex);
    EXPECT_EQ(pickle_to_json(from_hex(hex)), std::nullopt);
  }
}

}  // namespace
}  // namespace dbm::tacker
