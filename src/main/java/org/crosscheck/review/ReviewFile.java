package org.crosscheck.review;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crosscheck.claims.Claim;
import org.crosscheck.export.SpreadsheetSafe;
import org.crosscheck.project.DocumentInfo;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.project.ProjectSnapshot;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;

/**
 * A project's review as a CSV file one researcher hands another: one row per claim with its
 * article (name and content hash), its fact's status and the decision. Written aside and moved into
 * place, so a failed write leaves an earlier file as it was; read strictly, so a damaged or foreign
 * file is refused with its name, line and problem rather than half-applied.
 */
public final class ReviewFile {
    static final List<String> HEADER = List.of("document", "document_hash", "claim_id", "fact_id", "fact_status",
            "review", "edited_value", "note", "fact_override", "updated_at");
    /** A review of 100,000 claims is about 20 MB; anything far larger is not one. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private ReviewFile() {
    }

    public static void write(ProjectSnapshot snapshot, Path file) {
        Map<String, String> hashes = hashes(snapshot.documents());
        Map<String, Fact> factOfClaim = new HashMap<>();
        snapshot.facts().forEach(f -> f.claimIds().forEach(id -> factOfClaim.put(id, f)));
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + file.getFileName() + "-", ".tmp");
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter out = new CSVPrinter(writer, format)) {
                for (Claim c : snapshot.claims()) {
                    Fact fact = factOfClaim.get(c.id());
                    ReviewDecision d = snapshot.reviewOf(c.id());
                    out.printRecord(SpreadsheetSafe.cell(c.document()), hashes.getOrDefault(c.document(), ""),
                            SpreadsheetSafe.cell(c.id()), fact == null ? "" : SpreadsheetSafe.cell(fact.id()),
                            fact == null ? "" : fact.status().name().toLowerCase(Locale.ROOT), d.state().csvName(),
                            SpreadsheetSafe.cell(d.editedValue()), SpreadsheetSafe.cell(d.note()),
                            SpreadsheetSafe.cell(d.factOverride()), d.state() == ReviewState.AUTO ? "" : d.updatedAt());
                }
            }
            move(temp, file);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temp);
            throw new ReviewFileException("Could not write the review to " + file + ": " + e.getMessage()
                    + ". No file was changed.", e);
        }
    }

    /**
     * @throws ReviewFileException naming the file and, for a bad row, its line: missing, empty, too
     *         large, not CSV, not a review file, or a row Crosscheck would never write
     */
    public static List<ReviewRecord> read(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ReviewFileException(file + " is too large to be a review file (over "
                        + MAX_BYTES / (1024 * 1024) + " MB); it was not read.");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ReviewFileException(file + " does not exist.", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ReviewFileException(file + " could not be read as a UTF-8 text file (" + e.getMessage() + ").", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // saved again by a spreadsheet
        }
        if (text.isBlank()) {
            throw new ReviewFileException(file + " is empty: it holds no review.");
        }
        return parse(file, text);
    }

    private static List<ReviewRecord> parse(Path file, String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        List<ReviewRecord> records = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> missing = HEADER.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (missing.size() == HEADER.size() || missing.contains("claim_id") || missing.contains("review")) {
                throw new ReviewFileException(file + " is not a Crosscheck review file: its first line should be "
                        + String.join(",", HEADER) + ".");
            }
            if (!missing.isEmpty()) {
                throw new ReviewFileException(file + " is damaged: its header lacks " + String.join(", ", missing) + ".");
            }
            for (CSVRecord row : parser) {
                records.add(record(file, row, parser.getCurrentLineNumber()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new ReviewFileException(file + " is damaged: it is not valid CSV (" + e.getMessage() + ").", e);
        }
        if (records.isEmpty()) {
            throw new ReviewFileException(file + " holds no claims: it has a header line only.");
        }
        return records;
    }

    private static ReviewRecord record(Path file, CSVRecord row, long line) {
        if (!row.isConsistent()) {
            throw new ReviewFileException(file + " is damaged: line " + line + " has " + row.size()
                    + " fields, the header " + HEADER.size() + ".");
        }
        String claimId = text(row, "claim_id");
        String document = text(row, "document");
        if (claimId == null || document == null) {
            throw new ReviewFileException(file + " is damaged: line " + line + " names no claim or no document.");
        }
        ReviewState state = enumValue(ReviewState.class, row.get("review"), file, line, "review");
        String status = row.get("fact_status").strip();
        FactStatus factStatus = status.isEmpty() ? null : enumValue(FactStatus.class, status, file, line, "fact_status");
        Instant updated = null;
        String at = row.get("updated_at").strip();
        if (!at.isEmpty()) {
            try {
                updated = Instant.parse(at);
            } catch (DateTimeParseException e) {
                throw new ReviewFileException(file + " is damaged: line " + line + " has updated_at '" + at
                        + "', which is no time.", e);
            }
        }
        String edited = text(row, "edited_value");
        if (state == ReviewState.EDITED && edited == null) {
            throw new ReviewFileException(file + " is damaged: line " + line + " is edited but has no edited value.");
        }
        ReviewDecision decision = new ReviewDecision(claimId, state, edited, text(row, "note"),
                text(row, "fact_override"), updated == null ? Instant.EPOCH : updated);
        return new ReviewRecord(document, row.get("document_hash").strip(), claimId, text(row, "fact_id"),
                factStatus, decision);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, Path file, long line, String column) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReviewFileException(file + " is damaged: line " + line + " has " + column + " '" + value
                    + "', which Crosscheck never writes.", e);
        }
    }

    /** A text cell as written before {@link SpreadsheetSafe} guarded it; null when empty. */
    private static String text(CSVRecord row, String column) {
        String value = row.get(column);
        if (value.length() > 1 && value.charAt(0) == '\'' && SpreadsheetSafe.startsLikeAFormula(value.substring(1))) {
            value = value.substring(1);
        }
        return value.isEmpty() ? null : value;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a hidden leftover .tmp file is harmless; the real error is reported
        }
    }

    /** The document names of a snapshot with their content hashes. */
    static Map<String, String> hashes(List<DocumentInfo> documents) {
        Map<String, String> result = new HashMap<>();
        documents.forEach(d -> result.put(d.name(), d.contentHash()));
        return result;
    }
}
