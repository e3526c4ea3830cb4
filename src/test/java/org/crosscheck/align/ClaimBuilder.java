package org.crosscheck.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.load.PublishedFrom;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Granularity;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.TimeOfDay;
import org.crosscheck.project.DocumentInfo;

/** Builds claims the way the extractor would state them, for alignment and comparison tests. */
final class ClaimBuilder {

    private static int next = 0;

    private final String document;
    private final ClaimKind kind;
    private String sentence = "";
    private String subject = "";
    private String predicate;
    private String valueText = "";
    private ClaimValue value;
    private String unit;
    private String speaker;
    private List<String> entities = new ArrayList<>();
    private String role;

    private ClaimBuilder(String document, ClaimKind kind) {
        this.document = document;
        this.kind = kind;
    }

    static ClaimBuilder claim(String document, ClaimKind kind) {
        return new ClaimBuilder(document, kind);
    }

    ClaimBuilder sentence(String s) {
        this.sentence = s;
        return this;
    }

    ClaimBuilder subject(String s) {
        this.subject = s;
        return this;
    }

    ClaimBuilder predicate(String p) {
        this.predicate = p;
        return this;
    }

    ClaimBuilder unit(String u) {
        this.unit = u;
        return this;
    }

    ClaimBuilder speaker(String s) {
        this.speaker = s;
        return this;
    }

    ClaimBuilder entities(String... ids) {
        this.entities = List.of(ids);
        return this;
    }

    ClaimBuilder role(String r) {
        this.role = r;
        return this;
    }

    ClaimBuilder quantity(String text, double stated, double low, double high, Hedge hedge) {
        this.valueText = text;
        this.value = ClaimValue.of(new Quantity(stated, low, high, hedge, unit));
        return this;
    }

    ClaimBuilder exact(String text, double n) {
        return quantity(text, n, n, n, Hedge.EXACT);
    }

    ClaimBuilder date(String text, LocalDate first, LocalDate last, Granularity g, String timex) {
        this.valueText = text;
        this.value = ClaimValue.of(new DateValue(first, last, g, timex));
        return this;
    }

    ClaimBuilder time(String text, TimeOfDay t) {
        this.valueText = text;
        this.value = ClaimValue.of(t);
        return this;
    }

    ClaimBuilder statement(String text) {
        this.valueText = text;
        this.value = ClaimValue.statement(text.replaceAll("^[\"“]|[\"”]$", ""));
        return this;
    }

    Claim build() {
        int start = (next++) * 10;
        String id = kind == ClaimKind.STATEMENT ? document + "#s" + start : document + "#" + start + "-" + (start + 5);
        // the value's place in its sentence, where the sentence holds it (what comes before it matters)
        int at = sentence == null || valueText == null ? -1 : sentence.indexOf(valueText);
        int valueStart = at >= 0 ? at : start;
        int valueEnd = at >= 0 ? at + valueText.length() : start + 5;
        return new Claim(id, document, 0, sentence, 0, sentence.length(), valueStart, valueEnd, kind, subject, predicate,
                valueText, value, normalized(), unit, speaker, entities, role);
    }

    /** As the extractor writes it: a quantity's normalised form ("2000000 EUR"), else the value as written. */
    private String normalized() {
        return value != null && value.quantity() != null ? value.quantity().normalized() : valueText;
    }

    static DocumentInfo doc(String name, LocalDate published) {
        return new DocumentInfo(name, name, "outlet " + name, published, PublishedFrom.MANIFEST, null, 100, name);
    }

    static DocumentInfo copy(String name, LocalDate published, String original) {
        return new DocumentInfo(name, name, "outlet " + name, published, PublishedFrom.MANIFEST, original, 100, name);
    }
}
