package hako.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Group commit: requests queue their batches, one thread stores everything pending in one
 * transaction ({@link EventStore}) and then completes every waiting request. While a commit runs
 * the next requests gather, so the rate grows with load instead of each request paying a commit.
 * A batch's future completes only once its events are committed; if the commit fails, every batch
 * in it fails and nothing of them is stored.
 */
public final class EventWriter implements AutoCloseable {

    /** Events one commit takes at most; the rest wait for the next. */
    static final int COMMIT_LIMIT = 50_000;

    private final Connection connection;
    private final ZoneId zone;
    private final Clock clock;
    private final Consumer<EventsStored> listener;
    private final int maxPending;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Thread thread;
    private volatile boolean open = true;

    /**
     * @param connection used by the writer alone, until {@link #close}
     * @param listener   told after each commit (new orders change the shop's numbers)
     * @param maxPending events waiting at most; more are refused ({@link Overloaded}) rather than queued
     */
    public EventWriter(Connection connection, ZoneId zone, Clock clock, Consumer<EventsStored> listener, int maxPending) {
        this.connection = connection;
        this.zone = zone;
        this.clock = clock;
        this.listener = listener;
        this.maxPending = maxPending;
        this.thread = new Thread(this::run, "hako-events");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code events} (one request's batch); the future completes when they are committed. */
    public CompletableFuture<Stored> submit(List<SiteEvent> events) throws Overloaded {
        if (!open) {
            throw new Overloaded("the event writer is closed");
        }
        if (pending.addAndGet(events.size()) > maxPending) {
            pending.addAndGet(-events.size());
            throw new Overloaded("more than " + maxPending + " events are waiting to be stored");
        }
        Pending p = new Pending(events, new CompletableFuture<>());
        queue.add(p);
        return p.done();
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                int events = first.events().size();
                Pending next;
                while (events < COMMIT_LIMIT && (next = queue.poll()) != null) {
                    group.add(next);
                    events += next.events().size();
                }
                commit(group, events);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                group.clear();
            }
        }
        failAll(new SQLException("the event writer stopped"));
    }

    private void commit(List<Pending> group, int events) {
        try {
            EventStore.Written written = EventStore.write(connection,
                    group.stream().map(Pending::events).toList(), Intake.api(clock.instant(), zone));
            pending.addAndGet(-events);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).done().complete(written.batches().get(i));
            }
            notifyListener(written.stored());
        } catch (SQLException | RuntimeException e) {
            pending.addAndGet(-events);
            group.forEach(p -> p.done().completeExceptionally(e));
        }
    }

    private void notifyListener(EventsStored stored) {
        try {
            listener.accept(stored);
        } catch (RuntimeException e) {
            // The events are committed and acknowledged; a listener's failure does not undo that.
            System.getLogger(EventWriter.class.getName()).log(System.Logger.Level.WARNING, "event listener failed", e);
        }
    }

    private void failAll(Exception e) {
        Pending p;
        while ((p = queue.poll()) != null) {
            p.done().completeExceptionally(e);
        }
    }

    /** Stops taking batches, stores those queued, and stops the thread. The connection stays open. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        thread.join();
    }

    private record Pending(List<SiteEvent> events, CompletableFuture<Stored> done) {
    }

    /** Too many events are waiting: the sender should retry a little later. */
    public static final class Overloaded extends Exception {
        Overloaded(String message) {
            super(message);
        }
    }
}
