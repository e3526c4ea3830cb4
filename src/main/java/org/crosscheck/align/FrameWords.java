package org.crosscheck.align;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;

/**
 * The content words two claims are compared by, made once per claim: the sentence's (without the
 * speaker's name and without figures: two sentences quoting one spokesman with other figures are
 * not alike for that), the subject's (without the counted noun and the verb, compared on their
 * own), and the words within a few of the value ("bombs Thursday in and around a camp filled with
 * refugees"), which say what a date or a figure is of better than the whole sentence; and the
 * other figures its sentence gives ("reduce ... to 3,000 by the end of October"), which two
 * sentences about one thing often share.
 */
record FrameWords(Set<String> sentence, Set<String> subject, Set<String> context, Set<String> figures) {

    /** How many words either side of the value its context reaches. */
    static final int CONTEXT = 6;

    static FrameWords of(Claim c, SentenceWords words) {
        Set<String> sentence = new HashSet<>(ContentWords.of(c.sentence()));
        sentence.removeAll(ContentWords.of(c.speaker()));
        sentence.removeIf(FrameWords::isFigure);
        Set<String> subject = new HashSet<>(ContentWords.of(c.subject()));
        subject.removeAll(ContentWords.of(c.unit()));
        if (c.kind() != ClaimKind.DATE) {
            subject.removeAll(ContentWords.of(c.predicate()));
        }
        List<String> all = words.words();
        StringBuilder around = new StringBuilder();
        for (int i = Math.max(0, words.valueFirst() - CONTEXT); i < Math.min(all.size(), words.valueLast() + 1 + CONTEXT); i++) {
            if (i < words.valueFirst() || i > words.valueLast()) {
                around.append(all.get(i)).append(' ');
            }
        }
        Set<String> context = new HashSet<>(ContentWords.of(around.toString()));
        context.removeIf(FrameWords::isFigure);
        context.removeAll(ContentWords.of(c.speaker()));
        return new FrameWords(Set.copyOf(sentence), Set.copyOf(subject), Set.copyOf(context), otherFigures(words));
    }

    /** The figures written in digits outside the value, without their commas; not years, which date more than they count. */
    private static Set<String> otherFigures(SentenceWords words) {
        Set<String> figures = new HashSet<>();
        List<String> all = words.words();
        for (int i = 0; i < all.size(); i++) {
            String w = all.get(i).replace(",", "");
            if ((i < words.valueFirst() || i > words.valueLast()) && isFigure(w) && !isYear(w)) {
                figures.add(w);
            }
        }
        return Set.copyOf(figures);
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
    }

    private static boolean isFigure(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }
}
