package org.crosscheck.align;

import java.util.List;

/**
 * A report that gives one figure twice ("Ten people were killed ..." in its lead and "10 people
 * were killed, state television said" further down) gives one fact twice, not two facts: each
 * later claim of the same measure, value and time is a repeat of the first and joins whatever
 * fact the first joins. Only read measures repeat; two dates of one report ("struck on Sunday",
 * "halted on Sunday") may date two events.
 */
final class Repeats {

    private Repeats() {
    }

    /** For each claim, the index of the claim it repeats, or its own index. */
    static int[] representatives(List<ClaimFrame> frames, FrameMatcher matcher) {
        int n = frames.size();
        int[] representative = new int[n];
        for (int i = 0; i < n; i++) {
            representative[i] = i;
            ClaimFrame f = frames.get(i);
            if (f.measure().isOpen() || f.claim().value() == null) {
                continue;
            }
            // claims of one document are contiguous and in text order: look back within the document
            for (int j = i - 1; j >= 0 && frames.get(j).claim().document().equals(f.claim().document()); j--) {
                ClaimFrame e = frames.get(j);
                if (representative[j] == j && repeats(e, f, matcher)) {
                    representative[i] = j;
                    break;
                }
            }
        }
        return representative;
    }

    private static boolean repeats(ClaimFrame earlier, ClaimFrame later, FrameMatcher matcher) {
        return earlier.claim().kind() == later.claim().kind() && earlier.past() == later.past()
                && !earlier.measure().isOpen() && matcher.sameMeasure(earlier.measure(), later.measure())
                && later.claim().value().equals(earlier.claim().value())
                && java.util.Objects.equals(earlier.claim().role(), later.claim().role());
    }
}
