-- wrk script: GET a workspace page as a signed-in member of staff (COOKIE in the environment), and report the
-- 50th, 95th and 99th percentiles and every answer that was not 200.
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["Accept-Encoding"] = "gzip"

local bad = 0
local think = tonumber(os.getenv("THINK_MS") or "0")

-- Each connection is one member of staff, who reads a page for about THINK_MS (between half and one and a half
-- times it, so that fifty people do not click in step) before asking for the next
math.randomseed(os.time() + math.floor(os.clock() * 1e6))
delay = function()
  if think == 0 then return 0 end
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s (%.0f/s); not 200: %d; socket errors: %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
