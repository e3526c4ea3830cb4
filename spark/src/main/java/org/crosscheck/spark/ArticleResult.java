package org.crosscheck.spark;

import java.io.Serializable;
import org.crosscheck.spark.input.Failure;

/**
 * What became of one input article in the per-article stage: analysed now, kept from an earlier
 * run (same name and content hash), or not analysed (with the reason).
 */
record ArticleResult(String name, String hash, AnalysedArticle analysed, boolean fresh, Failure failure)
        implements Serializable {

    static ArticleResult analysed(AnalysedArticle a) {
        return new ArticleResult(a.name(), a.hash(), a, true, null);
    }

    static ArticleResult kept(String name, String hash) {
        return new ArticleResult(name, hash, null, false, null);
    }

    static ArticleResult failed(String name, Failure failure) {
        return new ArticleResult(name, null, null, false, failure);
    }

    boolean isAnalysed() {
        return analysed != null;
    }

    boolean isKept() {
        return !fresh && failure == null;
    }

    /** The same without the document's bytes: what the driver collects. */
    ArticleResult outcome() {
        return new ArticleResult(name, hash, null, fresh, failure);
    }
}
