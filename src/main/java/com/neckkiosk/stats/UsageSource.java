package com.neckkiosk.stats;

import java.util.List;

/** Where the dashboard reads its counts from (the store). Calls block: never on the event thread. */
public interface UsageSource {

    /** The rollup's counts for the filter's days and kiosk. */
    UsageCounts usage(UsageFilter filter);

    /** Every kiosk that has visits, in id order. */
    List<String> kioskIds();
}
