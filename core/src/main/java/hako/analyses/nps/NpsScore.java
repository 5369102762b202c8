package hako.analyses.nps;

import java.time.YearMonth;

/** Answers of a month (or of all months: {@code month} null) by promoters 9–10, passives 7–8, detractors 0–6. */
public record NpsScore(YearMonth month, long responses, long promoters, long passives, long detractors) {

    /** % promoters − % detractors, from −100 to 100; null without answers. */
    public Double nps() {
        return responses == 0 ? null : 100.0 * (promoters - detractors) / responses;
    }
}
