package hako.web.automations;

import hako.automations.Audience;
import hako.automations.AudienceFormat;
import hako.automations.Automations;
import hako.automations.Decision;
import hako.automations.Evaluation;
import hako.automations.Scenario;
import hako.automations.ScenarioSwitches;
import hako.automations.TriggerReport;
import hako.settings.HakoSettings;
import hako.web.security.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /automations}: the three scenarios with their switch, settings and counts; a scenario's page
 * with a dry run and its latest decisions; the retargeting audience download.
 */
@Controller
class AutomationsController {

    /** Decisions a scenario page lists. */
    static final int LATEST = 50;

    private final DataSource db;
    private final HakoSettings settings;
    private final Clock clock;
    private final AutomationRunner runner;

    AutomationsController(DataSource db, HakoSettings settings, Clock clock, AutomationRunner runner) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
        this.runner = runner;
    }

    @GetMapping("/automations")
    String list(Model model) throws SQLException {
        try (Connection c = db.getConnection()) {
            model.addAttribute("scenarios", views(c));
        }
        model.addAttribute("formats", AudienceFormat.values());
        runnerInfo(model);
        return "automations/list";
    }

    @GetMapping("/automations/{key}")
    String scenario(@PathVariable String key, @RequestParam(defaultValue = "false") boolean dryRun,
                    Authentication who, Model model) throws SQLException {
        Scenario s = Scenario.ofKey(key);
        boolean personal = CurrentUser.seesPersonalData(who);
        try (Connection c = db.getConnection()) {
            model.addAttribute("s", views(c).stream().filter(v -> v.scenario() == s).findFirst().orElseThrow());
            List<TriggerReport.Row> latest = TriggerReport.latest(c, s, LATEST);
            model.addAttribute("latest", latest);
            if (dryRun) {
                Evaluation e = Automations.dryRun(c, clock, settings);
                List<Decision> decisions = e.of(s).decisions();
                model.addAttribute("dry", e.of(s));
                model.addAttribute("dryAt", e.at());
                model.addAttribute("contacts", personal
                        ? TriggerReport.contacts(c, decisions.stream().map(Decision::customerId).collect(Collectors.toSet()))
                        : Map.of());
            }
        }
        model.addAttribute("personal", personal);
        model.addAttribute("formats", AudienceFormat.values());
        runnerInfo(model);
        return "automations/scenario";
    }

    @PostMapping("/automations/{key}/enabled")
    String toggle(@PathVariable String key, @RequestParam boolean enabled, Authentication who) throws SQLException {
        Scenario s = Scenario.ofKey(key);
        try (Connection c = db.getConnection()) {
            ScenarioSwitches.set(c, s, enabled, who.getName(), clock);
        }
        return "redirect:/automations";
    }

    @GetMapping("/automations/audience/{format}")
    ResponseEntity<byte[]> audience(@PathVariable String format, Authentication who) throws Exception {
        AudienceFormat f = AudienceFormat.ofKey(format);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Connection c = db.getConnection()) {
            Audience.export(c, clock, settings, f, new OutputStreamWriter(bytes, StandardCharsets.UTF_8), who.getName());
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"hako-audience-" + f.key() + "." + f.extension() + "\"")
                .contentType(new MediaType("text", f.extension().equals("csv") ? "csv" : "plain", StandardCharsets.UTF_8))
                .body(bytes.toByteArray());
    }

    private List<ScenarioView> views(Connection c) throws SQLException {
        Map<Scenario, ScenarioSwitches.Switch> switches = ScenarioSwitches.switches(c);
        Map<Scenario, TriggerReport.Counts> counts = TriggerReport.counts(c, clock.instant());
        return java.util.Arrays.stream(Scenario.values())
                .map(s -> ScenarioView.of(s, switches.get(s), settings.automations(), counts.get(s))).toList();
    }

    private void runnerInfo(Model model) {
        model.addAttribute("zone", settings.zone());
        model.addAttribute("scheduled", runner.scheduled());
        model.addAttribute("every", settings.automations().runEvery().toSeconds());
        model.addAttribute("lastRun", runner.last().map(Evaluation::at).orElse(null));
    }
}
