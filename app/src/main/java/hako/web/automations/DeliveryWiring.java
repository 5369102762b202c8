package hako.web.automations;

import hako.delivery.ChannelConfig;
import hako.delivery.LinkTokens;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The channels and the link secret, from Spring properties {@code hako.smtp.*}, {@code hako.line.*} and
 * {@code hako.delivery.secret} — which Spring also reads from the environment ({@code HAKO_SMTP_HOST}, …).
 */
@Configuration
class DeliveryWiring {

    @Bean
    ChannelConfig channelConfig(Environment env) {
        return ChannelConfig.from(env::getProperty);
    }

    /** The link signer, when a secret is configured: without one, no link can be trusted and the public endpoints answer 404. */
    @Bean
    LinkSigner linkSigner(ChannelConfig config) {
        return new LinkSigner(config.secret().map(LinkTokens::new));
    }

    /** The signer, if any (a bean cannot be an empty Optional). */
    record LinkSigner(Optional<LinkTokens> tokens) {
    }
}
