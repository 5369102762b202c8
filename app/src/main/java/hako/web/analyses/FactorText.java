package hako.web.analyses;

import hako.analyses.decomposition.DecompositionRow;
import hako.analyses.decomposition.Factor;
import hako.analyses.decomposition.Factors;
import hako.web.Fmt;

/** How the decomposition page writes a factor's value and its change against a year earlier. */
public record FactorText(Fmt fmt) {

    public String value(Factors f, Factor factor) {
        return switch (factor) {
            case CUSTOMERS -> fmt.num(f.customers());
            case FREQUENCY -> f.frequency() == null ? "—" : fmt.dec(f.frequency(), 3);
            case UNIT_PRICE -> fmt.yen(f.unitPrice());
            case SALES -> fmt.yen(f.sales());
        };
    }

    /** ▲ +4.5% / ▼ −2.0% / → ±0.0% / — against the same month a year earlier. */
    public String change(DecompositionRow row, Factor factor) {
        Double ratio = row.ratio(factor);
        if (ratio == null) {
            return "—";
        }
        String mark = switch (row.trend(factor)) {
            case UP -> "▲ ";
            case DOWN -> "▼ ";
            default -> "→ ";
        };
        return mark + fmt.signedPct(ratio - 1);
    }
}
