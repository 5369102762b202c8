package hako.web.analyses;

import hako.analyses.Analysis;
import hako.analyses.behaviour.Behaviour;
import hako.analyses.behaviour.BehaviourProfile;
import hako.analyses.behaviour.BehaviourSegments;
import hako.analyses.groups.CustomerGroup;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Behaviour segments instead of averages: counts, share of customers and of sales, recommended actions. */
@Controller
class BehavioursController {

    private final AnalysisPage page;
    private final MessageSource messages;

    BehavioursController(AnalysisPage page, MessageSource messages) {
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/analyses/behaviours")
    String behaviours(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                      Locale locale, Model model) throws SQLException {
        if (!page.hasOrders()) {
            return "redirect:/";
        }
        LocalDate date = page.frame(model, "behaviours", Analysis.BEHAVIOURS, asOf, locale);
        var rules = page.shop().settings().behaviours();
        Optional<BehaviourSegments> read = page.result(model, date, List.of("behaviours", date, rules),
                c -> BehaviourSegments.read(c, date, rules));
        if (read.isEmpty()) {
            return AnalysisPage.COMPUTING;
        }
        BehaviourSegments s = read.get();
        model.addAttribute("segments", s);
        model.addAttribute("rules", rules);
        model.addAttribute("groupOf", Map.of(Behaviour.HEAVY, CustomerGroup.HEAVY, Behaviour.ONE_TIME,
                CustomerGroup.ONE_TIME, Behaviour.SEASONAL, CustomerGroup.SEASONAL, Behaviour.BULK, CustomerGroup.BULK));
        List<BehaviourProfile> p = s.profiles();
        model.addAttribute("chart", page.json(Chart.xy(p.stream().map(x -> x.behaviour().label(locale)).toList(),
                List.of(new Chart.Series(text("analyses.share", locale), "bar",
                                p.stream().map(x -> Math.round(x.share() * 1000) / 10.0).toList()),
                        new Chart.Series(text("analyses.sales_share", locale), "bar",
                                p.stream().map(x -> Math.round(x.salesShare() * 1000) / 10.0).toList())),
                "%", null, "%")));
        return "analyses/behaviours";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
