package hako.followups;

/** Why one tick could not be applied: the task id and a message a marketer understands. */
public record TickProblem(long taskId, String message) {
}
