package org.crosscheck.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The claims and facts of one analysis, read back from its exported {@code claims.csv} and {@code facts.csv}. */
public final class ExportedAnalysis {

    private final List<ExportedClaim> claims;
    private final Map<String, ExportedFact> facts;

    public ExportedAnalysis(List<ExportedClaim> claims, Map<String, ExportedFact> facts) {
        this.claims = List.copyOf(claims);
        this.facts = Map.copyOf(facts);
    }

    /** An analysis that produced nothing (the case could not be analysed). */
    public static ExportedAnalysis empty() {
        return new ExportedAnalysis(List.of(), Map.of());
    }

    /** Reads {@code claims.csv} and {@code facts.csv} from an export folder. */
    public static ExportedAnalysis read(Path exportDir) {
        List<ExportedClaim> claims = new ArrayList<>();
        for (CSVRecord r : records(exportDir.resolve("claims.csv"))) {
            claims.add(new ExportedClaim(cell(r, "claim_id"), cell(r, "document"), cell(r, "value_text"),
                    cell(r, "fact_id"), cell(r, "fact_status")));
        }
        Map<String, ExportedFact> facts = new LinkedHashMap<>();
        for (CSVRecord r : records(exportDir.resolve("facts.csv"))) {
            ExportedFact fact = new ExportedFact(cell(r, "fact_id"), cell(r, "status"), cell(r, "label"),
                    cell(r, "disagreement"));
            facts.put(fact.factId(), fact);
        }
        return new ExportedAnalysis(claims, facts);
    }

    public List<ExportedClaim> claims() {
        return claims;
    }

    public Optional<ExportedFact> fact(String factId) {
        return Optional.ofNullable(facts.get(factId));
    }

    private static List<CSVRecord> records(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = EvalSetReader.WITH_HEADER.parse(in)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the export", e);
        }
    }

    /** A cell, empty when the column is absent (older exports have no {@code disagreement}). */
    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? unguard(r.get(column)) : "";
    }

    /** Undoes the export's spreadsheet guard: a quote put before a cell that starts like a formula. */
    static String unguard(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
