package com.neckkiosk.stats;

import java.util.Objects;
import java.util.Optional;

/** What the dashboard shows: a date range, and one kiosk or all ({@code kioskId} empty). */
public record UsageFilter(DateRange range, Optional<String> kioskId) {

    public UsageFilter {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(kioskId, "kioskId");
    }

    public static UsageFilter allKiosks(DateRange range) {
        return new UsageFilter(range, Optional.empty());
    }

    public UsageFilter withRange(DateRange newRange) {
        return new UsageFilter(newRange, kioskId);
    }

    public UsageFilter withKiosk(Optional<String> kiosk) {
        return new UsageFilter(range, kiosk);
    }
}
