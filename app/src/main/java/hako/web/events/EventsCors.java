package hako.web.events;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for the events API: the shop's sites ({@code hako.events.allowed-origins}) may post events and
 * read the answer from their pages. No cookies are sent or wanted: the write key authenticates.
 */
@Component
public class EventsCors implements CorsConfigurationSource {

    private final CorsConfiguration config;

    EventsCors(EventsProperties properties) {
        config = new CorsConfiguration();
        config.setAllowedOrigins(properties.allowedOrigins());
        config.setAllowedMethods(List.of("POST"));
        config.setAllowedHeaders(List.of("Content-Type", "Authorization", "X-Hako-Write-Key"));
        config.setAllowCredentials(false);
        config.setMaxAge(86_400L);
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        return config;
    }
}
