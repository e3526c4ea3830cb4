package org.crosscheck.load;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a single line of a news page looks like on its own: a sentence, a headline, a date or
 * byline, a caption or credit, page furniture, another script. {@link PassageClassifier}
 * combines these cues with where the line stands on the page.
 */
final class LineCues {
    /** Lines shorter than this (in words) and without closing punctuation are not sentences. */
    static final int HEADLINE_MAX_WORDS = 20;

    /** Comment forms, credits and page furniture, recognised by their wording. */
    private static final Pattern BOILERPLATE = Pattern.compile(String.join("|",
            "^leave a (reply|comment)", "your email address will not be published", "required fields are marked",
            "^source link$", "have a tip or story", "contributed (reporting )?to this (report|story|article)",
            "^\\(?(additional )?(reporting|writing|editing|compiled) by\\b", "all rights reserved",
            "^(©|copyright\\b)", "^(click|tap) here\\b", "^follow (us|him|her|them)\\b", "save my name, email",
            "^notify me of", "^(post|submit) (a )?comment", "get in touch with our",
            "(sign up|subscribe) (for|to) (our|the) .*newsletter", "^(story|article) continues\\b",
            "^continue reading\\b"),
            Pattern.CASE_INSENSITIVE);
    /** Buttons and form labels: boilerplate only as short lines, since body sentences may start the same way. */
    private static final Pattern SHORT_BOILERPLATE = Pattern.compile(
            "^(share|share this|share on|tweet|subscribe|sign up|sign in|log in"
                    + "|skip to( main)? (content|navigation))\\b"
                    + "|^(email|print|register|advertisement|like this|loading|comments?|\\d+ comments?|name|website"
                    + "|reply|menu|search|close|open menu|toggle navigation)\\W*$",
            Pattern.CASE_INSENSITIVE);
    private static final int SHORT_BOILERPLATE_WORDS = 6;
    private static final Pattern END_MARKER = Pattern.compile(
            "^(you (may|might) (also )?like|related( (stories|articles|posts|news|content|coverage|topics|links))?"
                    + "|read (more|also|next)|also read|more (from|on|about) .*|more (stories|news|articles)"
                    + "|recommended( for you| stories| articles)?|most (popular|read|viewed|shared)|trending( now)?"
                    + "|see also|further reading|top stories|what to read next|don'?t miss|in other news)\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_MORE_LINK = Pattern.compile(
            "^(read more|read also|also read|see also|related|watch)\\s*[:|»>-]", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE =
            Pattern.compile("^(by|written by|words by)\\s+\\p{Lu}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^(source|sources|via|credit|credits|photo credit|image credit|tags?|topics|filed under|categor(y|ies)"
                    + "|posted in)\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB =
            Pattern.compile("\\S\\s+(/|>|»|›|\\|)\\s+\\S.*\\s+(/|>|»|›|\\|)\\s+\\S");
    /** "World | Europe", "News > Local": section labels joined by a separator, each a few words. */
    private static final Pattern SECTION_LABEL = Pattern.compile(
            "^[^\\s|>»›/]+(\\s[^\\s|>»›/]+){0,2}\\s+(\\||>|»|›|/)\\s+[^\\s|>»›/]+(\\s[^\\s|>»›/]+){0,2}$");
    /** Finite verbs of narration that headlines of other stories (written in the present) do not use. */
    private static final Pattern NARRATIVE_VERB = Pattern.compile(
            "\\b(was|were|had|said|told|did|been)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_CUE = Pattern.compile(String.join("|",
            "\\((ap|afp|reuters|epa|upi|getty images|xinhua|ansa|dpa|ips|bloomberg|file)( photo)?\\)\\s*$",
            "\\((ap|afp|reuters|epa|getty)[ /][^)]{0,80}\\)\\s*$",
            "^(photo|photograph|picture|image|pictured|file photo|caption)\\s*:",
            "^(image|media|video) (copyright|caption|source)\\b",
            "\\b(photograph|photo|picture|illustration|image)\\s*:\\s*\\p{Lu}[^.]{0,60}$",
            "\\b(photo|photograph|picture|image) (by|courtesy|credit)\\b",
            "\\b(is|are) (seen|pictured|shown) (from|in|at|during|on|outside|inside|near|here|after|before"
                    + "|as (he|she|they))\\b"),
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> AGENCY_WORDS = Set.of("ap", "afp", "reuters", "getty", "images", "epa", "upi",
            "photo", "photos", "anonymous", "shutterstock", "bloomberg", "xinhua", "staff", "file", "handout", "ansa");
    /** Openings that continue the previous text, which headlines of other stories do not have. */
    private static final Set<String> CONTINUING = Set.of("it", "its", "he", "his", "she", "her", "they", "their",
            "this", "these", "those", "that", "there", "but", "and", "however", "also", "we", "our", "i", "you",
            "which", "while", "so", "yet", "then", "meanwhile");
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "in", "for", "de", "van", "von", "al",
            "bin", "&", "la", "le", "da", "du");
    private static final Pattern CAMEL_JOIN = Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{Ll}");
    private static final Pattern MOJIBAKE = Pattern.compile("Ã.|Â|â€|\uFFFD|Ø.|Ù.");

    private LineCues() {
    }

    /** What a line is on its own, or null when that depends on where it stands. */
    static PassageKind intrinsicKind(String line) {
        if (isForeign(line)) {
            return PassageKind.FOREIGN;
        }
        int words = words(line);
        if ((words <= 30 && BOILERPLATE.matcher(line).find())
                || (words <= SHORT_BOILERPLATE_WORDS && SHORT_BOILERPLATE.matcher(line).find()
                    && !endsLikeSentenceInside(line.strip()))) {
            return PassageKind.BOILERPLATE;
        }
        if (DateLine.isDateLine(line) || isByline(line, words) || isBreadcrumb(line)
                || (words <= 15 && SOURCE_LINE.matcher(line).find())) {
            return PassageKind.META;
        }
        if (words <= 40 && CAPTION_CUE.matcher(line).find()) {
            return PassageKind.CAPTION;
        }
        return null;
    }

    /** Running text: closing punctuation, or long enough that it cannot be a headline. */
    static boolean isSentence(String line) {
        return endsLikeSentence(line) || words(line) >= HEADLINE_MAX_WORDS || startsContinuing(line)
                || NARRATIVE_VERB.matcher(line).find();
    }

    /** Could be a headline: not too long, no closing full stop, not a masthead or a section marker. */
    static boolean isHeadingLike(String line) {
        return words(line) <= 25 && !line.endsWith(".") && !isMasthead(line) && !isEndMarker(line);
    }

    /** Unmistakably running text: a long line closed like a sentence. */
    static boolean looksLikeBody(String line) {
        return endsLikeSentence(line) && words(line) >= 12;
    }

    static boolean endsLikeSentence(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if ("\"”’'»".indexOf(last) >= 0) {
            // a sentence closes its quote after its own stop ('... he said."'); a headline that ends
            // on a quoted phrase closes it right after a word ("... 'had begged to stay in hospital'")
            return s.length() > 1 && !Character.isLetterOrDigit(s.charAt(s.length() - 2));
        }
        return ".!?:;".indexOf(last) >= 0;
    }

    private static boolean startsContinuing(String line) {
        String first = line.strip().split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
        return CONTINUING.contains(first);
    }

    static boolean isEndMarker(String line) {
        return END_MARKER.matcher(line).matches();
    }

    /** A "Read more: ..." link or a teaser cut off with an ellipsis. */
    static boolean isOtherStoryLink(String line) {
        return READ_MORE_LINK.matcher(line).find() || isTeaser(line);
    }

    /** Teasers of other stories are cut off with an ellipsis. */
    private static boolean isTeaser(String line) {
        String s = line.strip();
        return s.endsWith("…") || s.endsWith("...") || s.endsWith("[…]") || s.endsWith("[...]");
    }

    /** Section headings inside an article: all capitals, or a short quote standing alone. */
    static boolean isCrosshead(String line) {
        String s = line.strip();
        int words = words(s);
        if (words <= 6 && s.chars().anyMatch(Character::isLetter)
                && s.equals(s.toUpperCase(Locale.ROOT)) && !endsLikeSentenceInside(s)) {
            return true;
        }
        if (words <= 6 && s.length() > 2 && "'\"‘“".indexOf(s.charAt(0)) >= 0) {
            String inner = s.substring(1, s.length() - 1).strip();
            return "'\"’”".indexOf(s.charAt(s.length() - 1)) >= 0 && !endsLikeSentenceInside(inner);
        }
        return false;
    }

    private static boolean endsLikeSentenceInside(String s) {
        return !s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A photo credit: two to four capitalised words naming a photographer or an agency. */
    static boolean isCredit(String line) {
        String s = line.strip();
        String[] words = s.split("\\s+");
        if (words.length < 1 || words.length > 4 || endsLikeSentence(s) || s.matches(".*\\d.*")) {
            return false;
        }
        boolean agency = false;
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}]", "");
            if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0))) {
                return false;
            }
            agency |= AGENCY_WORDS.contains(bare.toLowerCase(Locale.ROOT));
            if (SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return agency || words.length >= 2;
    }

    /** A caption is one short descriptive sentence that attributes nothing to anyone. */
    static boolean isCaptionSentence(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return words(line) <= 40 && !lower.contains(" said") && !lower.contains("according to")
                && !line.contains("“") && !line.contains("\"");
    }

    private static boolean isByline(String line, int words) {
        if (words > 14 || !BYLINE.matcher(line).find()) {
            return false;
        }
        String names = line.replaceFirst("(?i)^(by|written by|words by)\\s+", "");
        int capitalised = 0;
        int counted = 0;
        for (String w : names.split("[\\s,]+")) {
            String bare = w.replaceAll("[^\\p{L}]", "");
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(bare.charAt(0))) {
                capitalised++;
            }
        }
        return counted > 0 && capitalised >= counted * 0.75;
    }

    private static boolean isBreadcrumb(String line) {
        return words(line) <= 30 && !endsLikeSentence(line)
                && (BREADCRUMB.matcher(line).find() || SECTION_LABEL.matcher(line).matches());
    }

    /** A masthead fuses the outlet's name with its slogan ("The Washington PostDemocracy Dies in Darkness"). */
    static boolean isMasthead(String line) {
        return CAMEL_JOIN.matcher(line).find();
    }

    /** Mostly letters of a non-Latin script, or text garbled by a wrong decoding. */
    private static boolean isForeign(String line) {
        int letters = 0;
        int foreign = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            UnicodeScript script = UnicodeScript.of(cp);
            if (script != UnicodeScript.LATIN && script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED) {
                foreign++;
            }
        }
        if (letters > 0 && foreign > letters * 0.5) {
            return true;
        }
        long garbled = MOJIBAKE.matcher(line).results().count();
        return garbled >= 3 && garbled > line.length() * 0.03;
    }

    static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

}
