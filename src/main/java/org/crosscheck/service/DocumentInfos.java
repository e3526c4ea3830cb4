package org.crosscheck.service;

import java.util.List;
import java.util.Map;
import org.crosscheck.load.Article;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.store.StoredDocument;

/** Builds the documents' table rows from stored articles and the copy detector's verdicts. */
final class DocumentInfos {
    private DocumentInfos() {
    }

    static List<DocumentInfo> of(List<StoredDocument> docs, Map<String, String> copyOf) {
        return docs.stream().map(d -> {
            Article a = d.article();
            return new DocumentInfo(a.name(), a.title(), a.outlet(), a.published(), a.publishedFrom(),
                    copyOf.get(a.name()), d.nlp().tokenCount(), a.contentHash());
        }).toList();
    }
}
