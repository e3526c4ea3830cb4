package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.crosscheck.load.Article;
import org.crosscheck.load.Passage;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.nlp.Token;
import org.crosscheck.normalize.DateContext;
import org.crosscheck.normalize.DateNormalizer;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.NumberNormalizer;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.Scores;
import org.crosscheck.normalize.Tense;
import org.crosscheck.normalize.TenseDetector;
import org.crosscheck.normalize.Units;

/**
 * Pulls the checkable claims out of an annotated article: one claim per number, amount,
 * percentage, date or duration in a body sentence (a wire dateline's date is publication meta,
 * not a claim), per count written without digits ("a Briton", "an official" as a source,
 * "several hundred protesters", "a few injured"), and one statement claim per quote (its words)
 * or per attributed report whose content is not a figure already claimed (the value claims carry
 * that speaker). Each claim says what is measured or dated (subject, unit: the counted noun, a
 * nationality, the whole of a partitive, the counted thing of a toll, or the previous sentence's
 * count for "this number"), by which predicate (the event verb; a toll's event), with which
 * value (read by the normalisers, the one source of truth for numbers and dates) and who the
 * article says stated it.
 *
 * <p>Needs: the article (passages, offsets, publication date) and its CoreNLP annotation
 * (tokens with lemma, POS and NER; value and entity mentions, entity ids when linked).
 * Provides: claims with original-text offsets; ids {@code <document>#<start>-<end>} for values
 * and {@code <document>#s<sentenceStart>} for statements.
 */
public final class ClaimExtractor {

    /** How far after a quote its speech verb may stand ("...," he said / said X): further is another clause. */
    private static final int QUOTE_TAG_REACH = 4;
    /** Words right before a count that make it an addition to a total: "another two", "a further 5". */
    private static final Set<String> ADDITION_WORDS = Set.of("another", "further", "additional");
    /** First words of quantifier phrases without digits ("a few", "several hundred", "thousands"). */
    private static final Set<String> VAGUE_STARTS = Set.of("a", "several", "few", "dozens", "scores", "hundreds", "thousands",
            "tens", "millions");

    /** Words that can follow a quantifier's first word inside it ("several hundred", "tens of thousands"). */
    private static final Set<String> QUANTIFIER_WORDS = Set.of("of", "few", "couple", "handful", "dozen", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "dozens", "score", "scores");

    /** Date words that place nothing a report could contradict. */
    private static final Set<String> VAGUE_DATES = Set.of("now", "currently", "recently", "the past", "the future",
            "once", "present", "the time", "then", "at the time");

    private static final Stage SPEAKERS = new Speakers();
    private static final Stage STATEMENTS = new Statements();

    private final NumberNormalizer numbers;
    private final DateNormalizer dates;
    private final WordNetLexicon lexicon;
    private final Stage countedUnits;
    private final Stage valueClaims;

    public ClaimExtractor() {
        this(new NumberNormalizer(), new DateNormalizer(), WordNetLexicon.shared());
    }

    public ClaimExtractor(NumberNormalizer numbers, DateNormalizer dates, WordNetLexicon lexicon) {
        this.numbers = numbers;
        this.dates = dates;
        this.lexicon = lexicon;
        this.countedUnits = new CountedUnits(numbers, lexicon);
        this.valueClaims = new ValueClaims(numbers, dates);
    }

    /** The claims of {@code article}, in text order (statement claims after the values of their sentence). */
    public List<Claim> extract(Article article, AnnotatedDocument doc) {
        DocumentState state = new DocumentState(doc);
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            if (!inBody(article, sentence)) {
                continue;
            }
            SentenceView view = new SentenceView(sentence);
            boolean newParagraph = startsParagraph(article, sentence, state);
            if (newParagraph) {
                state.paragraphSpeaker = null;
            }
            SentenceState s = new SentenceState(article, view, state, newParagraph ? Datelines.end(view) : 0);
            List<Claim> sentenceClaims = new SentenceClaims(s).build();
            claims.addAll(sentenceClaims);
            state.afterSentence(sentence, sentenceClaims, !s.attributions.isEmpty());
        }
        return claims;
    }

    /** Whether the sentence lies in a BODY passage (headlines, captions and teasers carry no claims). */
    private static boolean inBody(Article article, Sentence sentence) {
        if (article.passages().isEmpty()) {
            return true;
        }
        for (Passage p : article.passages()) {
            if (sentence.start() >= p.start() && sentence.start() < p.end()) {
                return p.isContent();
            }
        }
        return false;
    }

    private static boolean startsParagraph(Article article, Sentence sentence, DocumentState state) {
        if (state.previousSentenceEnd < 0) {
            return true;
        }
        String text = article.analysisText();
        int from = Math.min(state.previousSentenceEnd, text.length());
        int to = Math.min(Math.max(from, sentence.start()), text.length());
        return text.substring(from, to).contains("\n");
    }

    /** Builds the claims of one sentence. */
    private final class SentenceClaims {
        private final SentenceState s;
        private final Article article;
        private final SentenceView v;
        private final DocumentState state;
        private final List<Draft> drafts;
        private final int datelineEnd;

        SentenceClaims(SentenceState s) {
            this.s = s;
            this.article = s.article;
            this.v = s.view;
            this.state = s.document;
            this.drafts = s.drafts;
            this.datelineEnd = s.datelineEnd;
        }

        List<Claim> build() {
            for (Mention m : v.sentence.mentions()) {
                valueDraft(m).ifPresent(drafts::add);
            }
            indefinitePeopleCounts();
            vagueCounts();
            ordinalPositions();
            monthRangePeriods();
            fractionsOfAUnit();
            joinCompoundDurations();
            joinDateSpans();
            drafts.removeIf(d -> d.begin < datelineEnd);
            drafts.sort((a, b) -> Integer.compare(a.begin, b.begin));
            assignRoles();
            markAdditions();
            countedUnits.apply(s);
            recordBaselines();
            for (Draft d : drafts) {
                for (Attributions.Attribution a : s.attributions.all()) {
                    if (d.type == MentionType.NUMBER && d.begin >= a.begin() && d.begin < a.end()) {
                        // "two diplomats said", "a railway official said": a count of sources, of who said it
                        d.predicate = "say"; // being a source: "two diplomats said", "an official told", "according to"
                        int from = d.indefiniteHead >= 0 ? d.begin + 1 : d.end;
                        if (from < a.end()) {
                            d.subject = v.text(from, a.end()); // who the sources are: "diplomats familiar with the plan"
                        }
                    }
                }
            }
            SPEAKERS.apply(s);
            valueClaims.apply(s);
            STATEMENTS.apply(s);
            return s.claims;
        }

        // ---- values ----

        private Optional<Draft> valueDraft(Mention m) {
            MentionType type = m.type();
            if (type == MentionType.TIME) {
                return raceTimeDraft(m);
            }
            if (type != MentionType.NUMBER && type != MentionType.MONEY && type != MentionType.PERCENT
                    && type != MentionType.DATE && type != MentionType.DURATION) {
                return Optional.empty();
            }
            int b = m.tokenBegin();
            int e = m.tokenEnd();
            if (b < 0 || e > v.size() || b >= e || isNotAValue(m, b, e) || inACondition(b)) {
                return Optional.empty();
            }
            while (e - 1 > b && (v.pos(e - 1).equals("IN") || v.pos(e - 1).equals("DT")
                    || Set.of(",", "in", "of", "on", "at", "a", "the").contains(v.word(e - 1)))) {
                e--; // "dozens in a", "thousands more in": the tagger's span runs past the value
            }
            if (type == MentionType.NUMBER) {
                for (int ext = 2; ext >= 1; ext--) {
                    if (b - ext >= 0 && VAGUE_STARTS.contains(v.word(b - ext)) && isVagueQuantity(b - ext, e)) {
                        b -= ext; // "several hundred", "a few thousand": the quantifier is part of the value
                        break;
                    }
                }
            }
            int hedgeBegin = type == MentionType.DATE ? b : hedgeStart(b);
            Draft d = new Draft(type, m, hedgeBegin, b, e);
            d.predicate = Predicates.of(s, hedgeBegin, e);
            if (type == MentionType.DATE && v.pos(e).equals("POS")) {
                // "Monday's dam collapse", "Sunday's election": the date of the event the noun names
                int k = e + 1;
                while (v.pos(k).startsWith("JJ") || v.isCommonNoun(k) && v.isCommonNoun(k + 1)) {
                    k++;
                }
                if (v.isCommonNoun(k)) {
                    String eventVerb = lexicon.eventVerb(v.lemma(k));
                    d.predicate = eventVerb != null ? eventVerb : v.lemma(k);
                    d.eventSubject = v.text(e + 1, k + 1);
                    return Optional.of(d);
                }
            }
            if (type == MentionType.DURATION) {
                // "a two-year ban", "a 72-hour walkout": the duration of the event the noun names
                int k = e;
                while (v.pos(k).startsWith("JJ")) {
                    k++;
                }
                String eventVerb = v.isCommonNoun(k) && !v.word(k + 1).equals("of") ? lexicon.eventVerb(v.lemma(k)) : null;
                if (eventVerb != null) {
                    d.predicate = eventVerb;
                }
            }
            if (type == MentionType.DATE) {
                Attributions.Attribution said = s.attributions.dated(b);
                if (said != null) {
                    d.predicate = said.verb().equals("according to") ? "say" : said.verb(); // "said on Wednesday": when it was said
                }
            }
            return Optional.of(d);
        }

        /**
         * "won in 2:02:17": the tagger reads a race time as a clock time; it is how long
         * something took, a duration (the normaliser tells the two apart).
         */
        private Optional<Draft> raceTimeDraft(Mention m) {
            for (int i = Math.max(0, m.tokenBegin()); i < Math.min(m.tokenEnd(), v.size()); i++) {
                Optional<Quantity> q = numbers.normalize(v.word(i));
                if (q.isPresent() && Units.isTime(q.get().unit())) {
                    Draft d = new Draft(MentionType.DURATION, m, i, i, i + 1);
                    d.predicate = Predicates.of(s, i, i + 1);
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        /**
         * Whether token {@code b} follows a figure and its noun phrase ("$1.1bn", "30,000 tonnes",
         * "a million barrels of oil"): at most four tokens back, with no verb or comma between.
         */
        private boolean closesAFigure(int b) {
            for (int i = b - 1; i >= 0 && i >= b - 4; i--) {
                String ner = v.ner(i);
                if (v.pos(i).equals("CD") || ner.equals("MONEY") || ner.equals("NUMBER") || ner.equals("PERCENT")) {
                    return true;
                }
                if (v.isVerb(i) || v.word(i).equals(",") || !(v.isNoun(i) || v.pos(i).startsWith("JJ")
                        || v.word(i).equals("of"))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether a value stands in a clause opened by "if" or "unless" ("If the track sold 500,000
         * copies, more than £1m would be raised"): a supposition states nothing that can be checked.
         */
        private boolean inACondition(int b) {
            for (int k = b - 1; k >= 0; k--) {
                String w = v.word(k).toLowerCase(Locale.ROOT);
                if (w.equals(",") || w.equals(";") || w.equals(":") || v.isQuoteMark(k)) {
                    return false;
                }
                if ((w.equals("if") || w.equals("unless")) && v.pos(k).equals("IN")) {
                    return true;
                }
            }
            return false;
        }

        /** Numbers that are ages, years, addresses or parts of other expressions, not checkable values. */
        private boolean isNotAValue(Mention m, int b, int e) {
            String text = m.text().toLowerCase(Locale.ROOT);
            String next = v.word(e);
            String after = v.text(e, Math.min(e + 3, v.size())).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            if (after.startsWith("year-old") || after.startsWith("years-old") || after.startsWith("-year-old")) {
                return true; // "a 22 year-old resident": an age
            }
            if (text.contains("year-old") || text.contains("years old") || next.startsWith("-year-old")
                    || (next.equals("-") && v.word(e + 1).startsWith("year")) || next.equals("year-old")
                    || (v.word(e).startsWith("year") && v.word(e + 1).equals("old"))) {
                return true;
            }
            if (m.type() == MentionType.DURATION && text.matches("(a |the )?second") && (v.pos(e).startsWith("JJ") || v.isNoun(e))) {
                return true; // "a second Western official": an ordinal, not a duration
            }
            if (m.type() == MentionType.NUMBER && (text.matches("[a-z0-9]+-[a-z]+ed") || v.word(e).matches("-[a-z]+ed"))) {
                return true; // "two-handed backhands", "a one-sided final", "three-pronged": a manner, not a count
            }
            if (m.type() == MentionType.NUMBER && isScore(text, b, e)) {
                return true; // "a 3-1 lead", "won 6-3 7-6": a score of two sides, not a count
            }
            if (m.type() == MentionType.NUMBER && text.matches("(1[89]|20)\\d\\d\\s*[-–]\\s*(\\d\\d|(1[89]|20)\\d\\d)")) {
                return true; // "2016-19": a span of years
            }
            if (m.type() == MentionType.DURATION && text.matches("(a|an|per|one) (year|month|week|day|hour)")
                    && closesAFigure(b)) {
                return true; // "$1.1bn a year", "30,000 tonnes a year": the period of the figure before it
            }
            if (text.equals("one") && v.word(e).equals("of") && (v.pos(e + 1).equals("JJS") || v.pos(e + 2).equals("JJS"))) {
                return true; // "one of the largest": a ranking, not a count
            }
            if (v.word(b - 1).equals("(") || v.word(b - 1).equals("-lrb-")) {
                return true; // "10 kilometers (six miles)": a conversion of the value before it
            }
            if (m.type() == MentionType.NUMBER) {
                if (text.matches("(1[89]|20)\\d\\d")) {
                    return true; // a year written as a bare number
                }
                if (v.pos(e).equals("NNP") && v.ner(e).equals("O") && v.pos(e + 1).equals("NNP")) {
                    return true; // "10 Downing Street"
                }
                int name = b - 1;
                while (name >= 0 && v.pos(name).equals("NNP")) {
                    name--;
                }
                if (name < b - 1 && name >= 0 && v.pos(name).equals("CD")) {
                    return true; // "70 Boeing 737-800 planes": a figure after a count and a name is the model's
                }
                if (v.word(b - 1).equals("aged") || v.word(b - 1).equals("age")) {
                    return true;
                }
            }
            return m.type() == MentionType.DATE && VAGUE_DATES.contains(text);
        }

        /**
         * Whether pairs of numbers are a score ({@link Scores}): so by themselves, or beside a
         * tie-break in brackets or a word of results ("a 2-1 win", "drew 1-2", "a 4-5 vote").
         */
        private boolean isScore(String text, int b, int e) {
            if (Scores.read(text).isEmpty()) {
                return false;
            }
            boolean bracketAfter = v.word(e).equals("(") || v.word(e).equalsIgnoreCase("-lrb-");
            int noun = v.pos(e).startsWith("JJ") || v.isCommonNoun(e) && v.isCommonNoun(e + 1) ? e + 1 : e;
            return Scores.isScoreByItself(text) || bracketAfter && Scores.read(v.word(e + 1)).isPresent()
                    || Lexicons.SCORE_WORDS.contains(v.lemma(noun).toLowerCase(Locale.ROOT))
                    || b > 0 && v.isVerb(b - 1) && Lexicons.SCORE_WORDS.contains(v.lemma(b - 1).toLowerCase(Locale.ROOT));
        }

        private int hedgeStart(int b) {
            return NumberNormalizer.hedgeStart(v.sentence.tokens(), b);
        }

        /** "a Briton", "an official": a count of one person where the article counts its sources or victims. */
        private void indefinitePeopleCounts() {
            for (int i = 0; i + 1 < v.size(); i++) {
                String w = v.word(i);
                if (!(w.equals("a") || w.equals("an")) || !v.pos(i).equals("DT")) {
                    continue;
                }
                int head = i + 1;
                while (head < v.size() && (v.pos(head).equals("JJ") && (v.pos(head + 1).equals("JJ") || v.isNoun(head + 1))
                        || (v.pos(head).equals("NNP") || v.pos(head).equals("NN")) && v.isNoun(head + 1))
                        && !(Attributions.namesPeople(v, head) && !v.isNoun(head + 1)
                             && (!v.pos(head + 1).equals("JJ") || v.word(head + 1).equals("familiar")))) {
                    head++;
                }
                if (head >= v.size() || v.isNoun(head + 1) || isVagueQuantity(i, head + 1)
                        || describesAName(i)) {
                    // "The United States, a close partner of ...": an appositive describes a name, it counts nothing
                    continue; // "a few injured" is a vague count, read by vagueCounts
                }
                boolean demonym = v.pos(head).equals("NNP") && v.ner(head).equals("MISC") && lexicon.namesPeople(v.lemma(head));
                boolean person = (v.pos(head).equals("NN") && lexicon.namesPeople(v.lemma(head))) || demonym
                        || Attributions.namesPeople(v, head);
                if (!person || !(s.attributions.speakerStartingAt(i) || nearVictimVerb(head))) {
                    continue;
                }
                Draft d = new Draft(MentionType.NUMBER, null, i, i, head + 1);
                d.predicate = Predicates.of(s, i, head + 1);
                d.indefiniteHead = head;
                drafts.add(d);
            }
        }

        /** A vague quantity read from quantifier words alone ("several hundred"), not from "several residents". */
        private boolean isQuantifierOnly(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!VAGUE_STARTS.contains(v.word(k)) && !QUANTIFIER_WORDS.contains(v.word(k))) {
                    return false; // "several villages," and "thousands more in" are not quantifiers alone
                }
            }
            Optional<Quantity> q = numbers.normalize(v.text(from, to));
            return q.isPresent() && q.get().hedge() == Hedge.VAGUE
                    && (q.get().unit() == null || q.get().unit().isBlank());
        }

        /** "The United States, a close partner of South Sudan, ...": an appositive between commas after a name. */
        private boolean describesAName(int article) {
            String ner = v.ner(article - 2);
            if (!v.word(article - 1).equals(",") || !v.pos(article - 2).startsWith("NNP") || ner.equals("O")
                    || ner.equals("DATE") || ner.equals("TIME") || ner.equals("NUMBER")) {
                return false;
            }
            for (int k = article + 1; k < v.size() && k <= article + 10; k++) {
                if (v.word(k).equals(",")) {
                    return true;
                }
                if (v.isVerb(k)) {
                    return false;
                }
            }
            return false;
        }

        private boolean isVagueQuantity(int from, int to) {
            Optional<Quantity> q = numbers.normalize(v.text(from, to));
            return q.isPresent() && q.get().hedge() == Hedge.VAGUE;
        }

        /**
         * Counts written with a quantifier and no digit that the tagger did not mark as numbers:
         * "a few injured", "several hundred protesters", "thousands of people". Only when a
         * counted noun (or a casualty word) follows: a bare "several" says nothing checkable.
         */
        private void vagueCounts() {
            for (int i = 0; i < v.size(); i++) {
                if (s.covered(i) || !VAGUE_STARTS.contains(v.word(i))) {
                    continue;
                }
                for (int len = Math.min(3, v.size() - i); len >= 1; len--) {
                    int end = i + len;
                    if (s.covered(end - 1) || v.word(end - 1).equals("of") || !isQuantifierOnly(i, end) || !countsSomething(end)) {
                        continue;
                    }
                    int begin = hedgeStart(i);
                    Draft d = new Draft(MentionType.NUMBER, null, begin, i, end);
                    d.vague = true;
                    d.predicate = Predicates.of(s, begin, end);
                    drafts.add(d);
                    i = end - 1;
                    break;
                }
            }
        }

        /**
         * "in the 88th minute", "an 89th-minute winner", "on the 12th lap": an ordinal position
         * in a sequence is a checkable value. The tagger leaves it untagged or calls it a date
         * (which would put a false calendar date on it), so it is found here and replaces that.
         */
        private void ordinalPositions() {
            for (int i = 0; i < v.size(); i++) {
                if (!v.word(i).matches("\\d+(st|nd|rd|th)")) {
                    continue;
                }
                int noun = v.word(i + 1).equals("-") ? i + 2 : i + 1;
                if (!Units.isSequenceNoun(v.word(noun).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int at = i;
                drafts.removeIf(d -> d.begin <= at && at < d.end);
                Draft d = new Draft(MentionType.NUMBER, null, i, i, noun + 1);
                d.measured = true;
                d.predicate = Predicates.of(s, i, noun + 1);
                drafts.add(d);
            }
        }

        /**
         * "in the April-June period": a period named by its months, which the tagger leaves
         * untagged; kept when the date normaliser reads it (a calendar quarter).
         */
        private void monthRangePeriods() {
            for (int i = 0; i + 3 < v.size(); i++) {
                if (s.covered(i) || !v.pos(i).equals("NNP") || !v.pos(i + 2).equals("NNP")
                        || !(v.word(i + 1).equals("-") || v.word(i + 1).equals("to") || v.word(i + 1).equals("through"))
                        || !(v.word(i + 3).equals("period") || v.word(i + 3).equals("quarter"))) {
                    continue;
                }
                int begin = v.word(i - 1).equalsIgnoreCase("the") ? i - 1 : i;
                String text = v.text(begin, i + 4);
                DateContext probe = new DateContext(article.published(), Tense.UNKNOWN, null, null);
                if (dates.normalize(text, probe).isEmpty()) {
                    continue;
                }
                Mention m = new Mention(v.startOf(begin), v.endOf(i + 3), text, MentionType.DATE, null, begin, i + 4, null);
                Draft d = new Draft(MentionType.DATE, m, begin, begin, i + 4);
                d.predicate = Predicates.of(s, begin, i + 4);
                drafts.add(d);
            }
        }

        /**
         * "half a percentage point", "a quarter of an hour": a fraction of one unit, which
         * the tagger does not mark as a number. Kept only when it measures something.
         */
        private void fractionsOfAUnit() {
            for (int i = 0; i < v.size(); i++) {
                String w = v.word(i).toLowerCase(Locale.ROOT);
                if (s.covered(i) || !(w.equals("half") || w.equals("quarter") || w.equals("third") || w.equals("quarters"))) {
                    continue;
                }
                int begin = i > 0 && Set.of("a", "one", "three", "two").contains(v.word(i - 1).toLowerCase(Locale.ROOT))
                        && !w.equals("half") ? i - 1 : i;
                for (int end = i + 2; end <= Math.min(v.size(), i + 5); end++) {
                    Optional<Quantity> q = numbers.normalize(v.text(begin, end));
                    if (q.isPresent() && Units.isMeasure(q.get().unit())
                            && !q.get().unit().equals(Units.PERCENT) && !s.covered(end - 1)) {
                        int from = hedgeStart(begin);
                        Draft d = new Draft(MentionType.NUMBER, null, from, begin, end);
                        d.measured = true;
                        d.predicate = Predicates.of(s, from, end);
                        drafts.add(d);
                        i = end - 1;
                        break;
                    }
                }
            }
        }

        /**
         * "Turnout was 38%, the lowest since 1998": the date is the baseline of a record set by
         * the value before it, so it is about that value's subject ("Turnout lowest"), not the
         * event of some verb across the commas.
         */
        private void recordBaselines() {
            for (int k = 1; k < drafts.size(); k++) {
                Draft date = drafts.get(k);
                Draft value = drafts.get(k - 1);
                int since = date.begin - 1;
                if (date.type != MentionType.DATE || value.type == MentionType.DATE || !v.word(since).equalsIgnoreCase("since")) {
                    continue;
                }
                int superlative = -1;
                boolean aside = v.word(value.end).equals(",");
                for (int t = value.end + 1; t < since && aside; t++) {
                    if (v.pos(t).equals("JJS") || v.pos(t).equals("RBS") || v.ner(t).equals("ORDINAL")) {
                        superlative = t;
                    }
                    aside = v.pos(t).equals("DT") || v.pos(t).startsWith("JJ") || v.pos(t).equals("RBS")
                            || v.isCommonNoun(t) || v.ner(t).equals("ORDINAL");
                }
                String subject = value.subject != null ? value.subject : NounPhrases.clauseSubject(s, value);
                if (aside && superlative >= 0 && subject != null) {
                    date.predicate = value.predicate;
                    date.eventSubject = subject + " " + v.word(superlative).toLowerCase(Locale.ROOT);
                }
            }
        }

        /**
         * "two hours, two minutes and 17 seconds": the tagger gives three durations; the time
         * is one value, the parts joined by commas and "and" in falling units.
         */
        private void joinCompoundDurations() {
            drafts.sort((a, b) -> Integer.compare(a.begin, b.begin));
            for (int k = 0; k + 1 < drafts.size(); k++) {
                Draft first = drafts.get(k);
                Draft next = drafts.get(k + 1);
                if (first.type != MentionType.DURATION || next.type != MentionType.DURATION || next.begin <= first.end) {
                    continue;
                }
                boolean joined = true;
                for (int t = first.end; t < next.begin && joined; t++) {
                    joined = v.word(t).equals(",") || v.word(t).equals("and");
                }
                Optional<Quantity> whole = numbers.normalize(v.text(first.begin, next.end));
                Optional<Quantity> part = numbers.normalize(v.text(first.begin, first.end));
                if (!joined || whole.isEmpty() || part.isEmpty() || whole.get().unit().equals(part.get().unit())) {
                    continue; // not one value written in parts: "for two days and three nights"
                }
                Draft merged = new Draft(MentionType.DURATION, first.mention, first.begin, first.valueBegin, next.end);
                merged.predicate = first.predicate;
                drafts.set(k, merged);
                drafts.remove(k + 1);
                k--;
            }
        }

        /**
         * "between September 18 and September 22", "from Monday to Wednesday": the tagger marks
         * each end as a date of its own; the claim is the span.
         */
        private void joinDateSpans() {
            drafts.sort((a, b) -> Integer.compare(a.begin, b.begin));
            for (int k = 0; k + 1 < drafts.size(); k++) {
                Draft first = drafts.get(k);
                Draft next = drafts.get(k + 1);
                String opener = v.word(first.begin - 1);
                String joiner = v.word(first.end);
                boolean spanWords = opener.equals("between") ? joiner.equals("and")
                        : opener.equals("from") && Set.of("to", "through", "until").contains(joiner);
                if (first.type != MentionType.DATE || next.type != MentionType.DATE || next.begin != first.end + 1
                        || !spanWords) {
                    continue;
                }
                String text = v.text(first.valueBegin, next.end);
                DateContext probe = new DateContext(article.published(), Tense.UNKNOWN, null, null);
                if (dates.normalize(text, probe).isEmpty()) {
                    continue;
                }
                Mention span = new Mention(v.startOf(first.valueBegin), v.endOf(next.end - 1), text, MentionType.DATE,
                        null, first.valueBegin, next.end, null);
                Draft merged = new Draft(MentionType.DATE, span, first.begin - 1, first.valueBegin, next.end);
                merged.predicate = first.predicate;
                drafts.set(k, merged);
                drafts.remove(k + 1);
            }
        }

        /** Whether a counted thing follows a quantifier ending before {@code k}: "of" + noun, a noun, or "dead". */
        private boolean countsSomething(int k) {
            if (v.word(k).equals("more") && !v.isNoun(k + 1)) {
                return true; // "and tens of thousands more": the sentence's earlier count says what
            }
            if (v.word(k).equals("of")) {
                k++;
                while (v.pos(k).equals("DT") || v.pos(k).startsWith("JJ")) {
                    k++;
                }
                return v.isCommonNoun(k);
            }
            while (v.pos(k).startsWith("JJ") && !Lexicons.CASUALTY_STATES.containsKey(v.word(k))) {
                k++;
            }
            return v.isCommonNoun(k) || Lexicons.CASUALTY_STATES.containsKey(v.word(k)) && !v.isNoun(k + 1);
        }

        /** "a Briton was killed", "killing a man": the noun phrase is what the event counts. */
        private boolean nearVictimVerb(int head) {
            int k = head + 1;
            if (v.lemma(k).equals("be")) {
                k++;
            }
            if (v.pos(k).equals("VBN") && !Lexicons.SPEECH_VERBS.contains(v.lemma(k))) {
                return true;
            }
            int before = head - 1;
            while (before >= 0 && !v.isVerb(before) && head - before < 4) {
                before--;
            }
            return before >= 0 && v.isVerb(before) && v.pos(before).equals("VBG")
                    && !Lexicons.SPEECH_VERBS.contains(v.lemma(before));
        }

        /** "from more than 5,000 to about 3,000 by the end of the month": from, to and by, when a sentence has several values. */
        private void assignRoles() {
            if (drafts.size() < 2) {
                return;
            }
            Draft target = null;
            for (Draft d : drafts) {
                String prep = v.word(d.begin - 1);
                if (s.attributions.inSpeaker(d.begin)) {
                    continue;
                }
                if ((prep.equals("from") || prep.equals("to") || prep.equals("by")) && attachesToPredicate(d)) {
                    d.role = prep;
                    if (prep.equals("to")) {
                        target = d;
                    }
                } else if (target != null && d.type == MentionType.DATE && d.begin > target.begin
                        && (prep.equals("in") || prep.equals("before") || prep.equals("until") || prep.equals("within"))
                        && attachesToPredicate(d)) {
                    d.role = "by"; // "reduce ... to 3,000 in September": when the target is to be reached
                }
            }
        }

        /**
         * Whether the value's preposition belongs to its predicate ("reduce ... to 3,000") rather
         * than to a noun in an aside ("Qeshm island, home to 120,000 people"): no comma between.
         */
        private boolean attachesToPredicate(Draft d) {
            if (d.predicate == null) {
                return false;
            }
            for (int i = d.begin - 1; i >= 0; i--) {
                if (v.word(i).equals(",") || v.word(i).equals(";")) {
                    return false;
                }
                if (v.isVerb(i) && v.lemma(i).equals(d.predicate)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Another two people were killed", "A further 5 ...", "two more bodies were found", "Four
         * other people died": a count added to a total the reader already has, not the total. It is
         * compared only with other additions (role {@link Claim#ADDED}). After another count of the
         * same sentence the words mean "others" ("killing three and injuring dozens more", "two died
         * and another 12 were hurt"): that count is a total of its own.
         */
        private void markAdditions() {
            boolean countBefore = false;
            for (Draft d : drafts) {
                if (d.type != MentionType.NUMBER) {
                    continue;
                }
                boolean addedBefore = ADDITION_WORDS.contains(v.word(d.begin - 1));
                String after = v.word(d.end);
                boolean moreAfter = after.equals("more") && !v.word(d.end + 1).equals("than")
                        || after.equals("other") || after.equals("others");
                if (!countBefore && d.role == null && (addedBefore || moreAfter)) {
                    d.role = Claim.ADDED;
                }
                countBefore = true;
            }
        }


    }
}
