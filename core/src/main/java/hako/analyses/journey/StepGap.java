package hako.analyses.journey;

/** The customers who reached purchase {@code step} and the median days from their previous purchase. */
public record StepGap(int step, long customers, double medianDays) {
}
