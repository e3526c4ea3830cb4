package org.crosscheck.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a file's bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE), as does the NUL
 * pattern of UTF-16 saved without one; otherwise valid
 * UTF-8 is UTF-8, and anything else is what juniversalchardet detects, falling back to
 * Windows-1252 (the usual encoding of older Western news pages). Binary content is refused
 * before decoding, so a picture or an archive renamed .txt gets a clear message.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters above which text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Share of undecodable characters above which the text is refused. */
    private static final double MAX_REPLACEMENT_SHARE = 0.02;

    record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(Path file, byte[] bytes) throws LoadException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(file, strict(file, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(file, strict(file, bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(file, strict(file, bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return checked(file, strict(file, bytes, 0, utf16), utf16);
        }
        refuseBinary(file, bytes);
        try {
            return new Decoded(decodeStrict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            Charset detected = detect(bytes);
            if (detected != null) {
                try {
                    return checked(file, decodeStrict(bytes, 0, detected), detected);
                } catch (CharacterCodingException e) {
                    // the detector guessed wrong; fall through to Windows-1252
                }
            }
            String text = new String(bytes, WINDOWS_1252);
            return checked(file, text, WINDOWS_1252);
        }
    }

    private static String strict(Path file, byte[] bytes, int offset, Charset charset) throws LoadException {
        try {
            return decodeStrict(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new LoadException(file, (offset > 0 ? "the file starts with a " + charset.name()
                    + " byte-order mark but its content" : "the content") + " is not valid " + charset.name(), e);
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return null;
        }
        Charset charset = Charset.forName(name);
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252; // as browsers do: Latin-1 labelled text is nearly always Windows-1252
        }
        return charset.equals(StandardCharsets.UTF_8) ? null : charset;
    }

    /** Text from a decoder is refused when it is mostly control characters or replacement marks. */
    private static Decoded checked(Path file, String text, Charset charset) throws LoadException {
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new LoadException(file, "the file looks binary, not text (it is full of control characters)");
        }
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (!text.isEmpty() && (double) replaced / text.length() > MAX_REPLACEMENT_SHARE) {
            throw new LoadException(file, "the text could not be decoded (" + replaced
                    + " characters are not valid in " + charset.name() + ")");
        }
        return new Decoded(text, charset);
    }

    /**
     * UTF-16 saved without a byte-order mark: Latin text then has a NUL in every other byte,
     * always on the same side. Anything else with NUL bytes is binary.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 8192) / 2;
        if (pairs < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static void refuseBinary(Path file, byte[] bytes) throws LoadException {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new LoadException(file, "the file looks binary, not text (it contains NUL bytes)");
            }
            if (isControl(b & 0xFF)) {
                control++;
            }
        }
        if (bytes.length > 0 && (double) control / bytes.length > MAX_CONTROL_SHARE) {
            throw new LoadException(file, "the file looks binary, not text (it is full of control characters)");
        }
    }

    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long control = text.chars().filter(TextDecoder::isControl).count();
        return (double) control / text.length();
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
