package hako.web.clusters;

import hako.clusters.Band;
import hako.clusters.BandCount;
import hako.clusters.Distributions;
import hako.clusters.HeatCell;
import hako.clusters.RfmHeatmap;
import hako.web.Fmt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/** Turns the heatmap and the distributions into chart data with the page's labels and links. */
final class ClusterCharts {

    private final MessageSource messages;
    private final Locale locale;
    private final Fmt fmt;
    private final CustomerLinks links;

    ClusterCharts(MessageSource messages, Locale locale, Fmt fmt, CustomerLinks links) {
        this.messages = messages;
        this.locale = locale;
        this.fmt = fmt;
        this.links = links;
    }

    ChartData.Heat heatmap(RfmHeatmap map) {
        List<long[]> cells = new ArrayList<>();
        List<String> cellLinks = new ArrayList<>();
        for (int row = 0; row < map.recency().size(); row++) {
            for (int column = 0; column < map.frequency().size(); column++) {
                cells.add(new long[] {column, row, map.count(row, column)});
            }
        }
        for (HeatCell cell : map.cells()) {
            cellLinks.add(links.cell(cell.recency(), cell.frequency()));
        }
        return new ChartData.Heat("heatmap", text("clusters.axis.f"), text("clusters.axis.r"),
                text("clusters.unit.customers"), labels(map.frequency().bands(), Band::label),
                labels(map.recency().bands(), Band::label), cells, cellLinks, map.max());
    }

    ChartData.Bars frequency(Distributions d) {
        return bars(d.frequency(), "clusters.axis.f", Band::label, b -> "F " + b.label() + text("clusters.unit.times"),
                links::frequency);
    }

    ChartData.Bars monetary(Distributions d) {
        return bars(d.monetary(), "clusters.axis.m", this::yenShort, this::yenFull, null);
    }

    ChartData.Bars recency(Distributions d) {
        return bars(d.recency(), "clusters.axis.r", Band::label, b -> "R " + b.label() + text("clusters.unit.days"),
                links::recency);
    }

    private ChartData.Bars bars(List<BandCount> counts, String axis, Function<Band, String> label,
                                Function<Band, String> tip, Function<Band, String> link) {
        List<Band> bands = counts.stream().map(BandCount::band).toList();
        return new ChartData.Bars("bars", text(axis), text("clusters.unit.customers"), labels(bands, label),
                labels(bands, tip), counts.stream().map(BandCount::customers).toList(),
                link == null ? List.of() : labels(bands, link));
    }

    /** "1,000円〜", "1万円〜" / "￥1k–2k", "￥1M+": short enough for an axis. */
    String yenShort(Band band) {
        if (ja()) {
            return band.low() == 0 && !band.isOpen() ? text("clusters.yen.below", jaYen(band.high() + 1))
                    : text("clusters.yen.from", jaYen(band.low()));
        }
        return band.isOpen() ? "￥" + enYen(band.low()) + "+" : "￥" + enYen(band.low()) + "–" + enYen(band.high() + 1);
    }

    /** "￥1,000–￥1,999", "￥1,000,000+". */
    String yenFull(Band band) {
        String low = fmt.yen(BigDecimal.valueOf(band.low()));
        return band.isOpen() ? low + "+" : low + "–" + fmt.yen(BigDecimal.valueOf(band.high()));
    }

    private static String jaYen(long yen) {
        return yen >= 10_000 && yen % 10_000 == 0 ? (yen / 10_000) + "万" : String.format(Locale.ROOT, "%,d", yen);
    }

    private static String enYen(long yen) {
        if (yen >= 1_000_000 && yen % 1_000_000 == 0) {
            return (yen / 1_000_000) + "M";
        }
        return yen >= 1_000 && yen % 1_000 == 0 ? (yen / 1_000) + "k" : Long.toString(yen);
    }

    private boolean ja() {
        return "ja".equals(locale.getLanguage());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static List<String> labels(List<Band> bands, Function<Band, String> label) {
        return bands.stream().map(label).toList();
    }
}
