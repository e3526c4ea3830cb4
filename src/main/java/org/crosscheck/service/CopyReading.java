package org.crosscheck.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.load.Article;

/**
 * A copy is read against its original: its relative dates ("the end of the month", "last week",
 * "on Sunday") mean what they meant on the day the original was written, whenever the copy was
 * published. A reprint that appears a month later does not move "the end of the month" a month on.
 * The copy keeps its own publication date; only the reading of its claims takes the original's.
 */
final class CopyReading {

    private CopyReading() {
    }

    /** Each article as its claims are read: a copy of an earlier dated original as of that original's day. */
    static List<Article> asOfOriginals(List<Article> articles, Map<String, String> copyOf) {
        Map<String, Article> byName = new HashMap<>();
        articles.forEach(a -> byName.put(a.name(), a));
        List<Article> read = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Article original = byName.get(copyOf.get(a.name()));
            boolean earlier = original != null && original.published() != null
                    && (a.published() == null || original.published().isBefore(a.published()));
            read.add(earlier ? a.withPublished(original.published(), a.publishedFrom()) : a);
        }
        return read;
    }
}
