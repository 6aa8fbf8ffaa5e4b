-- POST /api/check-ins with the same signals as advise.lua, dated over the last 1 000 days: each
-- thread starts elsewhere in that window, so dates are new at first and replaced later (one
-- check-in per date), and every check-in's derivation reads a full 180-day journal window.
-- Soreness follows the date (0, 2, 4, 6, 8), so episodes of soreness stay a few days long.
local threads = 0
function setup(thread)
  thread:set("offset", threads * 250)
  threads = threads + 1
end

local counter = 0
local today = os.time()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  counter = counter + 1
  local daysAgo = (offset + counter) % 1000
  local date = os.date("!%Y-%m-%d", today - daysAgo * 86400)
  local soreness = (daysAgo % 5) * 2
  return wrk.format(nil, nil, nil,
    '{"date":"' .. date .. '","signals":{"soreness":' .. soreness .. ',"heavyLegs":true,"sleepHours":6.5}}')
end
