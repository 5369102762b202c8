-- Posts batches of site events to /api/v1/events, every event with its own id (thread, request, index),
-- so that each acknowledged event is a new row. args: events per request, write key, a run id (ids
-- stay unique across runs against the same database).
local threads = {}
local counter = 0

setup = function(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

init = function(args)
  batch = tonumber(args[1])
  key = args[2]
  run = args[3]
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. key
end

request = function()
  counter = counter + 1
  local parts = {}
  for i = 1, batch do
    local n = counter * batch + i
    local kind = (n % 5 == 0) and "add_to_cart" or "product_view"
    parts[i] = string.format('{"event_id":"%s-%d-%d-%d","type":"%s","visitor_id":"v%d-%d","product_code":"P%04d",'
        .. '"product_name":"商品 %d","price":%d,"quantity":1,"url":"https://shop.example/p/%d"}',
        run, tid, counter, i, kind, tid, n % 50000, n % 2000, n % 2000, 500 + (n % 50) * 100, n % 2000)
  end
  local body = (batch == 1) and parts[1] or ("[" .. table.concat(parts, ",") .. "]")
  return wrk.format(nil, nil, nil, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("hako p50=%d p95=%d p99=%d requests=%d errors=%d micros=%d\n",
      latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests, errors,
      summary.duration))
end
