package org.crosscheck.claims;

/**
 * Stage: the drafts in text order, the dateline's gone. Needs every draft found. Provides the
 * drafts of the sentence's body (a wire dateline's date is publication meta, not a claim) sorted
 * by their first token: the stages after it read a value's neighbours.
 */
final class TextOrder implements Stage {

    @Override
    public void apply(SentenceState s) {
        s.drafts.removeIf(d -> d.begin < s.datelineEnd);
        s.drafts.sort((a, b) -> Integer.compare(a.begin, b.begin));
    }
}
