// How deep an HTML page nests, estimated from its tags before parsing. gumbo's tree building
// scans the stack of open elements for many tags, so its cost grows with the input times its
// depth: 100,000 nested <div> take half a minute. Pages deeper than any real article are refused
// before gumbo sees them.
#pragma once

#include <cstddef>
#include <string_view>

namespace truce::ingest {

// Real pages nest a few dozen elements deep; libxml2 stops XML at 256 levels by default.
inline constexpr std::size_t kMaxHtmlDepth = 1024;

// The deepest count of open elements while reading `html`'s tags, counting up to `stop_at` at
// most. Void elements (<br>, <img>...), self-closed tags inside SVG and MathML and elements whose
// end tag may be left out (<p>, <li>, <td>...) do not count; comments and the content of <script>,
// <style>, <textarea> and <title> are skipped. An estimate of the depth gumbo builds, never below
// it for nested elements that need an end tag.
std::size_t html_depth(std::string_view html, std::size_t stop_at = kMaxHtmlDepth + 1);

}  // namespace truce::ingest
