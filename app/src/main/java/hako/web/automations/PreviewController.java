package hako.web.automations;

import hako.customers.CustomerProfile;
import hako.delivery.Channel;
import hako.delivery.MessageRenderer;
import hako.delivery.TriggerContent;
import hako.settings.HakoSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /automations/preview/{triggerId}}: a trigger's email (subject and body) and LINE text as the customer would get them. */
@Controller
class PreviewController {

    private final DataSource db;
    private final HakoSettings settings;
    private final DeliveryWiring.LinkSigner signer;

    PreviewController(DataSource db, HakoSettings settings, DeliveryWiring.LinkSigner signer) {
        this.db = db;
        this.settings = settings;
        this.signer = signer;
    }

    @GetMapping("/automations/preview/{triggerId}")
    String preview(@PathVariable String triggerId, Model model, HttpServletResponse response) throws SQLException {
        try (Connection c = db.getConnection()) {
            Optional<TriggerContent> trigger = TriggerContent.load(c, triggerId);
            model.addAttribute("triggerId", triggerId);
            if (trigger.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return "automations/preview-missing";
            }
            String name = CustomerProfile.find(c, trigger.get().customerId()).map(CustomerProfile::name).orElse(null);
            MessageRenderer renderer = new MessageRenderer(settings.delivery(), signer.tokens());
            model.addAttribute("trigger", trigger.get());
            model.addAttribute("email", renderer.render(trigger.get(), Channel.EMAIL, name));
            model.addAttribute("line", renderer.render(trigger.get(), Channel.LINE, name));
            model.addAttribute("signed", signer.tokens().isPresent());
        }
        return "automations/preview";
    }
}
