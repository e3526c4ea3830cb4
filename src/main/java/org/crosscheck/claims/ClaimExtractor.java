package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.load.Article;
import org.crosscheck.load.Passage;
import org.crosscheck.load.PassageKind;
import org.crosscheck.nlp.AnnotatedDocument;
import org.crosscheck.nlp.Sentence;
import org.crosscheck.normalize.DateNormalizer;
import org.crosscheck.normalize.NumberNormalizer;

/**
 * Pulls the checkable claims out of an annotated article: one claim per number, amount,
 * percentage, date, duration, age or time of day in a body sentence or the headline (a wire dateline's date is publication meta,
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
 *
 * <p>Each body sentence goes through the {@link Stage}s below, in order, over one
 * {@link SentenceState}; what carries over to the next sentence is in {@link DocumentState}.
 */
public final class ClaimExtractor {

    private final List<Stage> stages;

    public ClaimExtractor() {
        this(new NumberNormalizer(), new DateNormalizer(), WordNetLexicon.shared());
    }

    public ClaimExtractor(NumberNormalizer numbers, DateNormalizer dates, WordNetLexicon lexicon) {
        this.stages = List.of(
                new ValueMentions(numbers, lexicon),
                new TimesOfDay(),
                new UntaggedFigures(numbers),
                new CountsWithoutDigits(numbers, lexicon),
                new UntaggedValues(numbers, dates),
                new JoinedValues(numbers, dates),
                new Ages(lexicon),
                new TextOrder(),
                new Roles(),
                new CountedUnits(numbers, lexicon),
                new PeopleCounts(lexicon),
                new RecordBaselines(),
                new SourceCounts(),
                new Speakers(),
                new ValueClaims(numbers, dates),
                new Statements());
    }

    /**
     * The claims of {@code article}: the body's in text order (statement claims after the values of
     * their sentence), then the headline's.
     */
    public List<Claim> extract(Article article, AnnotatedDocument doc) {
        DocumentState state = new DocumentState(doc);
        List<Claim> claims = new ArrayList<>();
        List<Claim> headlineClaims = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            PassageKind passage = passageOf(article, sentence);
            if (passage != PassageKind.BODY && passage != PassageKind.TITLE) {
                continue;
            }
            SentenceView view = new SentenceView(sentence);
            boolean newParagraph = startsParagraph(article, sentence, state);
            if (newParagraph) {
                state.paragraphSpeaker = null;
            }
            boolean headline = passage == PassageKind.TITLE;
            SentenceState s = new SentenceState(article, view, state, newParagraph && !headline ? Datelines.end(view) : 0,
                    headline);
            for (Stage stage : stages) {
                stage.apply(s);
            }
            (headline ? headlineClaims : claims).addAll(s.claims);
            state.afterSentence(sentence, s.claims, !s.attributions.isEmpty());
        }
        // the headline restates the report's news: its claims follow the body's, so the body's first
        // sentences stay the report's lead and a headline figure repeats the body's
        claims.addAll(headlineClaims);
        return claims;
    }

    /**
     * The kind of passage the sentence starts in (BODY when the article has no passages). Body
     * sentences and the headline carry claims; captions, teasers and other stories' headlines do not.
     */
    private static PassageKind passageOf(Article article, Sentence sentence) {
        if (article.passages().isEmpty()) {
            return PassageKind.BODY;
        }
        for (Passage p : article.passages()) {
            if (sentence.start() >= p.start() && sentence.start() < p.end()) {
                return p.kind();
            }
        }
        return PassageKind.OTHER_STORY;
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
}
