package hako.followups;

/**
 * One contact of a plan.
 *
 * @param no      the step's number within its plan (1, 2, …); tasks refer to it
 * @param message what to send or say: a message, or an instruction to the staff member
 */
public record Step(int no, Trigger trigger, Channel channel, String message) {

    public Step {
        if (no < 1) {
            throw new IllegalArgumentException("step numbers start at 1, not " + no);
        }
        if (trigger == null || channel == null) {
            throw new IllegalArgumentException("step " + no + " needs a trigger and a channel");
        }
        message = message == null ? "" : message.strip();
    }
}
