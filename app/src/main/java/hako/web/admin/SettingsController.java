package hako.web.admin;

import hako.settings.HakoSettings;
import hako.web.events.EventsProperties;
import java.sql.SQLException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin/settings}: the settings in effect, where they come from, and the audit log. */
@Controller
class SettingsController {

    /** How many audit entries the page shows. */
    static final int AUDIT_ROWS = 200;

    private final HakoSettings settings;
    private final AuditLog audit;
    private final EventsProperties events;

    SettingsController(HakoSettings settings, AuditLog audit, EventsProperties events) {
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    @GetMapping("/admin/settings")
    String settings(Model model) throws SQLException {
        model.addAttribute("settings", SettingRow.of(settings));
        model.addAttribute("audit", audit.recent(AUDIT_ROWS));
        model.addAttribute("auditRows", AUDIT_ROWS);
        model.addAttribute("eventsKeySet", events.writeKey() != null);
        model.addAttribute("eventsOrigins", events.allowedOrigins());
        return "admin/settings";
    }
}
