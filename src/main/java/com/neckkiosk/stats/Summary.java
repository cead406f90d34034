package com.neckkiosk.stats;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The dashboard's tiles.
 *
 * @param visits          visits in the range
 * @param urgentShare     share of visits with a result that were EMERGENCY or URGENT (0 to 1)
 * @param medianSecondsToComplete  completed visits' median duration, to within
 *                        {@link Measure#DURATION_STEP_SECONDS} (the middle of its bucket)
 * @param printSuccess    printed sheets / (printed + failed) (0 to 1)
 * @param demoVisits      how many of the visits are synthetic
 */
public record Summary(long visits, OptionalDouble urgentShare, OptionalLong medianSecondsToComplete,
                      OptionalDouble printSuccess, long demoVisits) {
}
