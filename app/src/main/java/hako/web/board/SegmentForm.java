package hako.web.board;

import hako.analyses.groups.CustomerGroup;
import hako.clv.ChurnRisk;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.ClvCondition;
import hako.segments.Segment;

/**
 * A segment as a form sends it: blank fields mean "any". P(alive) is in percent, CLV in whole yen.
 */
record SegmentForm(String cluster, String tier, Long fMin, Long fMax, Long rMin, Long rMax, String group,
                   String risk, Long aliveMin, Long aliveMax, Long clvMin, Long clvMax) {

    Segment toSegment(Stage stage) {
        return new Segment(stage, key(cluster), key(tier), fMin, fMax, rMin, rMax,
                group == null || group.isBlank() ? null : CustomerGroup.ofKey(group), null,
                new ClvCondition(risk == null || risk.isBlank() ? null : ChurnRisk.ofKey(risk), aliveMin, aliveMax,
                        clvMin, clvMax));
    }

    private static Cluster key(String text) {
        return text == null || text.isBlank() ? null : Cluster.ofKey(text);
    }
}
