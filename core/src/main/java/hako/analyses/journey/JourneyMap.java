package hako.analyses.journey;

import java.util.List;

/** One group's journey: Sankey nodes and links, median gaps per step, the most common paths. */
public record JourneyMap(String group, long customers, List<JourneyNode> nodes, List<JourneyLink> links,
                         List<StepGap> gaps, List<JourneyPath> paths) {

    public JourneyMap {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        gaps = List.copyOf(gaps);
        paths = List.copyOf(paths);
    }
}
