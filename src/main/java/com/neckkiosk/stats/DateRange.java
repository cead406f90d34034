package com.neckkiosk.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Days from {@code first} to {@code last}, both included. */
public record DateRange(LocalDate first, LocalDate last) {

    /** Longer ranges would make a dashboard nobody can read; ten years is plenty. */
    public static final int MAX_DAYS = 3660;

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new IllegalArgumentException("the range " + first + " to " + last + " is longer than "
                    + MAX_DAYS + " days");
        }
    }

    /** The {@code days} days ending with {@code today}. */
    public static DateRange lastDays(int days, LocalDate today) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
        return new DateRange(today.minusDays(days - 1L), today);
    }

    /** The {@code months} months ending with {@code today} (12 months: a year ago tomorrow to today). */
    public static DateRange lastMonths(int months, LocalDate today) {
        return new DateRange(today.minusMonths(months).plusDays(1), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public List<LocalDate> eachDay() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    @Override
    public String toString() {
        return first + " to " + last;
    }
}
