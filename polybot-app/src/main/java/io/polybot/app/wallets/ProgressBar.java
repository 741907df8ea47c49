package io.polybot.app.wallets;

import io.polybot.strategy.intelligence.scoring.ScoringJob;

import java.io.PrintWriter;

/**
 * Scoring progress for a person: on a terminal one line redrawn in place ({@code \r}), otherwise
 * (a log file, CI) a line every tenth of the way, so logs stay readable.
 */
public final class ProgressBar implements ScoringJob.Progress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private int lastTenth = -1;
    private int lastDrawn = -1;

    public ProgressBar(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * A terminal when the JVM has a console and a terminal type (newer JDKs return a console even
     * when output is redirected, so the console alone does not tell).
     */
    public static boolean isTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !term.isBlank() && !term.equals("dumb");
    }

    @Override public void update(int done, int total) {
        if (total <= 0) return;
        int percent = (int) (100L * done / total);
        if (terminal) {
            if (percent == lastDrawn && done != total) return;
            lastDrawn = percent;
            int filled = WIDTH * done / total;
            out.print("\rscoring [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + done + "/" + total + " wallets");
            if (done == total) out.println();
        } else {
            int tenth = done == total ? 10 : percent / 10;
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            out.println("scoring: " + done + "/" + total + " wallets (" + percent + "%)");
        }
        out.flush();
    }
}
