-- wrk reports p50/p75/p90/p99 only; print the percentiles Hako's targets name, in microseconds.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("hako p50=%d p95=%d p99=%d requests=%d errors=%d\n",
      latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests, errors))
end
