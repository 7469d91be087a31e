// ICU transliterator behind text::fold. One rule set, built once; ICU transliterators are not
// thread-safe, so each thread clones its own.
#include "text/fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <stdexcept>

namespace truce::text {
namespace {

// Any-Latin leaves "ə" alone and writes Armenian with apostrophes ("step'anakert"); the extra
// rules fold both (see shared platform notes).
constexpr const char* kRules =
    ":: Any-Latin; :: Latin-ASCII; [əƏ] > e; [ʼʻ'’‘`] > ; :: Lower; :: NFC;";

const icu::Transliterator& prototype() {
  static std::once_flag once;
  static std::unique_ptr<icu::Transliterator> proto;
  std::call_once(once, [] {
    UParseError parse_error;
    UErrorCode status = U_ZERO_ERROR;
    proto.reset(icu::Transliterator::createFromRules(
        "truce-fold", icu::UnicodeString::fromUTF8(kRules), UTRANS_FORWARD, parse_error, status));
    if (U_FAILURE(status) || !proto) {
      throw std::runtime_error(std::string("ICU fold rules failed: ") + u_errorName(status));
    }
  });
  return *proto;
}

}  // namespace

std::string fold(std::string_view utf8) {
  thread_local std::unique_ptr<icu::Transliterator> local(prototype().clone());
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  local->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace truce::text
