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
    private final Stage valueClaims;

    public ClaimExtractor() {
        this(new NumberNormalizer(), new DateNormalizer(), WordNetLexicon.shared());
    }

    public ClaimExtractor(NumberNormalizer numbers, DateNormalizer dates, WordNetLexicon lexicon) {
        this.numbers = numbers;
        this.dates = dates;
        this.lexicon = lexicon;
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
            borrowUnits();
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
            d.predicate = predicate(hedgeBegin, e);
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
                    d.predicate = predicate(i, i + 1);
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

        /**
         * The event verb: the nearest main verb to the value, skipping auxiliaries, the speech
         * verbs and speakers of attributions (the value is in the reported content).
         */
        private String predicate(int begin, int end) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            String speech = null;
            String auxiliary = null;
            int auxiliaryDistance = Integer.MAX_VALUE;
            String auxiliaryAcrossComma = null;
            for (int i = 0; i < v.size(); i++) {
                if (!v.isVerb(i) || (i >= begin && i < end)) {
                    continue;
                }
                if (i == end && (v.pos(i).equals("VBG") || v.pos(i).equals("VBN")) && v.isNoun(i + 1)) {
                    continue; // "20 remaining crew": a modifier of the counted noun, not the event
                }
                String lemma = v.lemma(i);
                if (v.pos(i).equals("VBN") && (v.word(i + 1).equals("with") || v.word(i + 1).equals("to"))
                        && Lexicons.COMPARISON_VERBS.contains(lemma)) {
                    continue; // "cut the risk by 20% compared with a placebo": a preposition, the event is "cut"
                }
                if (Lexicons.AUXILIARIES.contains(lemma) || lemma.equals("accord")) {
                    int distance = Math.abs(i - begin);
                    if (!lemma.equals("accord") && distance < auxiliaryDistance && !commaBetween(i, begin, end)) {
                        auxiliaryDistance = distance; // "the mission has 12,000 soldiers": the only verb there is
                        auxiliary = lemma;
                    } else if (!lemma.equals("accord") && i < begin && auxiliaryAcrossComma == null) {
                        auxiliaryAcrossComma = lemma; // "Turnout was 38%, the lowest since 1998": the clause the aside qualifies
                    }
                    continue;
                }
                if (Lexicons.SPEECH_VERBS.contains(lemma) || s.attributions.inSpeaker(i)) {
                    speech = speech == null ? lemma : speech;
                    continue;
                }
                int distance = i < begin ? begin - i : (i - end + 1) + 1;
                if (commaBetween(i, begin, end)) {
                    distance += 100; // a verb across a comma governs the value only when no other does
                } else if (i < begin && conjunctionBetween(i, begin)) {
                    distance += 20; // "injured 5 people and 10 houses were damaged": the next clause's verb
                } else if (i >= end && complementizerBetween(end, i)) {
                    distance += 20; // "asked on Monday whether he would close": the value dates the asking
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = lemma;
                }
            }
            if (best == null) {
                // "7 people were dead": no event verb, the casualty word says what happened
                for (int k = end; k < v.size() && k <= end + 3; k++) {
                    String event = Lexicons.CASUALTY_STATES.get(v.word(k));
                    if (event != null && v.pos(k).startsWith("JJ")) {
                        return event;
                    }
                }
            }
            if (best == null && auxiliary != null) {
                return auxiliary; // "Turnout was 82%, the council said": the copula of the value's own clause
            }
            if (best == null && auxiliaryAcrossComma != null) {
                return auxiliaryAcrossComma;
            }
            return best != null ? best : speech;
        }

        private boolean commaBetween(int verb, int begin, int end) {
            int from = verb < begin ? verb + 1 : end;
            int to = verb < begin ? begin : verb;
            for (int k = from; k < to; k++) {
                if (v.word(k).equals(",")) {
                    return true;
                }
            }
            return false;
        }

        private boolean conjunctionBetween(int verb, int begin) {
            for (int k = verb + 1; k < begin; k++) {
                if (v.pos(k).equals("CC")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A clause opened after the value ("whether", "that", "if", or a subordinator such as
         * "after she tested", "when the bus overturned") holds a verb the value does not hang on.
         */
        private boolean complementizerBetween(int end, int verb) {
            for (int k = end; k < verb; k++) {
                String w = v.word(k).toLowerCase(java.util.Locale.ROOT);
                if ((w.equals("whether") || w.equals("that") || w.equals("if")) && v.pos(k).equals("IN")) {
                    return true;
                }
                if (Lexicons.SUBORDINATORS.contains(w) && (v.pos(k).equals("IN") || v.pos(k).equals("WRB"))
                        && (v.pos(k + 1).startsWith("PRP") || v.pos(k + 1).equals("DT") || v.pos(k + 1).startsWith("NN"))
                        && v.isVerb(verb) && verb > k) {
                    return true; // "banned for four years after she tested positive": the ban lasts, not the test
                }
            }
            return false;
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
                d.predicate = predicate(i, head + 1);
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
                    d.predicate = predicate(begin, end);
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
                d.predicate = predicate(i, noun + 1);
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
                d.predicate = predicate(begin, i + 4);
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
                        d.predicate = predicate(from, end);
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

        /** In "from 5,000 to 3,000 troops" the first number counts what the second does. */
        private void borrowUnits() {
            for (Draft d : drafts) {
                resolveUnit(d);
            }
            for (Draft d : drafts) {
                // a unit read off the noun after the partner's number beats one guessed from the object
                if (d.headWord == null && d.role != null && d.type == MentionType.NUMBER) {
                    for (Draft other : drafts) {
                        if (other != d && other.headWord != null && other.role != null && other.type == MentionType.NUMBER) {
                            d.unit = other.unit;
                            d.subject = other.subject;
                            break;
                        }
                    }
                }
            }
        }

        /**
         * "46.9C", "2.5pc": the tokenizer cut a unit written together with its digits into a token of
         * its own, which would pass for the thing measured. It is part of the value (the normaliser
         * reads it); what the value measures comes from its clause, as for any measure.
         */
        private boolean unitCutFromDigits(Draft d) {
            int k = d.end;
            if (k >= v.size() || v.startOf(k) != v.endOf(k - 1) || Units.measureOfWord(v.word(k)).isEmpty()) {
                return false;
            }
            int end = v.word(k + 1).equals("/") && v.word(k + 2).matches("h|hr|hour") ? k + 3 : k + 1;
            Optional<Quantity> q = numbers.normalize(v.text(d.valueBegin, end));
            if (q.isEmpty() || !Units.isMeasure(q.get().unit())) {
                return false;
            }
            d.end = end;
            d.measured = true;
            return true;
        }

        /** The counted noun after the number ("5,000 U.S. troops in Iraq"), else the figure's noun before it. */
        private void resolveUnit(Draft d) {
            if (d.type != MentionType.NUMBER || d.measured || unitCutFromDigits(d)) {
                return;
            }
            if (d.indefiniteHead >= 0) {
                d.unit = unitOf(d.indefiniteHead);
                d.subject = v.text(d.begin + 1, d.indefiniteHead + 1) + tail(d.indefiniteHead + 1);
                return;
            }
            if (v.word(d.end).equals("more") && !v.isNoun(d.end + 1)) {
                // "killed 170,000 people ... and tens of thousands more": the count before it in the sentence
                for (Draft earlier : drafts) {
                    if (earlier != d && earlier.begin < d.begin && earlier.unit != null && earlier.type == MentionType.NUMBER) {
                        d.unit = earlier.unit;
                        d.subject = earlier.headWord != null ? earlier.headWord + tail(d.end + 1) : earlier.subject;
                    }
                }
                if (d.unit != null) {
                    return;
                }
            }
            int k = d.end;
            if (v.word(k).equals("of") && (d.vague || d.mention != null && d.mention.text().matches("(?i).*[a-z]s"))) {
                k++; // "dozens of people"
            } else if (v.word(k).equals("of") && (v.pos(k + 1).equals("DT") || v.pos(k + 1).equals("PRP$")
                    || v.pos(k + 2).equals("POS"))) {
                // a part of a whole, "1,800 of the new arrivals", "162 of parliament's 300 seats": the whole's noun
                k++;
                boolean countedWhole = false;
                while (v.pos(k).equals("DT") || v.pos(k).equals("PRP$") || v.pos(k).equals("CD") || v.pos(k).equals("POS")
                        || v.isNoun(k) && v.pos(k + 1).equals("POS")) {
                    countedWhole |= v.pos(k).equals("CD");
                    k++;
                }
                String event = Lexicons.CASUALTY_STATES.get(v.word(k));
                if (event != null && !v.isNoun(k + 1)) {
                    // "at least 25 of the injured": people in that state
                    d.unit = "person";
                    d.subject = "people " + v.word(k) + tail(k + 1);
                    // "30 of the 80 wounded remained in hospital": a part of a counted whole is not the
                    // whole's toll; it is counted by what the part did
                    String own = countedWhole ? predicate(d.begin, k + 1) : null;
                    d.predicate = own != null ? own : event;
                    if (own != null) {
                        d.subject = d.subject + " (part of " + v.text(d.end + 1, k + 1) + ")";
                    }
                    return;
                }
            }
            int first = k;
            int head = -1;
            // "about 50 hurt": a casualty word, even when tagged a noun, is read below
            boolean casualtyWord = Lexicons.CASUALTY_STATES.containsKey(v.word(k)) && !v.isNoun(k + 1);
            while (!casualtyWord && k < v.size() && (v.pos(k).startsWith("JJ") || v.isNoun(k) || v.pos(k).equals("HYPH")
                    || (v.pos(k).equals("VBN") || v.pos(k).equals("VBG") || v.pos(k).equals("VBD")) && v.isNoun(k + 1))) {
                if (v.isNoun(k)) {
                    head = k;
                }
                k++;
                if (head >= 0 && !v.isNoun(k)) {
                    break;
                }
            }
            if (head >= 0 && v.word(head + 1).equals("/") && v.word(head + 2).matches("(?i)h|hr|hour")) {
                head += 2; // "195 km/h": a speed, the whole unit
            }
            if (head >= 0) {
                setUnit(d, first, head);
                d.headWord = v.text(first, head + 1);
                return;
            }
            for (int j = first; j < k; j++) {
                if (v.ner(j).equals("MISC") && !v.isCommonNoun(j + 1) && lexicon.namesPeople(v.lemma(j))) {
                    // a nationality counts people: "3,400 Congolese fled", "two Britons"
                    d.unit = unitOf(j);
                    d.subject = v.text(first, j + 1) + placeInSentence(j + 1);
                    d.headWord = v.text(first, j + 1);
                    return;
                }
            }
            String event = Lexicons.CASUALTY_STATES.get(v.word(d.end));
            if (event != null && !v.isNoun(d.end + 1)) {
                // "12 dead", "a few injured": people in that state, counted by the event that put them there
                d.unit = "person";
                d.subject = "people " + v.word(d.end) + placeInSentence();
                d.predicate = event;
                return;
            }
            int of = d.begin - 1;
            if (v.word(of).equals(":") && v.isCommonNoun(of - 1) && of - 1 == datelineEnd) {
                setUnit(d, of - 1, of - 1); // "Attendance: 83,104": a labelled figure
                return;
            }
            if (v.word(of).equals("of") && v.isCommonNoun(of - 1)) {
                // "a crowd of more than 80,000", "a death toll of 12": the noun the value measures
                int start = of - 1;
                while (start - 1 >= 0 && (v.isCommonNoun(start - 1) || v.pos(start - 1).startsWith("JJ"))) {
                    start--;
                }
                setUnit(d, start, of - 1);
                return;
            }
            if (objectBeforeValue(d)) {
                return;
            }
            subjectOfPredicate(d);
        }

        /** "reduce its force level in Iraq from 5,000": the object of the predicate, before the value. */
        private boolean objectBeforeValue(Draft d) {
            int verb = -1;
            for (int i = d.begin - 1; i >= 0 && d.begin - i <= 12; i--) {
                if (v.isVerb(i) && v.lemma(i).equals(d.predicate)) {
                    verb = i;
                    break;
                }
            }
            if (verb < 0) {
                return false;
            }
            int start = verb + 1;
            while (start < d.begin && !v.isCommonNoun(start)) {
                start++;
            }
            int headIndex = start;
            while (headIndex + 1 < d.begin && v.isCommonNoun(headIndex + 1)) {
                headIndex++;
            }
            if (start < d.begin && v.isCommonNoun(headIndex)) {
                while (start - 1 > verb && (v.pos(start - 1).startsWith("JJ") || v.pos(start - 1).startsWith("NNP"))) {
                    start--;
                }
                setUnit(d, start, headIndex);
                return true;
            }
            return false;
        }

        /**
         * "The death toll rose to 12", "this number is expected to reduce to 3,000": the value's
         * clause subject says what is counted. A figure noun alone ("this number", "the toll")
         * refers back to the previous count of the article; a toll of an event noun is counted by
         * the event ("death toll" -> die).
         */
        private void subjectOfPredicate(Draft d) {
            int verb = -1;
            for (int i = d.begin - 1; i >= 0 && d.begin - i <= 8; i--) {
                if (v.isVerb(i) && v.lemma(i).equals(d.predicate)) {
                    verb = i;
                    break;
                }
            }
            if (verb < 0) {
                return;
            }
            // the clause's first noun phrase: "The death toll from Monday's shelling of a market has risen to 11"
            int clauseStart = datelineEnd;
            for (int i = verb - 1; i >= datelineEnd; i--) {
                if (v.word(i).equals(",") || v.word(i).equals(";") || v.word(i).equals("that") || v.pos(i).equals("CC")) {
                    clauseStart = i + 1;
                    break;
                }
            }
            int j = clauseStart;
            while (j < verb && !v.isCommonNoun(j)) {
                j++;
            }
            while (j + 1 < verb && v.isCommonNoun(j + 1)) {
                j++;
            }
            if (j >= verb || !v.isCommonNoun(j)) {
                return;
            }
            int start = j;
            while (start - 1 >= 0 && (v.isNoun(start - 1) || v.pos(start - 1).startsWith("JJ") || v.pos(start - 1).equals("DT")
                    || v.pos(start - 1).equals("PRP$") || v.pos(start - 1).equals("POS"))) {
                start--;
            }
            int first = start;
            while (first < j && (v.pos(first).equals("DT") || v.pos(first).equals("PRP$"))) {
                first++;
            }
            boolean figure = Lexicons.MEASURE_WORDS.contains(v.lemma(j));
            String prep = v.word(d.begin - 1);
            boolean level = Lexicons.LEVEL_VERBS.contains(d.predicate) && verb == d.begin - 1;
            if (!figure && !(v.pos(j).equals("NNS") && (level || prep.equals("to") || prep.equals("at") || prep.equals("from")))) {
                return; // "the company employs 5,000": the subject is not what is counted
            }
            boolean figureAlone = figure && first == j && !v.word(j + 1).equals("of");
            if (figureAlone) {
                if (state.lastCountUnit != null && (v.word(start).equals("this") || v.word(start).equals("that")
                        || v.word(start).equals("the"))) {
                    d.unit = state.lastCountUnit;
                    d.subject = state.lastCountSubject;
                }
                return;
            }
            setUnit(d, first, j);
        }

            /** The counted noun in the normaliser's form ("troops" -> "troop", "people" -> "person"). */
        private String unitOf(int i) {
            String unit = Units.singularNoun(v.word(i));
            return unit.equals("other") ? "person" : unit; // "fourteen others were wounded": people, as in news
        }

        private void setUnit(Draft d, int first, int head) {
            int unitToken = head;
            if (Lexicons.MEASURE_WORDS.contains(v.lemma(head)) && v.word(head + 1).equals("of")) {
                // "the number of troops" counts troops
                int k = head + 2;
                while (k < v.size() && (v.pos(k).startsWith("JJ") || v.pos(k).startsWith("NNP") || v.pos(k).equals("DT"))) {
                    k++;
                }
                if (v.isCommonNoun(k)) {
                    d.unit = unitOf(k);
                    d.subject = v.text(first, k + 1) + tail(k + 1);
                    return;
                }
            }
            if (Lexicons.MEASURE_WORDS.contains(v.lemma(head)) && head - 1 >= first && v.isNoun(head - 1)) {
                unitToken = head - 1; // "death toll" counts deaths, "force level" counts forces
                String eventVerb = lexicon.eventVerb(unitOf(unitToken));
                if (eventVerb != null) {
                    d.predicate = eventVerb; // "the death toll rose", "bringing the death toll to 11": who died
                }
            }
            String determiner = v.word(head - 1);
            if (unitToken == head && Lexicons.MEASURE_WORDS.contains(v.lemma(head)) && state.lastCountUnit != null
                    && Set.of("this", "that", "the", "its", "their").contains(determiner)) {
                // "reduced its numbers to around 5,200", "the figure rose": the article's last count
                d.unit = state.lastCountUnit;
                d.subject = state.lastCountSubject;
                return;
            }
            d.unit = unitOf(unitToken);
            d.subject = v.text(first, head + 1) + tail(head + 1);
            String casualty = Lexicons.CASUALTY_NOUNS.get(d.unit);
            if (casualty != null) {
                d.unit = "person"; // "52 deaths", "the death toll": people who died
                d.predicate = casualty;
            }
        }

        /**
         * Where the sentence places its figures when the noun phrase does not: the first "in/at/near
         * + place" of the sentence ("In neighbouring Central Aceh district, 10 people were killed"
         * -> "in Central Aceh district"). A destination ("into Uganda", "to the Bunagana area")
         * places the count only right after it, where its verb moves the counted people ("3,000
         * refugees crossed into Uganda"), not elsewhere ("slammed into India, killing five people").
         */
        private String placeInSentence() {
            return placeInSentence(-1);
        }

        private String placeInSentence(int after) {
            for (Mention m : v.sentence.mentions()) {
                if (m.type() != MentionType.LOCATION) {
                    continue;
                }
                for (int k = m.tokenBegin() - 1; k >= 0 && m.tokenBegin() - k <= 3; k--) {
                    String w = v.word(k);
                    boolean destination = w.equals("into") || w.equals("to") || w.equals("across");
                    boolean right = after >= 0 && k >= after && k - after <= 3;
                    if (w.equals("in") || w.equals("at") || w.equals("near") || w.equals("inside") || destination && right) {
                        int end = m.tokenEnd();
                        while (end < v.size() && v.isCommonNoun(end)) {
                            end++; // "Central Aceh district"
                        }
                        return " " + w + " " + v.text(m.tokenBegin(), end);
                    }
                    if (v.word(k).equals(",") || v.pos(k).equals("IN") || v.isVerb(k) && !v.pos(k).equals("VBG")) {
                        break;
                    }
                }
            }
            return "";
        }

        /** A short "in Iraq" / "of the province" tail after a noun phrase, else the sentence's place. */
        private String tail(int k) {
            String prep = v.word(k);
            if (!(prep.equals("in") || prep.equals("of") || prep.equals("at") || prep.equals("on") || prep.equals("from"))
                    || v.ner(k + 1).equals("DATE") || v.ner(k + 1).equals("TIME")) {
                return placeInSentence(k); // "the death toll from Monday's shelling": a date is no place
            }
            int end = k + 1;
            while (end < v.size() && end - k <= 5 && (v.isNoun(end) || v.pos(end).equals("DT") || v.pos(end).equals("JJ")
                    || v.pos(end).equals("CD"))) {
                end++;
            }
            while (end > k + 1 && !v.isNoun(end - 1)) {
                end--;
            }
            return end > k + 1 ? " " + v.text(k, end) : "";
        }

    }
}
