package org.crosscheck.spark.input;

import javax.json.Json;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.crosscheck.load.LoadException;
import org.crosscheck.load.ManifestEntry;

/**
 * One article of a JSON Lines file: {@code text} or {@code html}, and optionally {@code title},
 * {@code outlet}, {@code published} (an ISO date, or a date and time of which the date is taken)
 * and {@code url}. The outlet, date and URL count as a manifest row would.
 *
 * @param content the text or the HTML
 * @param html    whether the content is HTML
 */
record JsonArticle(String content, boolean html, String title, String outlet, LocalDate published, String url) {

    /** @throws LoadException naming the line when it is no JSON object, has no text, or a date that is none */
    static JsonArticle parse(String line, Path shown) throws LoadException {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new LoadException(shown, "the line is not a JSON object");
            }
            o = value.asJsonObject();
        } catch (JsonException e) {
            throw new LoadException(shown, "the line is not valid JSON (" + e.getMessage() + ")");
        }
        String text = string(o, "text", shown);
        String html = string(o, "html", shown);
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            throw new LoadException(shown, "the line has neither \"text\" nor \"html\"");
        }
        boolean isHtml = text == null || text.isBlank();
        return new JsonArticle(isHtml ? html : text, isHtml, blankToNull(string(o, "title", shown)),
                blankToNull(string(o, "outlet", shown)), date(string(o, "published", shown), shown),
                blankToNull(string(o, "url", shown)));
    }

    ManifestEntry entry(Path file) {
        return outlet == null && published == null && url == null ? null
                : new ManifestEntry(String.valueOf(file.getFileName()), outlet, published, url);
    }

    private static String string(JsonObject o, String field, Path shown) throws LoadException {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new LoadException(shown, "\"" + field + "\" is not a string");
    }

    private static LocalDate date(String published, Path shown) throws LoadException {
        if (published == null || published.isBlank()) {
            return null;
        }
        String day = published.strip();
        try {
            return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
        } catch (DateTimeParseException e) {
            throw new LoadException(shown, "\"published\" is not a date (" + published + "); write 2013-07-02");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
