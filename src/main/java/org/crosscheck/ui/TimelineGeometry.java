package org.crosscheck.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pixels of the timeline, shared by the window's chart and the SVG export so both draw the same
 * picture: a column of lane titles, an axis on top, then each lane's rows of marks. A day is
 * {@code pixelsPerDay} wide and {@code originDay} is the day (epoch day, fractional, so that slow
 * drags at a high zoom still move) at the left edge of the plot.
 */
public record TimelineGeometry(double pixelsPerDay, double originDay) {

    public TimelineGeometry(double pixelsPerDay, LocalDate origin) {
        this(pixelsPerDay, (double) origin.toEpochDay());
    }

    /** The day at the left edge of the plot. */
    public LocalDate origin() {
        return LocalDate.ofEpochDay((long) Math.floor(originDay));
    }

    public static final double LABEL_WIDTH = 190;
    public static final double AXIS_HEIGHT = 30;
    public static final double ROW_HEIGHT = 22;
    public static final double LANE_GAP = 8;
    /** A mark is never narrower than this, so a single day stays visible and clickable zoomed out. */
    public static final double MIN_MARK_WIDTH = 8;
    /** Low enough that "All" fits a stray year centuries off (1353 beside 2005) into a window. */
    public static final double MIN_PIXELS_PER_DAY = 0.0005;
    public static final double MAX_PIXELS_PER_DAY = 400;

    /**
     * The geometry that shows days {@code first} to {@code last} in {@code plotWidth} pixels, a
     * twentieth of the span to spare on each side and room right of the last mark for its value.
     */
    public static TimelineGeometry fitting(LocalDate first, LocalDate last, double plotWidth) {
        if (first == null) {
            return new TimelineGeometry(20, LocalDate.now().minusDays(7));
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        long margin = Math.max(1, days / 20);
        // The last marks' values are written to their right: room for them.
        double width = Math.max(100, plotWidth - LABEL_ROOM);
        double ppd = clamp(width / (days + 2 * margin));
        return new TimelineGeometry(ppd, first.minusDays(margin));
    }

    /** Pixels kept free right of the last mark for its value. */
    static final double LABEL_ROOM = 200;

    static double clamp(double pixelsPerDay) {
        return Math.max(MIN_PIXELS_PER_DAY, Math.min(MAX_PIXELS_PER_DAY, pixelsPerDay));
    }

    /** The x of the start of {@code day}. */
    public double x(LocalDate day) {
        return LABEL_WIDTH + (day.toEpochDay() - originDay) * pixelsPerDay;
    }

    /** The day at {@code x} (fractional days are cut). */
    public LocalDate day(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(originDay + (x - LABEL_WIDTH) / pixelsPerDay));
    }

    public double markX(TimelineLayout.Mark m) {
        return x(m.first());
    }

    public double markWidth(TimelineLayout.Mark m) {
        return Math.max(MIN_MARK_WIDTH, x(m.last().plusDays(1)) - x(m.first()));
    }

    /** The y of the top of each lane, and the total height as the last element. */
    public static double[] laneTops(List<TimelineLayout.Lane> lanes) {
        double[] tops = new double[lanes.size() + 1];
        double y = AXIS_HEIGHT;
        for (int i = 0; i < lanes.size(); i++) {
            tops[i] = y;
            y += Math.max(1, lanes.get(i).rows()) * ROW_HEIGHT + LANE_GAP;
        }
        tops[lanes.size()] = y;
        return tops;
    }

    /** This geometry zoomed by {@code factor} around the day at {@code x}. */
    public TimelineGeometry zoomed(double factor, double x) {
        double ppd = clamp(pixelsPerDay * factor);
        double dayAtX = originDay + (x - LABEL_WIDTH) / pixelsPerDay;
        return new TimelineGeometry(ppd, dayAtX - (x - LABEL_WIDTH) / ppd);
    }

    /** This geometry moved by {@code dx} pixels (a drag to the right shows earlier days). */
    public TimelineGeometry panned(double dx) {
        return new TimelineGeometry(pixelsPerDay, originDay - dx / pixelsPerDay);
    }

    /** This geometry with {@code day} in the middle of a plot {@code plotWidth} wide. */
    public TimelineGeometry centredOn(LocalDate day, double plotWidth) {
        return new TimelineGeometry(pixelsPerDay, day.toEpochDay() - plotWidth / 2 / pixelsPerDay);
    }

    /** One labelled tick of the axis. */
    public record Tick(LocalDate day, String label) {
    }

    /** Ticks at days, months, years or decades, whichever leaves room for their labels. */
    public List<Tick> ticks(double plotWidth) {
        LocalDate origin = origin();
        LocalDate end = day(LABEL_WIDTH + plotWidth).plusDays(1);
        List<Tick> ticks = new ArrayList<>();
        if (pixelsPerDay >= 40) {
            for (LocalDate d = origin; !d.isAfter(end); d = d.plusDays(1)) {
                ticks.add(new Tick(d, d.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH))));
            }
        } else if (pixelsPerDay >= 2.5) {
            for (LocalDate d = origin.withDayOfMonth(1); !d.isAfter(end); d = d.plusMonths(1)) {
                ticks.add(new Tick(d, d.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH))));
            }
        } else {
            int step = yearStep(pixelsPerDay);
            int year = origin.getYear() - Math.floorMod(origin.getYear(), step);
            for (LocalDate d = LocalDate.of(year, 1, 1); !d.isAfter(end); d = d.plusYears(step)) {
                ticks.add(new Tick(d, String.valueOf(d.getYear())));
            }
        }
        ticks.removeIf(t -> t.day().isBefore(origin));
        return ticks;
    }

    /** Years between labelled ticks: the fewest of 1, 5, 10, 50, 100, 500 that leave 70 pixels for a label. */
    static int yearStep(double pixelsPerDay) {
        for (int step : new int[] {1, 5, 10, 50, 100, 500}) {
            if (step * 365.25 * pixelsPerDay >= 70) {
                return step;
            }
        }
        return 1000;
    }
}
