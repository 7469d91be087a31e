// Transliteration-aware name keys; see name_key.hpp for the classes and why.
#include "geo/name_key.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

#include "text/fold.hpp"

namespace truce::geo {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The consonant class a letter belongs to in a skeleton; 0 for vowels.
char consonant_class(char c) {
  switch (c) {
    case 'k':
    case 'q':
    case 'g':
    case 'c':
    case 'j':
    case 'x':
    case 'h':
      return 'k';
    case 't':
    case 'd':
      return 't';
    case 's':
    case 'z':
      return 's';
    case 'b':
    case 'p':
      return 'b';
    case 'f':
    case 'v':
      return 'f';
    default:
      return is_vowel(c) ? 0 : c;
  }
}

// Digraphs that transliteration systems write for one sound, longest first.
struct Rewrite {
  std::string_view from;
  char to;
};
constexpr std::array<Rewrite, 10> kRewrites{{{"dzh", 'j'},
                                             {"dj", 'j'},
                                             {"zh", 'j'},
                                             {"kh", 'x'},
                                             {"gh", 'g'},
                                             {"sh", 's'},
                                             {"ch", 'c'},
                                             {"ph", 'f'},
                                             {"ck", 'k'},
                                             {"ou", 'u'}}};

// The first letters of kRewrites.
constexpr std::array<bool, 256> kStartsRewrite = [] {
  std::array<bool, 256> starts{};
  for (const auto& r : kRewrites) starts[static_cast<unsigned char>(r.from[0])] = true;
  return starts;
}();

// text::fold after fixing what it leaves alone.
std::string fold_unicode(std::string_view utf8) {
  // GeoNames writes Azerbaijani schwa as U+01DD (ǝ), which the ICU rules leave alone.
  std::string pre;
  pre.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(utf8[i]);
    if (i + 1 < utf8.size() && (b0 == 0xC7 || b0 == 0xC6)) {
      const auto b1 = static_cast<unsigned char>(utf8[i + 1]);
      if ((b0 == 0xC7 && b1 == 0x9D) || (b0 == 0xC6 && b1 == 0x8E)) {
        pre += 'e';
        ++i;
        continue;
      }
    }
    pre += utf8[i];
  }
  return text::fold(pre);
}

}  // namespace

std::string fold_name(std::string_view utf8) {
  const bool ascii = std::all_of(utf8.begin(), utf8.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  // Most names are plain ASCII; ICU is slow enough to matter over half a million of them.
  std::string folded;
  if (ascii) {
    folded.reserve(utf8.size());
    for (char c : utf8) {
      if (c == '\'' || c == '`') continue;  // as text::fold: "Lenkoran'" -> "lenkoran"
      folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  } else {
    folded = fold_unicode(utf8);
  }
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (char c : folded) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string fine_key(std::string_view folded) {
  std::string s;
  s.reserve(folded.size());
  for (char c : folded) {
    if (c != ' ') s += c;
  }
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    bool rewritten = false;
    // Most letters start no rewrite and need no comparison at all.
    const bool may_start = kStartsRewrite[static_cast<unsigned char>(s[i])];
    for (const auto& r : kRewrites) {
      if (!may_start) break;
      if (r.from[0] == s[i] && std::string_view(s).substr(i).starts_with(r.from)) {
        out += r.to;
        i += r.from.size();
        rewritten = true;
        break;
      }
    }
    if (rewritten) continue;
    char c = s[i++];
    if (c == 'w') c = 'v';
    if (c == 'y') c = 'i';
    out += c;
  }
  // Doubled letters are a transliteration choice ("Martakert"/"Marttakert", "Jabrayyl").
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string skeleton(std::string_view fine) {
  std::string out;
  for (std::size_t i = 0; i < fine.size(); ++i) {
    const char c = fine[i];
    const char k = consonant_class(c);
    if (k == 0) {
      if (i == 0) out += 'a';
      continue;
    }
    // Adjacent letters of one class are one sound ("ks", "dt"); across a vowel they are two.
    if (i > 0 && consonant_class(fine[i - 1]) == k) continue;
    out += k;
  }
  return out;
}

namespace {

// Per byte, what the distance's inner loop asks of a letter: its consonant class (the vowels'
// is kVowelClass, so any two vowels share one) and the cost of dropping it. Looked up rather
// than switched on: the loop runs for every cell of every fuzzy comparison of a lookup.
constexpr int kVowelClass = 256;
struct LetterCosts {
  std::array<int, 256> cls{};
  std::array<double, 256> indel{};
};
LetterCosts make_letter_costs() {
  LetterCosts costs;
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    costs.cls[b] = is_vowel(c) ? kVowelClass : static_cast<unsigned char>(consonant_class(c));
    costs.indel[b] = is_vowel(c) ? 0.5 : 1.0;
  }
  return costs;
}
const LetterCosts kLetterCosts = make_letter_costs();

int class_of(char c) { return kLetterCosts.cls[static_cast<unsigned char>(c)]; }
double indel_of(char c) { return kLetterCosts.indel[static_cast<unsigned char>(c)]; }

// Swapping vowels, or consonants of one skeleton class, costs 0.4; anything else 1.
double substitution(char x, char y) {
  if (x == y) return 0.0;
  return class_of(x) == class_of(y) ? 0.4 : 1.0;
}

}  // namespace

std::optional<double> variant_distance_within(std::string_view a, std::string_view b,
                                              double bound) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  // Two rows of the table; names are short, so they live on the stack unless one is not.
  constexpr std::size_t kStackRow = 64;
  std::array<double, 2 * kStackRow> stack_rows;
  std::vector<double> heap_rows;
  double* rows = stack_rows.data();
  if (m + 1 > kStackRow) {
    heap_rows.resize(2 * (m + 1));
    rows = heap_rows.data();
  }
  double* prev = rows;
  double* cur = rows + (m + 1);
  prev[0] = 0;
  for (std::size_t j = 1; j <= m; ++j) prev[j] = prev[j - 1] + indel_of(b[j - 1]);
  for (std::size_t i = 1; i <= n; ++i) {
    const char x = a[i - 1];
    const double drop_x = indel_of(x);
    cur[0] = prev[0] + drop_x;
    double row_least = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + drop_x, cur[j - 1] + indel_of(b[j - 1]),
                         prev[j - 1] + substitution(x, b[j - 1])});
      row_least = std::min(row_least, cur[j]);
    }
    // Every path to the last cell crosses this row and no cost is negative: the distance is
    // at least the row's least cell.
    if (row_least > bound) return std::nullopt;
    std::swap(prev, cur);
  }
  if (prev[m] > bound) return std::nullopt;
  return prev[m];
}

double variant_distance(std::string_view a, std::string_view b) {
  return *variant_distance_within(a, b, std::numeric_limits<double>::infinity());
}

double fuzzy_bound(std::size_t fine_length) {
  // Short names leave little room: "said" must not become "saida" by chance alone.
  if (fine_length < 5) return 0.4;
  return std::max(1.0, 0.2 * static_cast<double>(fine_length));
}

}  // namespace truce::geo
