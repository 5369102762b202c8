package hako.analyses.nps;

import java.time.LocalDate;

/** A customer who answered the survey: name from the customers master (null when absent), latest answer. */
public record Respondent(String customerId, String name, int score, LocalDate respondedOn) {
}
