package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.nlp.EntityDecision;
import org.crosscheck.project.ReviewDecision;
import org.crosscheck.project.ReviewState;

/**
 * The rows of the researcher's decisions: reviews of claims, typed titles and entity merges and
 * splits. They live apart from the machine's output (decision 0003), so re-analysis never
 * touches them. Each method works on a connection inside a transaction {@link ProjectStore} opened.
 */
final class DecisionTables {

    private DecisionTables() {
    }

    static Void saveReviews(Connection c, List<ReviewDecision> decisions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO reviews"
                + " (claim_id, state, edited_value, note, fact_override, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ReviewDecision d : decisions) {
                ps.setString(1, d.claimId());
                ps.setString(2, d.state().name());
                ps.setString(3, d.editedValue());
                ps.setString(4, d.note());
                ps.setString(5, d.factOverride());
                ps.setString(6, (d.updatedAt() == null ? Instant.now() : d.updatedAt()).toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return null;
    }

    static Void deleteReview(Connection c, String claimId) throws SQLException {
        return deleteWhere(c, "DELETE FROM reviews WHERE claim_id = ?", claimId);
    }

    static Map<String, ReviewDecision> reviews(Connection c) throws SQLException {
        Map<String, ReviewDecision> result = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT claim_id, state, edited_value, note, fact_override, updated_at"
                     + " FROM reviews ORDER BY rowid")) {
            while (rs.next()) {
                result.put(rs.getString(1), new ReviewDecision(rs.getString(1), ReviewState.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6))));
            }
        }
        return result;
    }

    /** A null or blank title removes the typed one: the document shows the title the loader found. */
    static Void setTitle(Connection c, String document, String title) throws SQLException {
        if (title == null || title.isBlank()) {
            return deleteWhere(c, "DELETE FROM title_edits WHERE document = ?", document);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO title_edits (document, title, made_at)"
                + " VALUES (?, ?, ?)")) {
            ps.setString(1, document);
            ps.setString(2, title.strip());
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
        }
        return null;
    }

    static Map<String, String> titleEdits(Connection c) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document, title FROM title_edits ORDER BY rowid")) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getString(2));
            }
        }
        return result;
    }

    static Void saveEntityDecision(Connection c, EntityDecision d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO entity_decisions"
                + " (id, kind, entity, other, made_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, d.id());
            ps.setString(2, d.kind().name());
            ps.setString(3, d.entity());
            ps.setString(4, d.other());
            ps.setString(5, Instant.now().toString());
            ps.executeUpdate();
        }
        return null;
    }

    static Void deleteEntityDecision(Connection c, String id) throws SQLException {
        return deleteWhere(c, "DELETE FROM entity_decisions WHERE id = ?", id);
    }

    static List<EntityDecision> entityDecisions(Connection c) throws SQLException {
        List<EntityDecision> result = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, kind, entity, other FROM entity_decisions ORDER BY rowid")) {
            while (rs.next()) {
                result.add(new EntityDecision(rs.getString(1), EntityDecision.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)));
            }
        }
        return result;
    }

    private static Void deleteWhere(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
        return null;
    }
}
