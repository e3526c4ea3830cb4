package org.crosscheck.align;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.claims.Claim;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.project.MentionRecord;

/**
 * Who a statement is credited to, as entities: the people, organisations and places named in its
 * speaker ("Sudan Armed Forces spokesman Sawarmi Khaled Saad" names the armed forces and Saad). An
 * organisation named after a place speaks for it ("Sudan Armed Forces" for Sudan, as "Sudan's
 * government" does), so "Sudan denied" and "the Sudan Armed Forces denied" may be one denial, while
 * "the South Sudan Liberation Army" speaks for South Sudan, another place. Names are those the
 * story's reports tag anywhere ("A SAF spokesman" names the armed forces even where the tagger
 * missed "SAF" in that sentence).
 */
final class SpeakerIds {

    private static final Set<MentionType> NAMED = Set.of(MentionType.PERSON, MentionType.ORGANIZATION,
            MentionType.LOCATION, MentionType.MISC);
    /** Names shorter than this ("he", "it" mis-tagged) say nothing. */
    private static final int SHORTEST_NAME = 2;

    /** A name the story's reports give an entity, as it is matched in a speaker. */
    private record Name(Pattern words, String id, MentionType type, String entityName) {
    }

    private final Map<String, Name> names = new HashMap<>();
    /** Place names of the story (lower case) and their entity ids. */
    private final Map<String, String> places = new HashMap<>();

    SpeakerIds(Collection<MentionRecord> mentions) {
        for (MentionRecord m : mentions) {
            String text = m.text().toLowerCase(Locale.ROOT).strip();
            if (!NAMED.contains(m.type()) || m.entityId() == null || text.length() < SHORTEST_NAME) {
                continue;
            }
            names.putIfAbsent(text, new Name(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])"),
                    m.entityId(), m.type(), m.entityName() == null ? text : m.entityName().toLowerCase(Locale.ROOT)));
            if (m.type() == MentionType.LOCATION) {
                places.putIfAbsent(text, m.entityId());
            }
        }
    }

    /**
     * The entities the claim's speaker names; empty when it names none ("officials", "a spokesman").
     * A speaker given by name is read with the organisation the sentence puts before the name
     * ("Venezuela Armed Forces spokesman Carlos Mendez").
     */
    Set<String> of(Claim c) {
        Set<String> ids = new LinkedHashSet<>();
        String speaker = c.speaker() == null ? "" : c.speaker().toLowerCase(Locale.ROOT);
        if (speaker.isBlank()) {
            return ids;
        }
        speaker = withAffiliation(speaker, c.sentence());
        for (Name name : names.values()) {
            if (name.words().matcher(speaker).find()) {
                ids.add(name.id());
                if (name.type() == MentionType.ORGANIZATION || name.type() == MentionType.MISC) {
                    String place = placeOpening(name.entityName());
                    if (place != null) {
                        ids.add(place);
                    }
                }
            }
        }
        return ids;
    }

    /** The speaker with the words before it in the sentence that title it ("... Armed Forces spokesman"). */
    private static String withAffiliation(String speaker, String sentence) {
        if (sentence == null) {
            return speaker;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(speaker);
        if (at <= 0) {
            return speaker;
        }
        Matcher before = AFFILIATION.matcher(lower.substring(Math.max(0, at - AFFILIATION_REACH), at));
        return before.find() ? before.group(1) + speaker : speaker;
    }

    /** How far before a speaker's name its title and organisation may reach. */
    private static final int AFFILIATION_REACH = 80;
    /** Words with no clause break or verb of saying, right before the name: an organisation and a title. */
    private static final Pattern AFFILIATION = Pattern.compile(
            "((?:(?!said\\b|says\\b|told\\b|according\\b)[\\p{L}'’.&-]+ ){1,6})$");

    /** The place whose name opens an organisation's ("sudan armed forces" -> Sudan), the longest such name. */
    private String placeOpening(String organisation) {
        String best = null;
        for (String place : places.keySet()) {
            if (organisation.startsWith(place + " ") && (best == null || place.length() > best.length())) {
                best = place;
            }
        }
        return best == null ? null : places.get(best);
    }
}
