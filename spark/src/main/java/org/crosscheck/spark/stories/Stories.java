package org.crosscheck.spark.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * Stories as the connected parts of the pairs of documents that may share one (union-find with
 * path halving): documents that no pair joins are stories of their own. A story is named by its
 * first document in name order, so its name does not depend on the order the pairs came in.
 */
public final class Stories {
    private final Map<String, String> parent = new HashMap<>();

    public void add(String document) {
        parent.putIfAbsent(document, document);
    }

    public void join(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (!ra.equals(rb)) {
            // the smaller name becomes the root, so each story ends up named by its first document
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /** The story of a document: the name of its first document. */
    public String storyOf(String document) {
        return root(document);
    }

    /** Every document with its story. */
    public Map<String, String> all() {
        Map<String, String> out = new HashMap<>();
        parent.keySet().forEach(d -> out.put(d, root(d)));
        return out;
    }

    private String root(String document) {
        add(document);
        String d = document;
        while (!parent.get(d).equals(d)) {
            String grand = parent.get(parent.get(d));
            parent.put(d, grand);
            d = grand;
        }
        return d;
    }
}
