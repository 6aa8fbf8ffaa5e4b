-- GET the URL given to wrk signed in: with a browser's session cookie (env RESTWISE_BENCH_COOKIE)
-- when one is given, as a coach's phone opens the squad page, otherwise with a personal API token
-- (env RESTWISE_BENCH_TOKEN) as a bearer, as a script reads the JSON. The bare endpoint ignores both.
local cookie = os.getenv("RESTWISE_BENCH_COOKIE") or ""
if cookie ~= "" then
  wrk.headers["Cookie"] = "restwise_session=" .. cookie
else
  wrk.headers["Authorization"] = "Bearer " .. (os.getenv("RESTWISE_BENCH_TOKEN") or "")
end
wrk.headers["Accept"] = "text/html,application/json"

-- One line for bench/squad-morning.sh: throughput, p95 and p99 in ms, and errors (answers of 400 or
-- more, socket errors and timeouts).
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("figures %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
