-- POST /api/check-ins as the squad's athletes on the morning of the benchmark: each request is one
-- athlete's check-in for today (replacing their earlier one), the athlete taken in turn from the
-- tokens file (env RESTWISE_BENCH_TOKENS, one token per line), so every check-in reads its own
-- athlete's two-year journal. Soreness and sleep vary with the request so decisions vary too.
local tokens = {}
for line in io.lines(os.getenv("RESTWISE_BENCH_TOKENS")) do
  if line ~= "" then tokens[#tokens + 1] = line end
end

local threads = 0
function setup(thread)
  thread:set("offset", threads * 97)
  threads = threads + 1
end

local counter = 0
local today = os.date("%Y-%m-%d")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  counter = counter + 1
  local n = offset + counter
  local headers = { ["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1],
                    ["Content-Type"] = "application/json" }
  local body = '{"date":"' .. today .. '","signals":{"soreness":' .. (n % 7) ..
    ',"heavyLegs":' .. tostring(n % 3 == 0) .. ',"sleepHours":' .. (6 + (n % 5) * 0.5) .. '}}'
  return wrk.format("POST", nil, headers, body)
end

-- One line for bench/squad-morning.sh: throughput, p95 and p99 in ms, and errors (answers of 400 or
-- more, socket errors and timeouts).
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("figures %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
