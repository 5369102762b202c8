package hako.web.followups;

import hako.followups.Coverage;
import hako.web.board.CoverageMemory;
import hako.followups.DefaultPlans;
import hako.followups.Plan;
import hako.followups.PlanFile;
import hako.followups.PlanFileRefused;
import hako.followups.PlanStore;
import hako.followups.ThreeThreeTwoRule;
import hako.web.ShopState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The follow-up plans with their steps and each plan's 3-3-2 check and coverage; enabled or disabled
 * in place; the plan file (CSV) downloaded and uploaded, a refused file listing every mistake.
 */
@Controller
class PlansController {

    private final DataSource db;
    private final ShopState shop;
    private final CoverageMemory coverage;

    PlansController(DataSource db, ShopState shop, CoverageMemory coverage) {
        this.db = db;
        this.shop = shop;
        this.coverage = coverage;
    }

    @GetMapping("/followups/plans")
    String plans(Model model) throws SQLException {
        return page(model);
    }

    @PostMapping("/followups/plans/{id}/enabled")
    String enable(@PathVariable String id, @RequestParam boolean enabled, Authentication who, Model model)
            throws SQLException {
        try (Connection c = db.getConnection()) {
            PlanStore.setEnabled(c, id, enabled, who.getName());
            Map<String, Coverage.Share> shares = shares(coverage.at(shop.asOf(null)));
            Plan plan = PlanStore.get(c, id).orElseThrow();
            model.addAttribute("p", new PlanView(plan, ThreeThreeTwoRule.checkPlan(plan), shares.get(id)));
        }
        return "followups/plans :: plan";
    }

    @GetMapping("/followups/plans.csv")
    ResponseEntity<byte[]> download() throws SQLException, IOException {
        Path dir = Files.createTempDirectory("hako-plans");
        try (Connection c = db.getConnection()) {
            DefaultPlans.installIfNone(c);
            Path file = dir.resolve("plans.csv");
            PlanFile.export(c, file);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hako-plans.csv\"")
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(Files.readAllBytes(file));
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    @PostMapping("/followups/plans/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile part, Authentication who, Model model)
            throws SQLException, IOException {
        if (part == null || part.isEmpty()) {
            model.addAttribute("uploadProblem", "no file chosen");
            return page(model);
        }
        Path dir = Files.createTempDirectory("hako-plans");
        try (Connection c = db.getConnection()) {
            Path file = dir.resolve(UploadName.of(part.getOriginalFilename(), "plans.csv"));
            part.transferTo(file);
            PlanFile.Imported done = PlanFile.importFile(c, file, who.getName());
            model.addAttribute("imported", done);
        } catch (PlanFileRefused e) {
            model.addAttribute("refused", e.problems());
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
        return page(model);
    }

    private String page(Model model) throws SQLException {
        if (shop.latestOrderDate().isEmpty()) {
            return "redirect:/";
        }
        try (Connection c = db.getConnection()) {
            DefaultPlans.installIfNone(c);
            Coverage now = coverage.at(shop.asOf(null));
            Map<String, Coverage.Share> shares = shares(now);
            List<PlanView> plans = PlanStore.list(c).stream()
                    .map(p -> new PlanView(p, ThreeThreeTwoRule.checkPlan(p), shares.get(p.id()))).toList();
            model.addAttribute("plans", plans);
            model.addAttribute("coverage", now);
        }
        return "followups/plans";
    }

    private static Map<String, Coverage.Share> shares(Coverage coverage) {
        Map<String, Coverage.Share> shares = new LinkedHashMap<>();
        coverage.plans().forEach(s -> shares.put(s.planId(), s.share()));
        return shares;
    }

    /** A plan with its 3-3-2 check and, when enabled, its targeted customers meeting 3-3-2. */
    record PlanView(Plan plan, ThreeThreeTwoRule.PlanCheck check, Coverage.Share share) {
    }
}
