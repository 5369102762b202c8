package hako.delivery;

/** What one delivery round did. */
public record DeliveryReport(int recovered, int enqueued, int sent, int skipped, int postponed, int retried,
                             int failed, boolean interrupted) {

    @Override
    public String toString() {
        return "enqueued " + enqueued + ", sent " + sent + ", skipped " + skipped + ", postponed " + postponed
                + ", retry later " + retried + ", failed " + failed
                + (recovered > 0 ? ", recovered after a crash " + recovered : "")
                + (interrupted ? " (interrupted: the rest goes in the next round)" : "");
    }
}
