package hako.web.events;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link EventsProperties} from {@code hako.events.*}. */
@Configuration
@EnableConfigurationProperties(EventsProperties.class)
class EventsConfig {
}
