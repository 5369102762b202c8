package hako.web.board;

import hako.analyses.groups.CustomerGroup;
import hako.board.BoardPlan;
import hako.board.Element;
import hako.customers.Cluster;
import hako.customers.Stage;
import hako.segments.MemberQuery;
import hako.segments.Segment;
import hako.web.ShopState;
import hako.web.clv.ClvState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The live segment behind each stage's segment box: edited in place, its count updated as it changes. */
@Controller
class SegmentController {

    private final DataSource db;
    private final ShopState shop;
    private final BoardMemory plan;
    private final ClvState clv;

    SegmentController(DataSource db, ShopState shop, BoardMemory plan, ClvState clv) {
        this.db = db;
        this.shop = shop;
        this.clv = clv;
        this.plan = plan;
    }

    @GetMapping("/board/segment/{stage}")
    String show(@PathVariable String stage, @RequestParam(required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) throws SQLException {
        Stage s = Stage.ofKey(stage);
        try (Connection c = db.getConnection()) {
            return render(c, s, plan.segments().get(s), shop.asOf(asOf), model, "board/segment :: segment");
        }
    }

    @GetMapping("/board/segment/{stage}/edit")
    String edit(@PathVariable String stage, @RequestParam(required = false)
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) throws SQLException {
        Stage s = Stage.ofKey(stage);
        try (Connection c = db.getConnection()) {
            model.addAttribute("clusters", Cluster.values());
            model.addAttribute("tiers", new Cluster[] {Cluster.TOP1, Cluster.TOP10, Cluster.TOP20});
            model.addAttribute("groups", CustomerGroup.values());
            model.addAttribute("risks", hako.clv.ChurnRisk.values());
            return render(c, s, plan.segments().get(s), shop.asOf(asOf), model, "board/segment :: edit");
        }
    }

    /** The count of a segment being edited, before it is saved. */
    @GetMapping("/board/segment/{stage}/count")
    String count(@PathVariable String stage, SegmentForm form, @RequestParam(required = false)
                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) throws SQLException {
        Stage s = Stage.ofKey(stage);
        try (Connection c = db.getConnection()) {
            return render(c, s, form.toSegment(s), shop.asOf(asOf), model, "board/segment :: count");
        }
    }

    @PostMapping("/board/segment/{stage}")
    String save(@PathVariable String stage, SegmentForm form, @RequestParam(defaultValue = "") String text,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                Authentication who, Model model) throws SQLException {
        Stage s = Stage.ofKey(stage);
        Segment segment = form.toSegment(s);
        plan.saveSegment(s, segment, text, who.getName());
        try (Connection c = db.getConnection()) {
            return render(c, s, segment, shop.asOf(asOf), model, "board/segment :: segment");
        }
    }

    private String render(Connection c, Stage s, Segment segment, LocalDate asOf, Model model, String view)
            throws SQLException {
        model.addAttribute("stage", s);
        model.addAttribute("segment", segment);
        model.addAttribute("asOf", asOf);
        if (segment.clv().any()) {
            clv.scores(asOf);
        }
        model.addAttribute("count", shop.count(new MemberQuery(asOf, segment, null, false)));
        model.addAttribute("box", BoardPlan.box(c, s, Element.SEGMENT));
        return view;
    }
}
