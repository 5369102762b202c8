package hako.events;

/**
 * What became of one batch of events once committed.
 *
 * @param received   events in the batch (each item of a purchase counts)
 * @param duplicates of them, those already stored before (a resent batch): not stored again
 */
public record Stored(int received, int duplicates) {
}
