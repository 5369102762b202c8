package hako.web.analyses;

import hako.analyses.journey.JourneyLink;
import hako.analyses.journey.JourneyMap;
import hako.analyses.journey.JourneyNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;

/**
 * A journey map as a readable Sankey: per step the most common items keep their node, the rest share
 * one "others" node (their customers summed), so a shop with hundreds of products still shows a diagram.
 */
final class JourneySankey {

    /** Items kept per step. */
    static final int ITEMS_PER_STEP = 7;

    private JourneySankey() {
    }

    static Map<String, Object> of(JourneyMap map, Locale locale) {
        String others = "ja".equals(locale.getLanguage()) ? "その他" : "others";
        Set<String> kept = new HashSet<>();
        Map<Integer, Integer> perStep = new HashMap<>();
        for (JourneyNode n : map.nodes()) {
            // Nodes come largest first within each step.
            if (perStep.merge(n.step(), 1, Integer::sum) <= ITEMS_PER_STEP) {
                kept.add(n.id());
            }
        }
        Map<String, Long> nodeCustomers = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (JourneyNode n : map.nodes()) {
            String id = kept.contains(n.id()) ? n.id() : n.step() + ":*";
            nodeCustomers.merge(id, n.customers(), Long::sum);
            labels.put(id, kept.contains(n.id()) ? n.label() : others);
        }
        Map<String, Long> links = new LinkedHashMap<>();
        for (JourneyLink l : map.links()) {
            String from = kept.contains(l.source()) ? l.source() : l.fromStep() + ":*";
            String to = kept.contains(l.target()) ? l.target() : (l.fromStep() + 1) + ":*";
            links.merge(from + "\u0000" + to, l.customers(), Long::sum);
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        nodeCustomers.forEach((id, n) -> nodes.add(Map.of("name", id, "value", n,
                "label", Map.of("formatter", step(id) + ". " + escape(labels.get(id))),
                "tooltip", Map.of("formatter", escape(labels.get(id)) + ": " + n))));
        List<Map<String, Object>> edges = new ArrayList<>();
        links.forEach((k, n) -> {
            String[] ends = k.split("\u0000");
            edges.add(Map.of("source", ends[0], "target", ends[1], "value", n));
        });
        return Chart.sankey(nodes, edges);
    }

    private static String step(String id) {
        return id.substring(0, id.indexOf(':'));
    }

    /** ECharts reads {a}, {b}… in a formatter as placeholders. */
    private static String escape(String label) {
        String text = label == null ? "" : label;
        return text.replace("{", "(").replace("}", ")");
    }
}
