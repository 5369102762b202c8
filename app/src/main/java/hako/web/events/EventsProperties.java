package hako.web.events;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the events API is reached, from Spring properties or the environment only (never the database):
 * {@code hako.events.write-key} ({@code HAKO_EVENTS_WRITEKEY}) and {@code hako.events.allowed-origins}
 * ({@code HAKO_EVENTS_ALLOWEDORIGINS}, comma-separated).
 *
 * @param writeKey       the shop's write key; none: the API answers 503
 * @param allowedOrigins the shop sites whose pages may call the API from a browser (CORS)
 */
@ConfigurationProperties(prefix = "hako.events")
public record EventsProperties(String writeKey, List<String> allowedOrigins) {

    public EventsProperties {
        writeKey = writeKey == null || writeKey.isBlank() ? null : writeKey.strip();
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }
}
