package org.crosscheck.claims;

import java.util.Locale;

import org.crosscheck.nlp.MentionType;

/**
 * Stage: the baseline of a record. Needs the drafts in text order with their subjects and
 * predicates. Provides a date's event when it is the "since" of a record the value before it
 * sets: "Turnout was 38%, the lowest since 1998" dates "Turnout lowest", not the event of some
 * verb across the commas.
 */
final class RecordBaselines implements Stage {

    @Override
    public void apply(SentenceState s) {
        SentenceView v = s.view;
        for (int k = 1; k < s.drafts.size(); k++) {
            Draft date = s.drafts.get(k);
            Draft value = s.drafts.get(k - 1);
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
}
