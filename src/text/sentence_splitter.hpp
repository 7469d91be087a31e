// Splitting an article body into sentences with byte offsets. Each line is a block of its own
// (reports arrive one paragraph a line); a block without closing punctuation is a headline or a
// caption, which extraction treats differently from running text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace truce::text {

struct Sentence {
  std::size_t begin = 0;  // byte offsets into the text; trimmed of surrounding white space
  std::size_t end = 0;
  std::size_t paragraph = 0;  // index of the line-block the sentence belongs to
  bool terminal = false;      // ends in . ! ? (possibly inside closing quotes): running text
  bool question = false;      // ends in ?
};

// Returns the sentences of `text` in order. Abbreviations ("U.N.", "Mr.", "Gen.") and decimal
// points do not end a sentence. Never fails; empty text gives no sentences.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace truce::text
