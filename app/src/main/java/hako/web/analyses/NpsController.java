package hako.web.analyses;

import hako.analyses.Analysis;
import hako.analyses.groups.CustomerGroup;
import hako.analyses.nps.Loyalty;
import hako.analyses.nps.NpsReport;
import hako.analyses.nps.Respondent;
import hako.analyses.nps.NpsScore;
import hako.imports.ImportKind;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** NPS overall and by month, the loyalty groups and what each calls for; upload of survey answers. */
@Controller
class NpsController {

    private final AnalysisPage page;
    private final AnalysisUpload upload;
    private final MessageSource messages;

    NpsController(AnalysisPage page, AnalysisUpload upload, MessageSource messages) {
        this.page = page;
        this.upload = upload;
        this.messages = messages;
    }

    @GetMapping("/analyses/nps")
    String nps(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
               Locale locale, Model model) throws SQLException {
        if (!page.hasOrders()) {
            return "redirect:/";
        }
        return render(asOf, locale, model);
    }

    @PostMapping("/analyses/nps/survey")
    String survey(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  Authentication who, Locale locale, Model model) throws SQLException, IOException {
        upload.importFile(file, ImportKind.NPS, who.getName(), model);
        return render(asOf, locale, model);
    }

    /** The respondents of a loyalty group who have no purchase by the as-of date: the customer list cannot show them. */
    @GetMapping("/analyses/nps/respondents")
    String respondents(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                       @RequestParam String loyalty, Locale locale, Model model) throws SQLException {
        if (!page.hasOrders()) {
            return "redirect:/";
        }
        Loyalty group = Loyalty.ofKey(loyalty);
        LocalDate date = page.frame(model, "nps", Analysis.NPS, asOf, locale);
        Optional<List<Respondent>> read = page.result(model, date, List.of("nps-respondents", date, group),
                c -> NpsReport.withoutPurchase(c, date, group));
        if (read.isEmpty()) {
            return AnalysisPage.COMPUTING;
        }
        model.addAttribute("loyalty", group);
        model.addAttribute("respondents", read.get());
        return "analyses/respondents";
    }

    private String render(LocalDate asOf, Locale locale, Model model) throws SQLException {
        LocalDate date = page.frame(model, "nps", Analysis.NPS, asOf, locale);
        Optional<NpsReport> read = page.result(model, date, List.of("nps", date), c -> NpsReport.read(c, date));
        if (read.isEmpty()) {
            return AnalysisPage.COMPUTING;
        }
        NpsReport r = read.get();
        model.addAttribute("report", r);
        model.addAttribute("months", DecompositionController.newestFirst(r.months()));
        model.addAttribute("groupOf", java.util.Arrays.stream(hako.analyses.nps.Loyalty.values())
                .collect(java.util.stream.Collectors.toMap(l -> l, CustomerGroup::of)));
        List<NpsScore> m = r.months();
        model.addAttribute("chart", page.json(Chart.xy(m.stream().map(x -> x.month().toString()).toList(), List.of(
                new Chart.Series("NPS", "line", m.stream().map(x -> x.nps() == null ? null
                        : Math.round(x.nps() * 10) / 10.0).toList()),
                new Chart.Series(messages.getMessage("analyses.nps.responses", null, locale), "bar",
                        m.stream().map(NpsScore::responses).toList(), 1)), "NPS", 0.0, "")));
        return "analyses/nps";
    }
}
