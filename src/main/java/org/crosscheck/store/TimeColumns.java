package org.crosscheck.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.crosscheck.normalize.Hedge;
import org.crosscheck.normalize.TimeOfDay;
import org.crosscheck.normalize.TimeOfDay.Zone;

/**
 * A claim's time of day in the seven {@code t_*} columns of {@code claims} (schema step 5):
 * minutes, hedge, zone and zone name, then the same moment in another zone when the text gave
 * one in brackets ("1353 (1023 GMT)"), which takes the first time's hedge.
 */
final class TimeColumns {

    static final int COUNT = 7;

    private TimeColumns() {
    }

    /** Binds {@code t} (or nulls) to the seven parameters from {@code first}. */
    static void bind(PreparedStatement ps, int first, TimeOfDay t) throws SQLException {
        TimeOfDay e = t == null ? null : t.equivalent();
        setInt(ps, first, t == null ? null : t.minutes());
        ps.setString(first + 1, t == null ? null : t.hedge().name());
        ps.setString(first + 2, t == null ? null : t.zone().name());
        ps.setString(first + 3, t == null ? null : t.zoneName());
        setInt(ps, first + 4, e == null ? null : e.minutes());
        ps.setString(first + 5, e == null ? null : e.zone().name());
        ps.setString(first + 6, e == null ? null : e.zoneName());
    }

    /** The time stored in the seven columns from {@code first}, or null when there is none. */
    static TimeOfDay read(ResultSet rs, int first) throws SQLException {
        int minutes = rs.getInt(first);
        if (rs.wasNull()) {
            return null;
        }
        Hedge hedge = Hedge.valueOf(rs.getString(first + 1));
        int equivalentMinutes = rs.getInt(first + 4);
        TimeOfDay equivalent = rs.wasNull() ? null : new TimeOfDay(equivalentMinutes, hedge,
                Zone.valueOf(rs.getString(first + 5)), rs.getString(first + 6), null);
        return new TimeOfDay(minutes, hedge, Zone.valueOf(rs.getString(first + 2)), rs.getString(first + 3), equivalent);
    }

    private static void setInt(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }
}
