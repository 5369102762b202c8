package hako.web.board;

import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.Segment;

/** A segment as a form sends it: blank fields mean "any". */
record SegmentForm(String cluster, String tier, Long fMin, Long fMax, Long rMin, Long rMax) {

    Segment toSegment(Stage stage) {
        return new Segment(stage, key(cluster), key(tier), fMin, fMax, rMin, rMax);
    }

    private static Cluster key(String text) {
        return text == null || text.isBlank() ? null : Cluster.ofKey(text);
    }
}
