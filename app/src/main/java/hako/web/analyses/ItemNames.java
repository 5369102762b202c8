package hako.web.analyses;

import hako.analyses.journey.JourneyPath;
import java.util.Map;
import java.util.stream.Collectors;

/** Item keys with their names, for writing a journey path as a person reads it. */
public record ItemNames(Map<String, String> names) {

    /** 青汁 30包 › 青汁 30包 › 酵素ドリンク 720mL. */
    public String path(JourneyPath path) {
        return path.items().stream().map(i -> names.getOrDefault(i, i)).collect(Collectors.joining(" › "));
    }
}
