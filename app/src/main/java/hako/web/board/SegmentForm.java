package hako.web.board;

import hako.analyses.groups.CustomerGroup;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.Segment;

/** A segment as a form sends it: blank fields mean "any". */
record SegmentForm(String cluster, String tier, Long fMin, Long fMax, Long rMin, Long rMax, String group) {

    Segment toSegment(Stage stage) {
        return new Segment(stage, key(cluster), key(tier), fMin, fMax, rMin, rMax,
                group == null || group.isBlank() ? null : CustomerGroup.ofKey(group), null);
    }

    private static Cluster key(String text) {
        return text == null || text.isBlank() ? null : Cluster.ofKey(text);
    }
}
