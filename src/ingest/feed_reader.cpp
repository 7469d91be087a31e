// Feed parsing with libxml2's tree API. Elements are matched by local name, so namespaced feeds
// (content:encoded, dc:date, atom:*) need no namespace table.
#include "ingest/feed_reader.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <cstring>
#include <memory>
#include <vector>

#include "ingest/date_parser.hpp"
#include "ingest/furniture_cleaner.hpp"

namespace truce::ingest {
namespace {

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

// What an item's text may expand to (see read_feed); shared by all the fields of one item.
struct TextBudget {
  std::size_t left;
  bool exceeded = false;
};

// The text under `node` (text, CDATA, and the content of entity references), like
// xmlNodeGetContent but charging every node visited and byte produced to `budget`: a small
// document referencing a large entity thousands of times stops at the budget instead of
// expanding to gigabytes. An explicit stack, so depth costs no recursion.
std::string content_of(const xmlNode* node, TextBudget& budget) {
  std::string out;
  std::vector<const xmlNode*> stack{node};
  while (!stack.empty() && !budget.exceeded) {
    const xmlNode* x = stack.back();
    stack.pop_back();
    if (budget.left == 0) {
      budget.exceeded = true;
      break;
    }
    --budget.left;
    if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
      const std::size_t n = x->content ? std::strlen(reinterpret_cast<const char*>(x->content)) : 0;
      if (n > budget.left) {
        budget.exceeded = true;
        break;
      }
      budget.left -= n;
      out.append(reinterpret_cast<const char*>(x->content), n);
      continue;
    }
    const xmlNode* first = nullptr;
    if (x->type == XML_ENTITY_REF_NODE) {
      // Its child is the entity's declaration, whose children are the entity's parsed content.
      const auto* entity = reinterpret_cast<const xmlEntity*>(x->children);
      if (entity) first = entity->children;
    } else if (x->type == XML_ELEMENT_NODE || x == node) {
      first = x->children;
    }
    std::vector<const xmlNode*> children;
    for (const xmlNode* c = first; c; c = c->next) children.push_back(c);
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  return out;
}

std::string attr(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

const xmlNode* child(const xmlNode* node, const char* name) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (named(c, name)) return c;
  }
  return nullptr;
}

std::string child_text(const xmlNode* node, const char* name, TextBudget& budget) {
  const xmlNode* c = child(node, name);
  return c ? content_of(c, budget) : std::string();
}

// Serializes an XHTML content element's children (Atom type="xhtml") back to markup.
std::string inner_xml(xmlDoc* doc, const xmlNode* node) {
  std::unique_ptr<xmlBuffer, void (*)(xmlBuffer*)> buf(xmlBufferCreate(), xmlBufferFree);
  for (xmlNode* c = node->children; c; c = c->next) xmlNodeDump(buf.get(), doc, c, 0, 0);
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf.get())),
                     xmlBufferLength(buf.get()));
}

std::string outer_xml(xmlDoc* doc, xmlNode* node) {
  std::unique_ptr<xmlBuffer, void (*)(xmlBuffer*)> buf(xmlBufferCreate(), xmlBufferFree);
  xmlNodeDump(buf.get(), doc, node, 0, 0);
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf.get())),
                     xmlBufferLength(buf.get()));
}

void set_date(FeedItem& item, const std::string& text, const char* from, bool rfc822) {
  if (item.published || text.empty()) return;
  auto date = rfc822 ? parse_rfc822_date(text) : parse_iso_date(text);
  if (!date) date = parse_loose_date(text);
  if (date) {
    item.published = date;
    item.published_from = from;
  }
}

FeedItem rss_item(xmlDoc* doc, xmlNode* node, std::size_t max_text_bytes) {
  FeedItem item;
  TextBudget budget{max_text_bytes};
  item.raw = outer_xml(doc, node);
  item.title = collapse_space(child_text(node, "title", budget));
  item.url = collapse_space(child_text(node, "link", budget));
  if (item.url.empty()) {
    const xmlNode* guid = child(node, "guid");
    if (guid && attr(guid, "isPermaLink") != "false")
      item.url = collapse_space(content_of(guid, budget));
  }
  item.author = collapse_space(child_text(node, "creator", budget));  // dc:creator
  if (item.author.empty()) item.author = collapse_space(child_text(node, "author", budget));
  set_date(item, collapse_space(child_text(node, "pubDate", budget)), "rss:pubDate", true);
  set_date(item, collapse_space(child_text(node, "date", budget)), "rss:dc:date", false);
  item.content = child_text(node, "encoded", budget);  // content:encoded is the full text
  if (collapse_space(item.content).empty()) item.content = child_text(node, "description", budget);
  item.too_large = budget.exceeded;
  return item;
}

FeedItem atom_entry(xmlDoc* doc, xmlNode* node, std::size_t max_text_bytes) {
  FeedItem item;
  TextBudget budget{max_text_bytes};
  item.raw = outer_xml(doc, node);
  item.title = collapse_space(child_text(node, "title", budget));
  for (const xmlNode* c = node->children; c; c = c->next) {
    if (!named(c, "link")) continue;
    const std::string rel = attr(c, "rel");
    if (rel.empty() || rel == "alternate") {
      item.url = collapse_space(attr(c, "href"));
      break;
    }
  }
  if (const xmlNode* author = child(node, "author")) {
    item.author = collapse_space(child_text(author, "name", budget));
  }
  set_date(item, collapse_space(child_text(node, "published", budget)), "atom:published", false);
  set_date(item, collapse_space(child_text(node, "updated", budget)), "atom:updated", false);
  const xmlNode* content = child(node, "content");
  if (!content || collapse_space(content_of(content, budget)).empty())
    content = child(node, "summary");
  if (content) {
    const std::string type = attr(content, "type");
    if (type == "xhtml") {
      item.content = inner_xml(doc, content);
    } else {
      item.content = content_of(content, budget);
      item.content_is_html = type == "html" || type == "text/html";
    }
  }
  item.too_large = budget.exceeded;
  return item;
}

}  // namespace

std::optional<SourceFormat> sniff_feed(std::string_view text) {
  const std::string_view head = text.substr(0, 4096);
  // The root element decides; a declaration or comments may precede it.
  std::size_t pos = 0;
  while ((pos = head.find('<', pos)) != std::string_view::npos) {
    const std::string_view rest = head.substr(pos + 1);
    if (rest.starts_with("?") || rest.starts_with("!")) {
      ++pos;
      continue;
    }
    if (rest.starts_with("rss") || rest.starts_with("rdf:RDF")) return SourceFormat::rss;
    if (rest.starts_with("feed") && (rest.size() == 4 || rest[4] == ' ' || rest[4] == '>' ||
                                     rest[4] == '\n' || rest[4] == '\r' || rest[4] == '\t')) {
      return SourceFormat::atom;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

Result<Feed> read_feed(std::string_view bytes, std::size_t max_text_bytes) {
  // libxml2 wants its global state set up once before parsing on several threads.
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
  // RECOVER keeps what precedes an error (a truncated download); NONET, no DTDLOAD and no NOENT
  // keep the parser off the network and away from entity expansion, and no HUGE keeps libxml2's
  // own limits (256 levels of nesting, bounded entity amplification). What is left to expand,
  // entity references in the text, content_of charges to the item's budget.
  const int flags = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  xmlResetLastError();
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
      xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, flags),
      xmlFreeDoc);
  const xmlError* error = xmlGetLastError();
  std::string error_text;
  if (error && error->message) {
    error_text = collapse_space(error->message);
    error_text += " (line " + std::to_string(error->line) + ")";
  }
  if (!doc) return make_error("not well-formed XML: " + error_text);
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return make_error("not a feed: no root element");

  Feed feed;
  if (!error_text.empty()) feed.warnings.push_back("XML error recovered from: " + error_text);
  if (named(root, "feed")) {
    feed.format = SourceFormat::atom;
    TextBudget budget{max_text_bytes};
    feed.title = collapse_space(child_text(root, "title", budget));
    for (xmlNode* c = root->children; c; c = c->next) {
      if (named(c, "entry")) feed.items.push_back(atom_entry(doc.get(), c, max_text_bytes));
    }
    return feed;
  }
  if (named(root, "rss") || named(root, "RDF")) {
    feed.format = SourceFormat::rss;
    const xmlNode* channel = child(root, "channel");
    TextBudget budget{max_text_bytes};
    if (channel) feed.title = collapse_space(child_text(channel, "title", budget));
    // RSS 2.0 keeps items in the channel; RSS 1.0 (RDF) beside it.
    for (const xmlNode* parent :
         {static_cast<const xmlNode*>(channel), static_cast<const xmlNode*>(root)}) {
      if (!parent) continue;
      for (xmlNode* c = parent->children; c; c = c->next) {
        if (named(c, "item")) feed.items.push_back(rss_item(doc.get(), c, max_text_bytes));
      }
    }
    return feed;
  }
  return make_error(std::string("not a feed: the root element is <") +
                    reinterpret_cast<const char*>(root->name) + ">, not <rss> or <feed>");
}

}  // namespace truce::ingest
