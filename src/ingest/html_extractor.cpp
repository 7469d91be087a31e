// HTML to article text with gumbo. The tree walk renders block elements as paragraphs and folds
// white space the way a browser does, so paragraphs come out one per block and never glued.
#include "ingest/html_extractor.hpp"

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <vector>

#include "core/bounded_json.hpp"
#include "ingest/date_parser.hpp"
#include "ingest/furniture_cleaner.hpp"
#include "ingest/markup_depth.hpp"

namespace truce::ingest {
namespace {

using GumboPtr = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

std::string attr(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : std::string();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  return nullptr;
}

// Visits `node` and its descendants in document order; `visit` returning false skips a node's
// children. An explicit stack, not recursion: a hostile page nests as deep as it likes.
template <typename F>
void walk(const GumboNode* node, F&& visit) {
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* x = stack.back();
    stack.pop_back();
    if (!visit(x)) continue;
    if (const GumboVector* children = children_of(x)) {
      for (unsigned i = children->length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(children->data[i]));
      }
    }
  }
}

// Elements whose content is never article text.
bool skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a paragraph.
bool block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

bool hidden(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden")) return true;
  if (lower(attr(node, "aria-hidden")) == "true") return true;
  std::string style = lower(attr(node, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

class TextRenderer {
 public:
  explicit TextRenderer(const FurniturePatterns& patterns) : patterns_(patterns) {}

  std::string render(const GumboNode* root) {
    root_ = root;
    // Depth-first with an explicit stack; a frame's `next` is the child to visit next.
    struct Frame {
      const GumboNode* node;
      unsigned next;
      bool block;
    };
    std::vector<Frame> stack;
    if (enter(root)) stack.push_back({root, 0, block_tag(root->v.element.tag)});
    while (!stack.empty()) {
      Frame& top = stack.back();
      const GumboVector& children = top.node->v.element.children;
      if (top.next == children.length) {
        if (top.block) flush();
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[top.next++]);
      if (enter(child)) stack.push_back({child, 0, block_tag(child->v.element.tag)});
    }
    flush();
    std::string out;
    for (const auto& p : paragraphs_) {
      if (!out.empty()) out += "\n\n";
      out += p;
    }
    return out;
  }

 private:
  // Renders what `node` itself contributes; true when its children are to be visited next.
  bool enter(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        add_text(node->v.text.text);
        return false;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return false;  // comments, the document node's doctype
    }
    const GumboTag tag = node->v.element.tag;
    // Class patterns never skip the chosen article element itself or <html>/<body>, whose
    // classes describe the whole page (WordPress puts dozens there).
    const bool container = node == root_ || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY;
    if (skipped_tag(tag) || hidden(node) ||
        (!container && patterns_.skip_html(attr(node, "class"), attr(node, "id")))) {
      return false;
    }
    if (tag == GUMBO_TAG_BR) {
      cur_ += '\n';
      return false;
    }
    if (block_tag(tag)) flush();
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) cur_ += ' ';
    return true;
  }

  void add_text(std::string_view text) {
    // Line breaks in the source are white space like any other (only <br> breaks a line), and
    // no-break spaces separate words like spaces do.
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
        cur_ += ' ';
      } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
        cur_ += ' ';
        ++i;
      } else {
        cur_ += c;
      }
    }
  }

  // Ends the current paragraph: white space folded within each line, <br> lines kept apart.
  void flush() {
    std::string para;
    std::size_t pos = 0;
    while (pos <= cur_.size()) {
      std::size_t end = cur_.find('\n', pos);
      if (end == std::string::npos) end = cur_.size();
      const std::string line = collapse_space(std::string_view(cur_).substr(pos, end - pos));
      if (!line.empty()) {
        if (!para.empty()) para += '\n';
        para += line;
      }
      pos = end + 1;
    }
    if (!para.empty()) paragraphs_.push_back(std::move(para));
    cur_.clear();
  }

  const FurniturePatterns& patterns_;
  const GumboNode* root_ = nullptr;
  std::vector<std::string> paragraphs_;
  std::string cur_;
};

// The longest <article> by its text (outside scripts and styles), the first of equals; nullptr
// when there is none. One post-order pass: measuring each article on its own would cost the
// page's size times the number of nested articles.
const GumboNode* longest_article(const GumboNode* root) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
    std::size_t length;
  };
  const GumboNode* best = nullptr;
  std::size_t best_length = 0;
  std::size_t best_order = 0;
  std::size_t order = 0;  // pre-order position, for the tie-break
  std::vector<std::pair<Frame, std::size_t>> stack{{{root, 0, 0}, order++}};
  while (!stack.empty()) {
    auto& [top, top_order] = stack.back();
    const GumboVector* children = children_of(top.node);
    if (!children || top.next == children->length) {
      const Frame done = top;
      const std::size_t done_order = top_order;
      stack.pop_back();
      if (!stack.empty()) stack.back().first.length += done.length;
      if (is_element(done.node, GUMBO_TAG_ARTICLE) &&
          (done.length > best_length ||
           (best && done.length == best_length && done_order < best_order && done.length > 0))) {
        best = done.node;
        best_length = done.length;
        best_order = done_order;
      }
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[top.next++]);
    if (child->type == GUMBO_NODE_TEXT) {
      top.length += std::string_view(child->v.text.text).size();
    } else if (!is_element(child, GUMBO_TAG_SCRIPT) && !is_element(child, GUMBO_TAG_STYLE)) {
      stack.push_back({{child, 0, 0}, order++});
    }
  }
  return best;
}

std::string plain_text(const GumboNode* node) {
  std::string out;
  walk(node, [&](const GumboNode* x) {
    if (x->type == GUMBO_NODE_TEXT || x->type == GUMBO_NODE_WHITESPACE) out += x->v.text.text;
    return true;
  });
  return collapse_space(out);
}

// Picks the element holding the article.
const GumboNode* content_root(const GumboNode* root) {
  const GumboNode* article_body = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  walk(root, [&](const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return node->type == GUMBO_NODE_DOCUMENT;
    if (!article_body && attr(node, "itemprop") == "articleBody") article_body = node;
    if (!main && is_element(node, GUMBO_TAG_MAIN)) main = node;
    if (!body && is_element(node, GUMBO_TAG_BODY)) body = node;
    return true;
  });
  if (article_body) return article_body;
  if (const GumboNode* article = longest_article(root)) return article;
  if (main) return main;
  return body ? body : root;
}

std::string json_string(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object() && j.contains("name")) return json_string(j["name"]);
  if (j.is_array() && !j.empty()) return json_string(j[0]);
  return {};
}

// Finds the first value of `key` anywhere in a JSON-LD document (objects, arrays, @graph).
const nlohmann::json* find_key(const nlohmann::json& j, const std::string& key) {
  if (j.is_object()) {
    if (auto it = j.find(key); it != j.end()) return &*it;
    for (const auto& [k, v] : j.items()) {
      if (auto* found = find_key(v, key)) return found;
    }
  } else if (j.is_array()) {
    for (const auto& v : j) {
      if (auto* found = find_key(v, key)) return found;
    }
  }
  return nullptr;
}

}  // namespace

HtmlDocument extract_html(std::string_view html, const FurniturePatterns& patterns) {
  HtmlDocument doc;
  if (const std::size_t depth = html_depth(html); depth > kMaxHtmlDepth) {
    doc.refused =
        "HTML nested more than " + std::to_string(kMaxHtmlDepth) + " elements deep; not read";
    return doc;
  }
  GumboPtr output(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
                  [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  const GumboNode* root = output->document;

  std::map<std::string, std::string> meta;  // lower-cased property or name -> first content
  std::string canonical;
  std::string title_tag;
  std::string first_h1;
  std::string time_datetime;
  std::vector<nlohmann::json> json_ld;
  walk(root, [&](const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return node->type == GUMBO_NODE_DOCUMENT;
    switch (node->v.element.tag) {
      case GUMBO_TAG_META: {
        std::string key = attr(node, "property");
        if (key.empty()) key = attr(node, "name");
        if (key.empty()) key = attr(node, "itemprop");
        if (!key.empty()) meta.emplace(lower(key), collapse_space(attr(node, "content")));
        break;
      }
      case GUMBO_TAG_LINK:
        if (canonical.empty() && lower(attr(node, "rel")) == "canonical") {
          canonical = collapse_space(attr(node, "href"));
        }
        break;
      case GUMBO_TAG_HTML:
        if (doc.lang.empty()) doc.lang = collapse_space(attr(node, "lang"));
        break;
      case GUMBO_TAG_TITLE:
        if (title_tag.empty()) title_tag = plain_text(node);
        return false;
      case GUMBO_TAG_H1:
        if (first_h1.empty()) first_h1 = plain_text(node);
        break;
      case GUMBO_TAG_TIME:
        if (time_datetime.empty()) time_datetime = attr(node, "datetime");
        break;
      case GUMBO_TAG_SCRIPT:
        if (lower(attr(node, "type")) == "application/ld+json") {
          auto parsed = parse_bounded_json(plain_text(node));
          if (!parsed.is_discarded()) json_ld.push_back(std::move(parsed));
        }
        return false;
      default:
        break;
    }
    return true;
  });
  auto meta_of = [&](const char* key) {
    auto it = meta.find(key);
    return it == meta.end() ? std::string() : it->second;
  };
  auto ld_of = [&](const char* key) {
    for (const auto& j : json_ld) {
      if (const auto* v = find_key(j, key)) {
        if (auto s = collapse_space(json_string(*v)); !s.empty()) return s;
      }
    }
    return std::string();
  };

  doc.title = meta_of("og:title");
  if (doc.title.empty()) doc.title = first_h1;
  if (doc.title.empty()) doc.title = ld_of("headline");
  if (doc.title.empty()) doc.title = title_tag;
  doc.url = !canonical.empty() ? canonical : meta_of("og:url");
  doc.author = meta_of("author");
  if (doc.author.empty() && meta_of("article:author").find("://") == std::string::npos) {
    doc.author = meta_of("article:author");
  }
  if (doc.author.empty()) doc.author = ld_of("author");
  doc.site_name = meta_of("og:site_name");
  if (doc.site_name.empty()) doc.site_name = ld_of("publisher");

  // Publication date: the most specific statement first; a <time> element last, because pages
  // also print the dates of related articles.
  const std::pair<std::string, std::string> candidates[] = {
      {meta_of("article:published_time"), "html:article:published_time"},
      {ld_of("datePublished"), "html:json-ld datePublished"},
      {meta_of("datepublished"), "html:itemprop datePublished"},
      {meta_of("date"), "html:meta date"},
      {meta_of("pubdate"), "html:meta pubdate"},
      {meta_of("publishdate"), "html:meta publishdate"},
      {meta_of("dc.date.issued"), "html:meta DC.date.issued"},
      {meta_of("dc.date"), "html:meta DC.date"},
      {meta_of("og:published_time"), "html:og:published_time"},
      {time_datetime, "html:time datetime"},
  };
  for (const auto& [value, from] : candidates) {
    if (value.empty()) continue;
    if (auto date = parse_iso_date(value)) {
      doc.published = date;
      doc.published_from = from;
      break;
    }
    if (auto date = parse_loose_date(value)) {
      doc.published = date;
      doc.published_from = from;
      break;
    }
  }

  TextRenderer renderer(patterns);
  doc.body = renderer.render(content_root(root));
  if (doc.body.empty()) {
    // The chosen element held nothing readable (all of it boilerplate): try the whole page.
    TextRenderer whole(patterns);
    doc.body = whole.render(root);
  }
  return doc;
}

}  // namespace truce::ingest
