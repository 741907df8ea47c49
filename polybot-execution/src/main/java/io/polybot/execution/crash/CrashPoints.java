package io.polybot.execution.crash;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Named moments where a crash would hurt most, for the crash tests: with the system property
 * {@value #PROPERTY} set to a point's name (or {@code name#n} for its n-th passage), the process
 * freezes there, says so on standard output, and waits to be killed with SIGKILL. Without the
 * property every call is one comparison against null.
 */
public final class CrashPoints {
    public static final String PROPERTY = "polybot.crash-at";
    /** The order is in the journal file; it is not yet stored and not yet sent. */
    public static final String ORDER_JOURNALED = "order.journaled";
    /** The venue has taken the order; its answer is not yet recorded and the signal not yet acknowledged. */
    public static final String ORDER_SUBMITTED = "order.submitted";
    /** A fill reported by the venue has arrived; it is not yet in the database. */
    public static final String FILL_RECEIVED = "fill.received";
    /** The line printed when a point is reached. */
    public static final String REACHED = "CRASH-POINT REACHED ";

    private static final String TARGET;
    private static final int PASSAGE;
    private static final AtomicInteger passages = new AtomicInteger();

    static {
        String spec = System.getProperty(PROPERTY);
        if (spec == null || spec.isBlank()) {
            TARGET = null;
            PASSAGE = 0;
        } else {
            int hash = spec.indexOf('#');
            TARGET = hash < 0 ? spec.trim() : spec.substring(0, hash).trim();
            PASSAGE = hash < 0 ? 1 : Integer.parseInt(spec.substring(hash + 1).trim());
        }
    }

    private CrashPoints() {}

    public static void reach(String point) {
        if (TARGET == null || !TARGET.equals(point) || passages.incrementAndGet() != PASSAGE) return;
        System.out.println(REACHED + point);
        System.out.flush();
        while (true) LockSupport.park(); // until SIGKILL: nothing after this point runs
    }
}
