package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crosscheck.load.Article;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Sentence;

/**
 * One sentence as the stages read and fill it: its tokens and attributions (fixed), the drafts
 * found so far, its speaker, and the claims made from it. Each {@link Stage} reads what earlier
 * stages left here and adds its part.
 */
final class SentenceState {
    final Article article;
    final SentenceView view;
    final DocumentState document;
    /** Tokens before this index are the story's dateline ("KAMPALA, Sept 27 (Wire) -"): publication meta, no claims. */
    final int datelineEnd;
    final SentenceAttributions attributions;
    /** The entities the sentence names, by cross-document id (or "name:" + their words when unlinked). */
    final List<String> entityIds;
    /** The values found so far; in text order from {@link TextOrder} on. */
    final List<Draft> drafts = new ArrayList<>();
    /** The sentence's own speaker, resolved by {@link Speakers}; null when it names none. */
    String speaker;
    /** The claims made so far: the value claims, then the statement. */
    final List<Claim> claims = new ArrayList<>();
    /** The drafts that became value claims, in the order of {@link #claims}. */
    final List<Draft> claimed = new ArrayList<>();

    /**
     * Whether the sentence is the article's headline, written in headline tense: its present
     * ("Two climbers die") reports the past.
     */
    final boolean headline;

    SentenceState(Article article, SentenceView view, DocumentState document, int datelineEnd) {
        this(article, view, document, datelineEnd, false);
    }

    SentenceState(Article article, SentenceView view, DocumentState document, int datelineEnd, boolean headline) {
        this.article = article;
        this.view = view;
        this.document = document;
        this.datelineEnd = datelineEnd;
        this.headline = headline;
        this.attributions = new SentenceAttributions(view, datelineEnd);
        this.entityIds = entityIds(view.sentence);
    }

    /** Whether token {@code i} is part of a draft already found. */
    boolean covered(int i) {
        for (Draft d : drafts) {
            if (i >= d.begin && i < d.end) {
                return true;
            }
        }
        return false;
    }

    private static List<String> entityIds(Sentence s) {
        Set<String> ids = new LinkedHashSet<>();
        for (Mention m : s.mentions()) {
            if (m.type().isEntity()) {
                ids.add(m.entityId() != null ? m.entityId() : "name:" + m.text().toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(ids);
    }
}
