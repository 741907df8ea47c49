package io.polybot.app.wallets;

import io.polybot.app.roles.ScoringWiring;
import io.polybot.app.config.PolybotConfig;
import io.polybot.sim.world.WorldScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5 item 8 on the small world, seed 1: the whole normal path over HTTP, graded against the sim's truth. */
class SimEvaluationTest {
    @TempDir Path work;

    @Test void meetsTheIssueTargetsOnTheSmallWorld() throws Exception {
        StringWriter out = new StringWriter();
        var cfg = PolybotConfig.load(null, Map.of("polybot.data-dir", work.toString()));
        SimEvaluation.Result r = SimEvaluation.run(1, WorldScale.small(), work.resolve("db"), ScoringWiring.settings(cfg), new PrintWriter(out), false);

        assertThat(r.informed().precision()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.9"));
        assertThat(r.informed().recall()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.8"));
        assertThat(r.marketMaker().f1()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.9"));
        assertThat(r.bot().f1()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.9"));
        assertThat(r.linkedGroupsShare()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.8"));
        assertThat(r.copies().topBeatsAll()).isTrue();
        assertThat(r.copies().topExpected().perWallet()).isGreaterThan(r.copies().allExpected().perWallet());
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("{\"informed\":{\"precision\":").contains("\"linked_groups_recovered\":")
                .endsWith("}");
    }
}
