package hako.clv;

import java.util.stream.IntStream;

/** Sums over an index range split in chunks that run on every core: the log-likelihoods at a million customers. */
final class Chunks {

    /** Below this many items one thread is faster than handing chunks out. */
    private static final int PARALLEL_FROM = 20_000;
    private static final int CHUNK = 8_192;

    /** The sum over [from, to) of a chunk. */
    @FunctionalInterface
    interface ChunkSum {
        double over(int from, int to);
    }

    private Chunks() {
    }

    static double sum(int size, ChunkSum chunk) {
        if (size < PARALLEL_FROM) {
            return chunk.over(0, size);
        }
        int chunks = (size + CHUNK - 1) / CHUNK;
        // summed in chunk order, so the result does not depend on which thread finished first
        double[] parts = new double[chunks];
        IntStream.range(0, chunks).parallel().forEach(k -> parts[k] = chunk.over(k * CHUNK, Math.min(size, (k + 1) * CHUNK)));
        double total = 0;
        for (double v : parts) {
            total += v;
        }
        return total;
    }
}
