package hako.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hako.clv.ChurnRisk;
import hako.customers.Cluster;
import hako.customers.Stage;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void conditionsAreReadAndWrittenBackInOneSpelling() {
        Target t = Target.parse(" Behaviour = multi_buyer ; cluster!=TOP1 ");
        assertEquals("behaviour=multi_buyer;cluster!=top1", t.text());
        assertEquals(2L, t.fMin());
        assertNull(t.fMax());
        assertEquals(EnumSet.complementOf(EnumSet.of(Cluster.TOP1)), EnumSet.copyOf(t.clusters()));
        assertEquals(t, Target.parse(t.text()));
    }

    @Test
    void listsMeanAnyOfAndRepeatedKeysNarrow() {
        Target t = Target.parse("stage=activation,retention;stage!=retention;tier=top20;segment=retention");
        assertEquals(EnumSet.of(Stage.ACTIVATION), EnumSet.copyOf(t.stages()));
        assertEquals(Cluster.TOP20, t.tier());
        assertEquals(Stage.RETENTION, t.boardSegment());
        assertTrue(Target.parse("cluster=top1").onlyTop1());
        assertEquals("all", Target.parse("ALL").text());
        assertEquals(Boolean.TRUE, Target.parse("behaviour=usage_cycle").usageCycle());
        assertEquals(1L, Target.parse("behaviour=one_time").fMax());
        assertEquals(EnumSet.of(ChurnRisk.HIGH, ChurnRisk.MEDIUM),
                EnumSet.copyOf(Target.parse("churn_risk=high,medium").risks()));
        assertEquals(EnumSet.of(ChurnRisk.HIGH), EnumSet.copyOf(Target.parse("churn_risk!=low,medium").risks()));
        assertEquals("churn_risk=high;stage=retention", Target.parse("churn_risk=HIGH;stage=retention").text());
    }

    @Test
    void mistakesAreRefusedWithWhatWasExpected() {
        assertEquals("unknown cluster \"top5\": use top1, top10, top20, one_time, two_three or repeater",
                message("cluster=top5"));
        assertEquals("unknown target key \"rank\": use cluster, tier, stage, behaviour, loyalty, churn_risk or segment",
                message("rank=1"));
        assertEquals("unknown churn_risk \"severe\": use low, medium or high", message("churn_risk=severe"));
        assertEquals("tier must be top1, top10 or top20, not one_time", message("tier=one_time"));
        assertEquals("the cluster conditions leave no cluster: nobody is targeted", message("cluster=top1;cluster!=top1"));
        assertEquals("behaviour one_time and multi_buyer cannot both hold",
                message("behaviour=one_time;behaviour=multi_buyer"));
        assertTrue(message("cluster").startsWith("cannot read \"cluster\""));
        assertTrue(message("  ").startsWith("a target is needed"));
        assertEquals("segment takes one value, not retention,churn_prevention",
                message("segment=retention,churn_prevention"));
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Target.parse(text)).getMessage();
    }
}
