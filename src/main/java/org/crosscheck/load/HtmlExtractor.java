package org.crosscheck.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes an HTML page's article text: drops page furniture (navigation, headers and footers,
 * asides, scripts, forms, figures, and elements whose class or id says ad, related, share,
 * comment, newsletter or menu), keeps the article element's text when there is one, and
 * writes it as paragraphs separated by blank lines. Every character of that text remembers
 * its position in the HTML source (jsoup's position tracking), so offsets found in the text
 * point back into the file. jsoup reads broken and truncated pages as far as they go.
 */
final class HtmlExtractor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "section", "article", "main", "table", "tr", "td", "th", "dd", "dt", "dl",
            "br", "hr", "address", "center", "header", "footer", "figure", "title");
    private static final String FURNITURE = "script, style, noscript, template, nav, footer, aside, form, figure, "
            + "figcaption, iframe, svg, button, select, input, textarea, head";
    private static final Pattern NOISE_NAME = Pattern.compile(
            "(^|[-_\\s])(ads?|advert\\w*|sponsor\\w*|promo\\w*|related|share|sharing|social|comments?|newsletter"
                    + "|subscribe|menu|nav\\w*|breadcrumbs?|sidebar|cookie\\w*|popup|modal|recommend\\w*|teasers?"
                    + "|outbrain|taboola|more-stories|read-more)($|[-_\\s])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEVER_NOISE = Set.of("html", "body", "main", "article");

    /**
     * The article text, one original offset per text character, the page's headline, and what
     * the page's metadata says about its publication (null when it says nothing).
     */
    record Extracted(String text, int[] toOriginal, String title, LocalDate published, String siteName) {
    }

    /** Where pages state their publication date for machines (Open Graph, schema.org, Dublin Core). */
    private static final String DATE_META = "meta[property=article:published_time], meta[itemprop=datePublished], "
            + "meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[name=dc.date], "
            + "meta[name=DC.date.issued], meta[name=parsely-pub-date], time[itemprop=datePublished], time[pubdate]";
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    private HtmlExtractor() {
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).strip().toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body")) {
            return true;
        }
        int tags = 0;
        for (String tag : new String[] {"<p>", "</p>", "<div", "<br", "<a href", "</a>", "<span"}) {
            int from = 0;
            while ((from = head.indexOf(tag, from)) >= 0) {
                tags++;
                from += tag.length();
            }
        }
        return tags >= 5;
    }

    static Extracted extract(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element headline = headline(doc);
        String title = headline != null ? headline.text().strip() : doc.title().strip();
        LocalDate published = publishedDate(doc);
        Element site = doc.selectFirst("meta[property=og:site_name], meta[name=application-name]");
        String siteName = site == null || site.attr("content").isBlank() ? null : site.attr("content").strip();
        doc.select(FURNITURE).remove();
        for (Element header : doc.select("header")) {
            if (header.selectFirst("h1") == null) {
                header.remove(); // site headers; an article's own header holds its headline
            }
        }
        ArticleHolders holders = ArticleHolders.of(doc);
        for (Element e : doc.getAllElements()) {
            if (!NEVER_NOISE.contains(e.normalName()) && e.parent() != null && isNoise(e) && !holders.holds(e)) {
                e.remove();
            }
        }
        Element content = mainContent(doc);
        TextBuilder out = new TextBuilder(html);
        if (headline != null && headline.parent() != null && !isInside(headline, content)) {
            NodeTraversor.traverse(out, headline);
        }
        NodeTraversor.traverse(out, content);
        return new Extracted(out.text.toString(), Arrays.copyOf(out.map, out.text.length()),
                title.isEmpty() ? null : title, published, siteName);
    }

    /** The publication date the page's metadata gives, read before the page furniture is dropped. */
    private static LocalDate publishedDate(Document doc) {
        for (Element e : doc.select(DATE_META)) {
            String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
            Matcher m = ISO_DAY.matcher(value.strip());
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1));
                } catch (DateTimeParseException ignored) {
                    // a malformed tag; look further
                }
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1));
                } catch (DateTimeParseException ignored) {
                    // a malformed date; no other source
                }
            }
        }
        return null;
    }

    private static Element headline(Document doc) {
        for (String query : new String[] {"article h1", "main h1", "h1"}) {
            Element h1 = doc.selectFirst(query);
            if (h1 != null && !h1.text().isBlank()) {
                return h1;
            }
        }
        return null;
    }

    /**
     * Class names are a hint, not a proof: a wrapper called "page has-sidebar" may hold the
     * whole story. An element holding the article element or most of the page's paragraphs
     * is never dropped for its name. Both are counted for every element in one pass from the
     * leaves up, so a page of 100,000 nested "related" boxes costs one walk, not one per box.
     */
    private static final class ArticleHolders {
        private final Map<Element, Integer> paragraphText = new IdentityHashMap<>();
        private final Set<Element> holdingArticle = Collections.newSetFromMap(new IdentityHashMap<>());
        private int pageParagraphText;

        static ArticleHolders of(Document doc) {
            ArticleHolders holders = new ArticleHolders();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        holders.count(e);
                    }
                }
            }, doc);
            holders.pageParagraphText = holders.paragraphText.getOrDefault(doc, 0);
            return holders;
        }

        /** Called for each element after its children: adds it and its subtree to its parent. */
        private void count(Element e) {
            int own = paragraphText.getOrDefault(e, 0) + (e.normalName().equals("p") ? e.text().length() : 0);
            boolean article = holdingArticle.contains(e) || isArticleElement(e);
            if (article) {
                holdingArticle.add(e);
            }
            Element parent = e.parent();
            if (parent != null) {
                paragraphText.merge(parent, own, Integer::sum);
                if (article) {
                    holdingArticle.add(parent);
                }
            }
            paragraphText.put(e, own);
        }

        /** "article, [itemprop=articleBody], main" tested on the element alone (Element.is walks to the root). */
        private static boolean isArticleElement(Element e) {
            String name = e.normalName();
            return name.equals("article") || name.equals("main") || e.attr("itemprop").strip().equalsIgnoreCase("articleBody");
        }

        boolean holds(Element e) {
            return holdingArticle.contains(e)
                    || (pageParagraphText > 0 && paragraphText.getOrDefault(e, 0) * 2 > pageParagraphText);
        }
    }

    private static boolean isNoise(Element e) {
        return NOISE_NAME.matcher(e.className()).find() || NOISE_NAME.matcher(e.id()).find();
    }

    /** The element holding the article: the largest {@code <article>}, else {@code <main>}, else the body. */
    private static Element mainContent(Document doc) {
        Elements articles = doc.select("[itemprop=articleBody], article");
        if (!articles.isEmpty()) {
            // An outer candidate holds all of an inner one's text, so only the outermost are measured
            // (measuring every one of thousands of nested candidates would read the page thousands of times).
            Set<Element> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
            candidates.addAll(articles);
            return articles.stream().filter(a -> !hasAncestorIn(a, candidates))
                    .max(Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        return doc.body() != null ? doc.body() : doc;
    }

    private static boolean hasAncestorIn(Element e, Set<Element> candidates) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (candidates.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Element node, Element container) {
        for (Element e = node; e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }

    /** Writes text nodes as paragraphs, whitespace collapsed, and records each character's source offset. */
    private static final class TextBuilder implements NodeVisitor {
        private final String html;
        private final StringBuilder text = new StringBuilder();
        private int[] map = new int[1024];
        private boolean pendingBreak;
        private boolean pendingSpace;
        private int lastPos;

        TextBuilder(String html) {
            this.html = html;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t);
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                pendingBreak = true;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                pendingBreak = true;
            }
        }

        private void append(TextNode node) {
            String decoded = node.getWholeText();
            int[] positions = sourcePositions(node, decoded);
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                int pos = positions[i];
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    pendingSpace = true;
                    continue;
                }
                if (pendingBreak && text.length() > 0) {
                    put('\n', lastPos);
                    put('\n', lastPos);
                } else if (pendingSpace && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    put(' ', Math.max(0, pos - 1));
                }
                pendingBreak = false;
                pendingSpace = false;
                put(c, pos);
            }
        }

        private void put(char c, int pos) {
            if (text.length() == map.length) {
                map = Arrays.copyOf(map, map.length * 2);
            }
            map[text.length()] = pos;
            text.append(c);
            lastPos = pos;
        }

        /** Where each decoded character stands in the source: entities map to their '&'. */
        private int[] sourcePositions(TextNode node, String decoded) {
            int[] positions = new int[decoded.length()];
            Range range = node.sourceRange();
            if (!range.isTracked() || range.endPos() > html.length()) {
                Arrays.fill(positions, lastPos);
                return positions;
            }
            int base = range.startPos();
            String raw = html.substring(base, range.endPos());
            int p = 0;
            for (int i = 0; i < decoded.length(); i++) {
                int at = base + Math.min(p, Math.max(0, raw.length() - 1));
                positions[i] = at;
                int semicolon = p < raw.length() && raw.charAt(p) == '&' ? raw.indexOf(';', p) : -1;
                if (semicolon > p && semicolon - p <= 12 && (decoded.charAt(i) != '&' || raw.startsWith("&amp;", p))) {
                    if (Character.isHighSurrogate(decoded.charAt(i)) && i + 1 < decoded.length()) {
                        positions[++i] = at;
                    }
                    p = semicolon + 1;
                } else {
                    p++;
                }
            }
            return positions;
        }
    }
}
