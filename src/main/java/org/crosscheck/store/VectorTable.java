package org.crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Reads and writes the {@code text_vectors} table; the caller owns the transaction. */
final class VectorTable {
    private static final int BATCH = 5_000;

    private VectorTable() {
    }

    static Map<String, float[]> read(Connection c, String model) throws SQLException {
        Map<String, float[]> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT text_hash, vector FROM text_vectors WHERE model = ?")) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), TextVectors.decode(rs.getBytes(2)));
                }
            }
        }
        return result;
    }

    /** Adds the new vectors, then drops the vectors the analysis no longer uses (and other models'). */
    static void write(Connection c, TextVectors vectors) throws SQLException {
        insert(c, vectors);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS used_hashes (text_hash TEXT PRIMARY KEY)");
            s.executeUpdate("DELETE FROM used_hashes");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO used_hashes (text_hash) VALUES (?)")) {
            int n = 0;
            for (String hash : vectors.used()) {
                ps.setString(1, hash);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM text_vectors WHERE model <> ?"
                + " OR text_hash NOT IN (SELECT text_hash FROM used_hashes)")) {
            ps.setString(1, vectors.model());
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM used_hashes");
        }
    }

    /** Adds vectors without dropping any (vectors encoded for work that saves no analysis). */
    static void insert(Connection c, TextVectors vectors) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO text_vectors (model, text_hash, vector) VALUES (?, ?, ?)")) {
            int n = 0;
            for (Map.Entry<String, float[]> e : vectors.added().entrySet()) {
                ps.setString(1, vectors.model());
                ps.setString(2, e.getKey());
                ps.setBytes(3, TextVectors.encode(e.getValue()));
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
