package org.crosscheck.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import javax.json.stream.JsonParsingException;

/**
 * Reads a story's {@code gold.json} as {@code score.py} does: {@code facts} is required,
 * {@code copies} and {@code entities} may be absent; other keys ({@code about}, {@code why},
 * {@code independent}) are for readers. Anything else fails with the file and the place named.
 */
public final class GoldReader {

    private GoldReader() {
    }

    public static StoryGold read(Path file) {
        JsonObject root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(in)) {
            root = json.readObject();
        } catch (JsonParsingException e) {
            throw new GoldFileException(file + ": not a JSON object: " + e.getMessage(), e);
        } catch (IOException | JsonException e) {
            throw new GoldFileException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        try {
            return new StoryGold(facts(array(root, "facts", true)), copies(array(root, "copies", false)),
                    entities(array(root, "entities", false)));
        } catch (IllegalArgumentException e) {
            throw new GoldFileException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<GoldFact> facts(JsonArray facts) {
        List<GoldFact> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            String where = "fact " + (i + 1);
            try {
                JsonObject fact = object(facts.get(i), "a fact");
                String id = text(fact, "id");
                where += " (" + id + ")";
                out.add(new GoldFact(id, text(fact, "tier"), text(fact, "expect"), members(fact)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** A member is a phrase, or {"phrase": ..., "value": ...} with the value optional. */
    private static List<GoldMember> members(JsonObject fact) {
        if (!(fact.get("members") instanceof JsonObject members)) {
            throw new IllegalArgumentException("\"members\" must be an object of document: phrase");
        }
        List<GoldMember> out = new ArrayList<>();
        for (Map.Entry<String, JsonValue> e : members.entrySet()) {
            if (e.getValue() instanceof JsonString phrase) {
                out.add(new GoldMember(e.getKey(), phrase.getString(), null));
            } else if (e.getValue() instanceof JsonObject member) {
                JsonValue value = member.get("value");
                out.add(new GoldMember(e.getKey(), text(member, "phrase"),
                        value == null || value == JsonValue.NULL ? null : text(member, "value")));
            } else {
                throw new IllegalArgumentException("member " + e.getKey() + " must be a phrase or {\"phrase\", \"value\"}");
            }
        }
        return out;
    }

    private static List<GoldCopy> copies(JsonArray copies) {
        List<GoldCopy> out = new ArrayList<>();
        for (JsonValue value : copies) {
            JsonObject copy = object(value, "a copy");
            out.add(new GoldCopy(text(copy, "copy"), text(copy, "of")));
        }
        return out;
    }

    private static List<List<String>> entities(JsonArray groups) {
        List<List<String>> out = new ArrayList<>();
        for (JsonValue group : groups) {
            if (!(group instanceof JsonArray list)) {
                throw new IllegalArgumentException("an entity group must be a list of names");
            }
            List<String> names = new ArrayList<>();
            for (JsonValue name : list) {
                if (!(name instanceof JsonString s)) {
                    throw new IllegalArgumentException("an entity name must be a string");
                }
                names.add(s.getString());
            }
            out.add(names);
        }
        return out;
    }

    /** The array under {@code key}; an absent or null optional one is empty. */
    private static JsonArray array(JsonObject o, String key, boolean required) {
        if (!o.containsKey(key) || o.isNull(key)) {
            if (required) {
                throw new IllegalArgumentException("no \"" + key + "\" list");
            }
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(o.get(key) instanceof JsonArray a)) {
            throw new IllegalArgumentException("\"" + key + "\" must be a list");
        }
        return a;
    }

    private static JsonObject object(JsonValue value, String what) {
        if (!(value instanceof JsonObject o)) {
            throw new IllegalArgumentException(what + " must be an object");
        }
        return o;
    }

    private static String text(JsonObject o, String key) {
        if (!(o.get(key) instanceof JsonString s)) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string");
        }
        return s.getString();
    }
}
