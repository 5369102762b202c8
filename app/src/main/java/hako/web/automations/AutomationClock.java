package hako.web.automations;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock the automations read time from: the system's, unless a test supplies its own. */
@Configuration
class AutomationClock {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock automationsClock() {
        return Clock.systemUTC();
    }
}
