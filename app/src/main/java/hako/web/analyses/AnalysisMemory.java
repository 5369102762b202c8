package hako.web.analyses;

import hako.analyses.AnalysisQuery;
import hako.analyses.facts.AnalysisFacts;
import hako.web.ShopState;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The analyses computed for the pages, kept per data version (the last import) and asked-for view:
 * the first view starts the computation in the background and waits a moment; a page whose result is
 * not ready by then shows that it is being computed and looks again, instead of holding a request for
 * seconds at a million customers. An import forgets everything.
 */
@Component
class AnalysisMemory {

    /** How long a page waits for a result before showing progress. */
    static final Duration WAIT = Duration.ofMillis(1_500);
    private static final int KEPT = 48;

    /** An analysis run on a connection of its own. */
    @FunctionalInterface
    interface Computation<T> {
        T compute(Connection c) throws SQLException;
    }

    /** A result not ready yet: what is being computed, since when. */
    record Pending(String what, Instant since) {
        long seconds() {
            return Duration.between(since, Instant.now()).toSeconds();
        }
    }

    private record Entry(CompletableFuture<Object> result, Instant since) {
    }

    private final DataSource db;
    private final ShopState shop;
    private final Map<Object, Entry> results = new LinkedHashMap<>(16, 0.75f, true);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hako-analyses");
        t.setDaemon(true);
        return t;
    });
    private long version = -1;

    AnalysisMemory(DataSource db, ShopState shop) {
        this.db = db;
        this.shop = shop;
    }

    /**
     * The result for {@code key}, computing it when it is not known yet: the value once ready (waiting
     * up to {@link #WAIT}), else empty while it is computed.
     */
    <T> Optional<T> get(Object key, Computation<T> computation) throws SQLException {
        return get(key, computation, WAIT);
    }

    /** The same, waiting at most {@code wait}. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> get(Object key, Computation<T> computation, Duration wait) throws SQLException {
        Entry entry = entry(shop.dataVersion(), key, computation);
        try {
            return Optional.of((T) entry.result().get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            forget(key);
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * {@code computation} after storing the analyses' facts at {@code asOf} when they are not stored for
     * the current data: paid once per import and date, so that every analysis then reads them.
     */
    static <T> Computation<T> onFacts(LocalDate asOf, Computation<T> computation) {
        return c -> {
            AnalysisFacts.ensure(c, asOf);
            return computation.compute(c);
        };
    }

    /** When {@code key} started computing; for the progress note. */
    synchronized Instant since(Object key) {
        Entry e = results.get(key);
        return e == null ? Instant.now() : e.since();
    }

    /** Forgets every result: the data changed through a page of this package. */
    synchronized void forgetAll() {
        results.clear();
        version = -1;
    }

    private synchronized void forget(Object key) {
        results.remove(key);
    }

    private synchronized Entry entry(long now, Object key, Computation<?> computation) {
        if (now != version) {
            results.clear();
            version = now;
        }
        Entry known = results.get(key);
        if (known != null) {
            return known;
        }
        CompletableFuture<Object> future = new CompletableFuture<>();
        Entry entry = new Entry(future, Instant.now());
        results.put(key, entry);
        while (results.size() > KEPT) {
            results.remove(results.keySet().iterator().next());
        }
        thread.execute(() -> run(computation, future));
        return entry;
    }

    private void run(Computation<?> computation, CompletableFuture<Object> future) {
        try (Connection c = db.getConnection()) {
            try {
                future.complete(computation.compute(c));
            } finally {
                AnalysisQuery.dropWorkTables(c);
            }
        } catch (Exception | Error e) {
            future.completeExceptionally(e);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
