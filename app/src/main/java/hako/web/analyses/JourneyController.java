package hako.web.analyses;

import hako.analyses.Analysis;
import hako.analyses.ItemLevel;
import hako.analyses.journey.Journey;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import hako.analyses.journey.JourneyNode;
import java.util.HashMap;
import java.util.Map;

/** The TOP1% journey (DOMAIN.md step 7) beside all repeat buyers': Sankey, median days, common paths. */
@Controller
class JourneyController {

    private final AnalysisPage page;

    JourneyController(AnalysisPage page) {
        this.page = page;
    }

    @GetMapping("/analyses/journey")
    String journey(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @RequestParam(defaultValue = "product") String level, Locale locale, Model model)
            throws SQLException {
        if (!page.hasOrders()) {
            return "redirect:/";
        }
        LocalDate date = page.frame(model, "journey", Analysis.JOURNEY, asOf, locale);
        ItemLevel l = ItemLevel.ofKey(level);
        var rules = page.shop().settings().rules();
        Optional<Journey> read = page.result(model, date, List.of("journey", date, l, rules),
                c -> Journey.read(c, date, rules, l, Journey.PATHS));
        if (read.isEmpty()) {
            return AnalysisPage.COMPUTING;
        }
        Journey j = read.get();
        model.addAttribute("journey", j);
        model.addAttribute("level", l);
        model.addAttribute("levels", ItemLevel.values());
        model.addAttribute("maps", List.of(j.top1(), j.repeaters()));
        model.addAttribute("names", new ItemNames(names(j)));
        AnalysisLinks links = new AnalysisLinks(date);
        model.addAttribute("top1Link", links.tier(hako.customers.Cluster.TOP1));
        model.addAttribute("repeatersLink", links.fFrom(2));
        model.addAttribute("top1Chart", page.json(JourneySankey.of(j.top1(), locale)));
        model.addAttribute("repeatersChart", page.json(JourneySankey.of(j.repeaters(), locale)));
        return "analyses/journey";
    }

    /** Item key → name, from the nodes of both maps, for the paths table. */
    private static Map<String, String> names(Journey j) {
        Map<String, String> names = new HashMap<>();
        for (JourneyNode n : j.top1().nodes()) {
            names.put(n.item(), n.label());
        }
        for (JourneyNode n : j.repeaters().nodes()) {
            names.put(n.item(), n.label());
        }
        return names;
    }
}
