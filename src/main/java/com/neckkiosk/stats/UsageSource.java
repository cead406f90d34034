package com.neckkiosk.stats;

import java.util.Collection;
import java.util.List;

/** Where the dashboard reads its counts from (the store). Calls block: never on the event thread. */
public interface UsageSource {

    /** The rollup's counts for the filter's days and kiosk. */
    UsageCounts usage(UsageFilter filter);

    /** Every kiosk that has visits, in id order. */
    List<String> kioskIds();

    /** Gets ready to give these ranges quickly (a source that keeps counts in memory reads them now). */
    default void prefetch(Collection<DateRange> ranges) {
        // a source that reads on every call has nothing to get ready
    }

    /** Lets the next calls see visits written since the last ones (a source that keeps counts drops changed ones). */
    default void refresh() {
        // a source that reads on every call sees them anyway
    }
}
