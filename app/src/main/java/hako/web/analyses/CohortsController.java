package hako.web.analyses;

import hako.analyses.Analysis;
import hako.analyses.cohorts.AcquisitionCost;
import hako.analyses.cohorts.Cohorts;
import hako.imports.ImportKind;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Cohorts and LTV: continuation and LTV heatmaps, LTV components, CPO against LTV and the spend upload. */
@Controller
class CohortsController {

    private final AnalysisPage page;
    private final AnalysisUpload upload;
    private final CohortCharts charts;

    CohortsController(AnalysisPage page, AnalysisUpload upload, CohortCharts charts) {
        this.page = page;
        this.upload = upload;
        this.charts = charts;
    }

    /** Cohorts and acquisition cost at one as-of date, as the page shows them. */
    record View(Cohorts cohorts, AcquisitionCost cost) {
    }

    @GetMapping("/analyses/cohorts")
    String cohorts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   Locale locale, Model model) throws SQLException {
        if (!page.hasOrders()) {
            return "redirect:/";
        }
        return render(asOf, locale, model);
    }

    @PostMapping("/analyses/cohorts/spend")
    String spend(@RequestParam(name = "file", required = false) MultipartFile file,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 Authentication who, Locale locale, Model model) throws SQLException, IOException {
        upload.importFile(file, ImportKind.ACQUISITION_SPEND, who.getName(), model);
        return render(asOf, locale, model);
    }

    /** The cohorts and CPO at {@code asOf}, for the board's leak flag too. */
    static View read(java.sql.Connection c, LocalDate asOf) throws SQLException {
        Cohorts cohorts = Cohorts.read(c, asOf, Cohorts.MONTHS);
        return new View(cohorts, AcquisitionCost.of(cohorts, c));
    }

    private String render(LocalDate asOf, Locale locale, Model model) throws SQLException {
        LocalDate date = page.frame(model, "cohorts", Analysis.COHORTS, asOf, locale);
        model.addAttribute("cpoDefinition", Analysis.ACQUISITION_COST.definition(locale));
        Optional<View> read = page.result(model, date, CohortsController.key(date), c -> read(c, date));
        if (read.isEmpty()) {
            return AnalysisPage.COMPUTING;
        }
        View v = read.get();
        AnalysisLinks links = new AnalysisLinks(date);
        model.addAttribute("view", v);
        model.addAttribute("leaks", v.cost().leaks());
        model.addAttribute("continuationChart", page.json(charts.continuation(v.cohorts(), links, locale)));
        model.addAttribute("ltvChart", page.json(charts.ltv(v.cohorts(), links, locale)));
        model.addAttribute("componentsChart", page.json(charts.components(v.cohorts(), locale)));
        model.addAttribute("rateChart", page.json(charts.rates(v.cohorts(), locale)));
        model.addAttribute("cpoChart", page.json(charts.cpo(v.cost(), locale)));
        model.addAttribute("summaries", DecompositionController.newestFirst(v.cohorts().summaries()));
        return "analyses/cohorts";
    }

    /** The memory key of the cohorts at {@code asOf}; the board reads the same result. */
    static Object key(LocalDate asOf) {
        return java.util.List.of("cohorts", asOf);
    }
}
