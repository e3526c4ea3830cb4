package org.crosscheck.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.project.Disagreement;
import org.crosscheck.project.Fact;
import org.crosscheck.project.FactStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKind;
import org.crosscheck.claims.ClaimValue;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.MentionType;
import org.crosscheck.normalize.DateValue;
import org.crosscheck.normalize.Granularity;
import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.project.MentionRecord;

/**
 * Writes and reads the derived output: entities, mentions, claims, facts and copies. The caller
 * owns the transaction. Inserts go in batches through one prepared statement per table, which
 * is what makes a million mentions take seconds rather than minutes.
 */
final class DerivedTables {
    private static final int BATCH = 5_000;
    /** The first of the claims' {@link TimeColumns}, after the 28 columns of schema step 1. */
    private static final int TIME_COLUMNS = 29;

    private DerivedTables() {
    }

    static void replaceAll(Connection c, List<Entity> entities, List<MentionRecord> mentions, List<Claim> claims,
                           List<Fact> facts, Map<String, String> copyOf, Map<String, String> claimSources)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("entities", "mentions", "claims", "facts", "fact_claims", "copies",
                    "claim_sources")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        insertEntities(c, entities);
        insertMentions(c, mentions);
        insertClaims(c, claims);
        insertFacts(c, facts);
        insertCopies(c, copyOf);
        insertClaimSources(c, claimSources);
    }

    private static void insertClaimSources(Connection c, Map<String, String> claimSources) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_sources (document, source) VALUES (?, ?)")) {
            int n = 0;
            for (Map.Entry<String, String> e : claimSources.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                n = add(ps, n);
            }
            ps.executeBatch();
        }
    }

    static Map<String, String> claimSources(Connection c) throws SQLException {
        Map<String, String> result = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document, source FROM claim_sources")) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getString(2));
            }
        }
        return result;
    }

    /** Removes one document's mentions, claims and copy links; facts left without claims go too. */
    static void removeDocument(Connection c, String document) throws SQLException {
        update(c, "DELETE FROM mentions WHERE document = ?", document);
        update(c, "DELETE FROM fact_claims WHERE claim_id IN (SELECT id FROM claims WHERE document = ?)", document);
        update(c, "DELETE FROM claims WHERE document = ?", document);
        update(c, "DELETE FROM copies WHERE document = ?1 OR copy_of = ?1", document);
        update(c, "DELETE FROM claim_sources WHERE document = ?", document);
        update(c, "DELETE FROM facts WHERE id NOT IN (SELECT fact_id FROM fact_claims)");
    }

    private static void update(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            ps.executeUpdate();
        }
    }

    private static void insertEntities(Connection c, List<Entity> entities) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?)")) {
            int n = 0;
            for (Entity e : entities) {
                ps.setString(1, e.id());
                ps.setString(2, e.name());
                ps.setString(3, e.type().name());
                ps.setString(4, ListColumn.join(e.aliases()));
                n = add(ps, n);
            }
            ps.executeBatch();
        }
    }

    /** One row per document, in the order documents first appear in {@code mentions}. */
    private static void insertMentions(Connection c, List<MentionRecord> mentions) throws SQLException {
        Map<String, List<MentionRecord>> byDocument = new LinkedHashMap<>();
        for (MentionRecord m : mentions) {
            byDocument.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (document, count, data) VALUES (?, ?, ?)")) {
            int n = 0;
            for (Map.Entry<String, List<MentionRecord>> e : byDocument.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue().size());
                ps.setBytes(3, MentionBlob.encode(e.getValue()));
                n = add(ps, n);
            }
            ps.executeBatch();
        }
    }

    private static void insertClaims(Connection c, List<Claim> claims) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (id, document, sentence_index,"
                + " sentence, sentence_start, sentence_end, start, end, kind, subject, predicate, value_text,"
                + " normalized, unit, speaker, entity_ids, role, value_kind, q_stated, q_low, q_high, q_hedge,"
                + " q_unit, d_first, d_last, d_granularity, d_timex, statement, t_minutes, t_hedge, t_zone,"
                + " t_zone_name, t_equivalent_minutes, t_equivalent_zone, t_equivalent_zone_name)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Claim cl : claims) {
                ps.setString(1, cl.id());
                ps.setString(2, cl.document());
                ps.setInt(3, cl.sentenceIndex());
                ps.setString(4, cl.sentence());
                ps.setInt(5, cl.sentenceStart());
                ps.setInt(6, cl.sentenceEnd());
                ps.setInt(7, cl.start());
                ps.setInt(8, cl.end());
                ps.setString(9, cl.kind().name());
                ps.setString(10, cl.subject());
                ps.setString(11, cl.predicate());
                ps.setString(12, cl.valueText());
                ps.setString(13, cl.normalized());
                ps.setString(14, cl.unit());
                ps.setString(15, cl.speaker());
                ps.setString(16, ListColumn.join(cl.entityIds()));
                ps.setString(17, cl.role());
                bindValue(ps, cl.value());
                n = add(ps, n);
            }
            ps.executeBatch();
        }
    }

    /** Columns 18-35: which value it is, then the quantity, date, statement and time fields (null when unused). */
    private static void bindValue(PreparedStatement ps, ClaimValue v) throws SQLException {
        for (int i = 18; i <= 28; i++) {
            ps.setObject(i, null);
        }
        TimeColumns.bind(ps, TIME_COLUMNS, v == null ? null : v.time());
        if (v == null) {
            return;
        }
        if (v.quantity() != null) {
            Quantity q = v.quantity();
            ps.setString(18, "quantity");
            ps.setDouble(19, q.stated()); // SQLite REAL keeps +-Infinity; NaN becomes NULL and reads back as NaN
            ps.setDouble(20, q.low());
            ps.setDouble(21, q.high());
            ps.setString(22, q.hedge() == null ? null : q.hedge().name());
            ps.setString(23, q.unit());
        } else if (v.date() != null) {
            DateValue d = v.date();
            ps.setString(18, "date");
            ps.setString(24, d.first() == null ? null : d.first().toString());
            ps.setString(25, d.last() == null ? null : d.last().toString());
            ps.setString(26, d.granularity() == null ? null : d.granularity().name());
            ps.setString(27, d.timex());
        } else if (v.time() != null) {
            ps.setString(18, "time");
        } else {
            ps.setString(18, "statement");
            ps.setString(28, v.statement());
        }
    }

    private static void insertFacts(Connection c, List<Fact> facts) throws SQLException {
        try (PreparedStatement fact = c.prepareStatement("INSERT INTO facts"
                + " (id, kind, label, status, disagreement, independent_sources) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement link = c.prepareStatement(
                     "INSERT INTO fact_claims (fact_id, position, claim_id) VALUES (?, ?, ?)")) {
            int n = 0;
            int links = 0;
            for (Fact f : facts) {
                fact.setString(1, f.id());
                fact.setString(2, f.kind().name());
                fact.setString(3, f.label());
                fact.setString(4, f.status().name());
                fact.setString(5, (f.disagreement() == null ? Disagreement.NONE : f.disagreement()).name());
                fact.setInt(6, f.independentSources());
                n = add(fact, n);
                for (int i = 0; i < f.claimIds().size(); i++) {
                    link.setString(1, f.id());
                    link.setInt(2, i);
                    link.setString(3, f.claimIds().get(i));
                    links = add(link, links);
                }
            }
            fact.executeBatch();
            link.executeBatch();
        }
    }

    private static void insertCopies(Connection c, Map<String, String> copyOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO copies (document, copy_of) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : copyOf.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static int add(PreparedStatement ps, int pending) throws SQLException {
        ps.addBatch();
        if (pending + 1 >= BATCH) {
            ps.executeBatch();
            return 0;
        }
        return pending + 1;
    }

    static List<Entity> entities(Connection c) throws SQLException {
        List<Entity> result = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, type, aliases FROM entities ORDER BY rowid")) {
            while (rs.next()) {
                result.add(new Entity(rs.getString(1), rs.getString(2), MentionType.valueOf(rs.getString(3)),
                        ListColumn.split(rs.getString(4))));
            }
        }
        return result;
    }

    static List<MentionRecord> mentions(Connection c) throws SQLException {
        List<MentionRecord> result = new ArrayList<>();
        // A million mentions repeat a few thousand entity ids and names: share one String each.
        Map<String, String> shared = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document, data FROM mentions ORDER BY rowid")) {
            while (rs.next()) {
                String document = rs.getString(1);
                try {
                    MentionBlob.decode(document, rs.getBytes(2), shared, result);
                } catch (IOException e) {
                    throw new SQLException("the mentions of " + document + " cannot be read", null,
                            SqliteErrors.CORRUPT, e);
                }
            }
        }
        return result;
    }

    static List<Claim> claims(Connection c) throws SQLException {
        List<Claim> result = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, document, sentence_index, sentence, sentence_start,"
                     + " sentence_end, start, end, kind, subject, predicate, value_text, normalized, unit, speaker,"
                     + " entity_ids, role, value_kind, q_stated, q_low, q_high, q_hedge, q_unit, d_first, d_last,"
                     + " d_granularity, d_timex, statement, t_minutes, t_hedge, t_zone, t_zone_name,"
                     + " t_equivalent_minutes, t_equivalent_zone, t_equivalent_zone_name FROM claims ORDER BY rowid")) {
            while (rs.next()) {
                result.add(new Claim(rs.getString(1), share(shared, rs.getString(2)), rs.getInt(3),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        ClaimKind.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12),
                        readValue(rs), rs.getString(13), rs.getString(14), rs.getString(15),
                        ListColumn.split(rs.getString(16)), rs.getString(17)));
            }
        }
        return result;
    }

    private static ClaimValue readValue(ResultSet rs) throws SQLException {
        String kind = rs.getString(18);
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "quantity" -> ClaimValue.of(new Quantity(real(rs, 19), real(rs, 20), real(rs, 21),
                    enumOrNull(Hedge.class, rs.getString(22)), rs.getString(23)));
            case "date" -> ClaimValue.of(new DateValue(dateOrNull(rs.getString(24)), dateOrNull(rs.getString(25)),
                    enumOrNull(Granularity.class, rs.getString(26)), rs.getString(27)));
            case "time" -> ClaimValue.of(TimeColumns.read(rs, TIME_COLUMNS));
            default -> rs.getString(28) == null ? null : ClaimValue.statement(rs.getString(28));
        };
    }

    static List<Fact> facts(Connection c) throws SQLException {
        Map<String, List<String>> claimIds = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fact_id, claim_id FROM fact_claims ORDER BY fact_id, position")) {
            while (rs.next()) {
                claimIds.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Fact> result = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, kind, label, status, disagreement, independent_sources"
                     + " FROM facts ORDER BY rowid")) {
            while (rs.next()) {
                String id = rs.getString(1);
                result.add(new Fact(id, ClaimKind.valueOf(rs.getString(2)), rs.getString(3),
                        claimIds.getOrDefault(id, List.of()), FactStatus.valueOf(rs.getString(4)),
                        Disagreement.valueOf(rs.getString(5)), rs.getInt(6)));
            }
        }
        return result;
    }

    static Map<String, String> copies(Connection c) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document, copy_of FROM copies ORDER BY rowid")) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getString(2));
            }
        }
        return result;
    }

    private static String share(Map<String, String> shared, String s) {
        return s == null ? null : shared.computeIfAbsent(s, k -> k);
    }

    private static double real(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static LocalDate dateOrNull(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
