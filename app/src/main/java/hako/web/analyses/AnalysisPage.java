package hako.web.analyses;

import hako.analyses.Analysis;
import hako.web.ShopState;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.ObjectMapper;

/**
 * What every analysis page shares: the as-of date (the latest order date unless asked), the one-sentence
 * definition, the links to the customer list, the result from {@link AnalysisMemory} or the page that
 * says it is being computed, and charts written as JSON.
 */
@Component
class AnalysisPage {

    /** The template shown while a result is computed; it looks again by itself. */
    static final String COMPUTING = "analyses/computing";

    private final ShopState shop;
    private final AnalysisMemory memory;
    private final ObjectMapper json;

    AnalysisPage(ShopState shop, AnalysisMemory memory, ObjectMapper json) {
        this.shop = shop;
        this.memory = memory;
        this.json = json;
    }

    ShopState shop() {
        return shop;
    }

    /** Whether there are orders to analyse; pages send the person to the board (its import hint) otherwise. */
    boolean hasOrders() throws SQLException {
        return shop.latestOrderDate().isPresent();
    }

    /** Puts the page's frame on the model: which analysis, its definition, the as-of date, the links; returns the date. */
    LocalDate frame(Model model, String tab, Analysis analysis, LocalDate requested, Locale locale) throws SQLException {
        LocalDate date = shop.asOf(requested);
        model.addAttribute("tab", tab);
        model.addAttribute("action", "/analyses/" + tab);
        model.addAttribute("definition", analysis.definition(locale));
        model.addAttribute("asOf", date);
        model.addAttribute("latest", shop.latestOrderDate().orElseThrow());
        model.addAttribute("links", new AnalysisLinks(date));
        return date;
    }

    /**
     * The result for {@code key}, or empty with the model set for the computing page. The analyses'
     * facts at {@code date} are stored first when they are not (once per data version and date).
     */
    <T> Optional<T> result(Model model, LocalDate date, Object key, AnalysisMemory.Computation<T> computation)
            throws SQLException {
        Optional<T> r = memory.get(key, AnalysisMemory.onFacts(date, computation));
        if (r.isEmpty()) {
            model.addAttribute("since", java.time.Duration.between(memory.since(key), java.time.Instant.now())
                    .toSeconds());
        }
        return r;
    }

    String json(Map<String, Object> chart) {
        return json.writeValueAsString(chart);
    }

    /** The data changed through an upload on an analysis page. */
    void dataChanged() {
        shop.dataChanged();
        memory.forgetAll();
    }
}
