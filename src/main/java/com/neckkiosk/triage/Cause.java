package com.neckkiosk.triage;

/** What may have set the pain off; the patient may pick several. */
public enum Cause {
    POSTURE("posture"),
    SCREEN_WORK("screen_work"),
    PHONE_CRADLING("phone_cradling"),
    SLEEP_POSITION("sleep_position"),
    PILLOW_MATTRESS("pillow_mattress"),
    HEAVY_BAG("heavy_bag"),
    OVERUSE("overuse"),
    STRESS("stress"),
    TEETH_GRINDING("teeth_grinding"),
    NONE_KNOWN("none_known");

    private final String id;

    Cause(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
