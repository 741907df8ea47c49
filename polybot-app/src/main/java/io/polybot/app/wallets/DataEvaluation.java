package io.polybot.app.wallets;

import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code wallets evaluate --data DIR}: scoring judged on recorded real trades (issue 5 item 9, not built yet). */
public final class DataEvaluation {
    private DataEvaluation() {}

    public static boolean run(Path dataDir, PrintWriter out) {
        out.println("evaluation on recorded real data (" + dataDir + ") is not implemented yet: use --world-seed S");
        out.flush();
        return false;
    }
}
