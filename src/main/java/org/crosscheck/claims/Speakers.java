package org.crosscheck.claims;

import org.crosscheck.claims.Attributions.Attribution;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.MentionType;

/**
 * Stage: who speaks. Needs the sentence's attributions and the document's earlier speakers.
 * Provides {@link SentenceState#speaker}, the sentence's own attribution resolved (a pronoun
 * takes the paragraph's speaker), and keeps the document's paragraph speaker up to date; the
 * value and statement stages ask it for the speaker of each claim. It runs after the draft
 * stages, none of which reads a speaker, and before the claims, which all carry one.
 */
final class Speakers implements Stage {

    @Override
    public void apply(SentenceState s) {
        s.speaker = sentenceSpeaker(s);
    }

    /** The sentence's own attribution, resolved: a pronoun takes the paragraph's speaker. */
    private static String sentenceSpeaker(SentenceState s) {
        for (Attribution a : s.attributions.all()) {
            String speaker = canonical(s, a);
            if (speaker != null) {
                if (!a.isPronoun(s.view)) {
                    s.document.lastNamedSpeaker = speaker;
                    s.document.paragraphSpeakerIsPerson = namesAPerson(s, a);
                }
                s.document.paragraphSpeaker = speaker;
                return speaker;
            }
        }
        return null;
    }

    /** The speaker of a value: the nearest attribution's, else the paragraph's inside a quote. */
    static String forValue(SentenceState s, Draft d) {
        // "according to X" sources the whole sentence, whatever other verbs of saying it holds
        Attribution nearest = s.attributions.nearest(
                a -> a.verb().equals("according to") ? -1 : Math.abs(a.cue() - d.begin));
        if (nearest != null) {
            String speaker = canonical(s, nearest);
            return speaker != null ? speaker : s.speaker;
        }
        return opensWithQuote(s.view) ? s.document.paragraphSpeaker : null;
    }

    /** The speaker's canonical name: the linked entity's name, a pronoun's antecedent, else the phrase. */
    static String canonical(SentenceState s, Attribution a) {
        SentenceView v = s.view;
        DocumentState state = s.document;
        if (a.isPronoun(v)) {
            String pronoun = v.word(a.begin());
            boolean person = pronoun.equals("he") || pronoun.equals("she");
            String antecedent = state.paragraphSpeaker != null ? state.paragraphSpeaker : state.lastNamedSpeaker;
            boolean several = antecedent != null && antecedent.contains(" and ");
            if (person && (!state.paragraphSpeakerIsPerson || several)) {
                // "Zareh dismissed concerns, IRNA reported. ... he was quoted as saying": the person, not the
                // agency; nor the two people of "Blair and Brown are said to have ..."
                return state.lastPerson;
            }
            String organizationBefore = pronoun.equalsIgnoreCase("it") ? organizationBefore(s, a.begin()) : null;
            if (organizationBefore != null) {
                return organizationBefore; // "The South Sudan Liberation Army rebel group is active ... - it denies"
            }
            if (pronoun.equalsIgnoreCase("it") && state.sentencesSinceSpeaker >= 2 && state.lastOrganization != null) {
                // "AFP reported that ... . Air Deccan plans ... . The firm offered ... . It said": the firm
                // the text went on about, not the agency some sentences back
                return state.lastOrganization;
            }
            return antecedent;
        }
        for (Mention m : v.sentence.mentions()) {
            if ((m.type() == MentionType.PERSON || m.type() == MentionType.ORGANIZATION)
                    && m.tokenBegin() >= a.begin() && m.tokenBegin() <= a.begin() + 1 && m.tokenEnd() <= a.end()
                    && (m.tokenEnd() == a.end() || v.word(m.tokenEnd()).equals(","))) {
                return state.nameOf(m);
            }
            if (m.type() == MentionType.PERSON && m.tokenBegin() > a.begin() && m.tokenEnd() == a.end()) {
                return state.nameOf(m); // "coastguard officer Ian Marsh": the name after the title
            }
        }
        return a.speaker().isBlank() ? null : a.speaker();
    }

    /** The last organisation the sentence names before token {@code i}, by its canonical name, or null. */
    private static String organizationBefore(SentenceState s, int i) {
        String found = null;
        for (Mention m : s.view.sentence.mentions()) {
            if (m.type() == MentionType.ORGANIZATION && m.tokenEnd() <= i) {
                found = s.document.nameOf(m);
            }
        }
        return found;
    }

    /** "Mehdi Zareh", "disaster agency official Fauzi": a speaker's phrase that names a person anywhere. */
    private static boolean namesAPerson(SentenceState s, Attribution a) {
        for (int i = a.begin(); i < a.end(); i++) {
            if (s.view.ner(i).equals("PERSON")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence opens with a quotation mark: then it goes on the paragraph's quote. */
    static boolean opensWithQuote(SentenceView v) {
        return v.size() > 0 && v.isOpeningQuote(0);
    }
}
