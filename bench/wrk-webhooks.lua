-- wrk-webhooks.lua: cycles through pre-signed deliveries (bench/make-deliveries.mjs) and gives
-- every request a unique X-GitHub-Delivery (Botwright drops a repeated delivery id).
-- Env: DELIVERIES (file), RUN_ID (makes ids unique across runs), RESULT (file for done()),
-- RATE and CONNECTIONS (optional pacing: offered requests/s over that many connections).
local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  sigs, bodies = {}, {}
  for line in io.lines(os.getenv("DELIVERIES")) do
    local tab = line:find("\t", 1, true)
    sigs[#sigs + 1] = line:sub(1, tab - 1)
    bodies[#bodies + 1] = line:sub(tab + 1)
  end
  n = 0
  local rate = tonumber(os.getenv("RATE") or "0")
  -- each connection waits CONNECTIONS/RATE between requests (wrk calls delay() per request)
  pause = rate > 0 and math.floor(1000 * tonumber(os.getenv("CONNECTIONS") or "1") / rate) or 0
  prefix = (os.getenv("RUN_ID") or "run") .. "-" .. tid .. "-"
  headers = {
    ["Content-Type"] = "application/json",
    ["User-Agent"] = "GitHub-Hookshot/wrk",
    ["X-GitHub-Event"] = "issues",
  }
end

function request()
  n = n + 1
  local i = (n % #bodies) + 1
  headers["X-Hub-Signature-256"] = sigs[i]
  headers["X-GitHub-Delivery"] = prefix .. n
  return wrk.format("POST", nil, headers, bodies[i])
end

function delay()
  return pause
end

function done(summary, latency, requests)
  local f = io.open(os.getenv("RESULT"), "w")
  local non2xx = summary.errors.status
  f:write(string.format(
    '{"requests":%d,"seconds":%.3f,"non2xx":%d,"connectErrors":%d,"timeouts":%d,' ..
    '"p50ms":%.3f,"p90ms":%.3f,"p99ms":%.3f,"maxms":%.3f}\n',
    summary.requests, summary.duration / 1e6, non2xx, summary.errors.connect,
    summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  f:close()
end
