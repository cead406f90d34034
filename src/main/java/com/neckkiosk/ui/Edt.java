package com.neckkiosk.ui;

import java.awt.EventQueue;
import java.util.concurrent.Executor;

/** The one way onto the event dispatch thread, and the guard that UI-mutating code asserts. */
public final class Edt {

    /** Runs later on the EDT: the executor background results hop back through. */
    public static final Executor ON_EDT = EventQueue::invokeLater;

    private Edt() {
    }

    /** For {@code assert calledOnEDT();} at the top of every method that touches Swing state. */
    public static boolean calledOnEDT() {
        if (!EventQueue.isDispatchThread()) {
            throw new AssertionError("must be called on the event dispatch thread, not " + Thread.currentThread().getName());
        }
        return true;
    }
}
