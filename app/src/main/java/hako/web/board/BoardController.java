package hako.web.board;

import hako.board.BoardNumbers;
import hako.board.BoardPlan;
import hako.board.Box;
import hako.board.Element;
import hako.customers.Stage;
import hako.followups.ScoresMissing;
import hako.segments.MemberQuery;
import hako.segments.Segment;
import hako.web.ShopState;
import hako.web.analyses.LeakCheck;
import hako.web.clv.ClvState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import hako.web.automations.AutomationsLine;
import javax.sql.DataSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The one-page board: KPIs, the four stages with live numbers and flows, and the 20 boxes. */
@Controller
class BoardController {

    private final DataSource db;
    private final ShopState shop;
    private final BoardMemory plan;
    private final CoverageMemory coverage;
    private final LeakCheck leaks;
    private final ClvState clv;

    private final AutomationsLine automations;

    BoardController(DataSource db, ShopState shop, BoardMemory plan, CoverageMemory coverage, LeakCheck leaks,
                    ClvState clv, AutomationsLine automations) {
        this.leaks = leaks;
        this.automations = automations;
        this.db = db;
        this.shop = shop;
        this.clv = clv;
        this.plan = plan;
        this.coverage = coverage;
    }

    @GetMapping("/")
    String board(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 Model model) throws SQLException {
        if (shop.latestOrderDate().isEmpty()) {
            return "board/empty";
        }
        LocalDate date = shop.asOf(asOf);
        BoardNumbers numbers = shop.numbers(date);
        Map<Stage, Segment> segments = plan.segments();
        Map<Stage, Long> segmentCounts = new EnumMap<>(Stage.class);
        boolean scored = clv.scores(date);
        for (Map.Entry<Stage, Segment> s : segments.entrySet()) {
            segmentCounts.put(s.getKey(), shop.count(new MemberQuery(date, s.getValue(), null, false)));
        }
        try {
            model.addAttribute("coverage", coverage.at(date).overall());
        } catch (ScoresMissing e) {
            // a plan targets by churn risk while the CLV fit is being redone: the KPI waits for the scores
            model.addAttribute("coverage", null);
            model.addAttribute("coverageProblem", e.getMessage());
        }
        model.addAttribute("leak", leaks.latestLeak(date).orElse(null));
        model.addAttribute("riskBands", scored ? clv.bands(date).orElse(null) : null);
        model.addAttribute("clv", clv.status());
        model.addAttribute("freshness", shop.freshness());
        model.addAttribute("clvSettings", clv.settings());
        model.addAttribute("boxes", plan.boxes());
        model.addAttribute("segments", segments);
        model.addAttribute("segmentCounts", segmentCounts);
        model.addAttribute("n", numbers);
        model.addAttribute("asOf", date);
        model.addAttribute("latest", shop.latestOrderDate().orElseThrow());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("elements", Element.values());
        model.addAttribute("automations", automations.last30Days());
        return "board/board";
    }

    @GetMapping("/board/flows")
    String flows(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 Model model) throws SQLException {
        LocalDate date = shop.asOf(asOf);
        model.addAttribute("n", shop.numbers(date));
        model.addAttribute("asOf", date);
        model.addAttribute("stages", Stage.values());
        return "board/flows";
    }

    @GetMapping("/board/box/{stage}/{element}")
    String box(@PathVariable String stage, @PathVariable String element, Model model) throws SQLException {
        return boxFragment(Stage.ofKey(stage), Element.ofKey(element), model, "board/box :: box");
    }

    @GetMapping("/board/box/{stage}/{element}/edit")
    String edit(@PathVariable String stage, @PathVariable String element, Model model) throws SQLException {
        return boxFragment(Stage.ofKey(stage), Element.ofKey(element), model, "board/box :: edit");
    }

    @PostMapping("/board/box/{stage}/{element}")
    String save(@PathVariable String stage, @PathVariable String element, @RequestParam(defaultValue = "") String text,
                Authentication who, Model model) throws SQLException {
        Stage s = Stage.ofKey(stage);
        Element e = Element.ofKey(element);
        plan.save(s, e, text, who.getName());
        return boxFragment(s, e, model, "board/box :: box");
    }

    @GetMapping("/board/box/{stage}/{element}/history")
    String history(@PathVariable String stage, @PathVariable String element, Model model) throws SQLException {
        Stage s = Stage.ofKey(stage);
        Element e = Element.ofKey(element);
        try (Connection c = db.getConnection()) {
            model.addAttribute("changes", BoardPlan.history(c, s, e, 50));
        }
        model.addAttribute("stage", s);
        model.addAttribute("element", e);
        return "board/box :: history";
    }

    private String boxFragment(Stage s, Element e, Model model, String view) throws SQLException {
        try (Connection c = db.getConnection()) {
            Box box = BoardPlan.box(c, s, e);
            model.addAttribute("box", box);
        }
        return view;
    }
}
