package org.crosscheck.normalize;

import java.util.List;

/**
 * The lowercased words of one number phrase ({@link PhraseWords}) and the position reading
 * has reached; the number readers of one phrase share it.
 */
final class WordCursor {

    final List<String> words;
    int pos;

    WordCursor(List<String> words) {
        this.words = words;
    }

    /** True when the words at the position spell the phrase ("more than"). */
    boolean matches(String phrase) {
        String[] parts = phrase.split(" ");
        if (pos + parts.length > words.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!words.get(pos + i).equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    /** Moves past any run of the filler words or phrases. */
    void skip(String... fillers) {
        boolean moved = true;
        while (moved && pos < words.size()) {
            moved = false;
            for (String f : fillers) {
                if (matches(f)) {
                    pos += f.split(" ").length;
                    moved = true;
                }
            }
        }
    }
}
