-- wrk-webhooks.lua: cycles through pre-signed deliveries (bench/make-deliveries.mjs) and gives
-- every request a unique X-GitHub-Delivery (Botwright drops a repeated delivery id).
-- Env: DELIVERIES (file), RUN_ID (makes ids unique across runs), RESULT (file for done()),
-- RATE and THREADS (optional pacing: offered requests/s in all, over that many wrk threads).
-- Pacing is by schedule, not per connection: each request takes the next slot of its thread's
-- timetable (one every THREADS/RATE s) and waits for it, so a slower bot is offered the same rate
-- (a pause after each answer would offer 64/(pause + latency) and favour the faster bot). A bot
-- that falls behind gets the missed slots at once, as far as the connections allow.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bw_timespec;
  int clock_gettime(int clock, bw_timespec *ts);
]]
local ts = ffi.new("bw_timespec")
local function now_ms() -- CLOCK_MONOTONIC
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end
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
  interval = rate > 0 and 1000 * tonumber(os.getenv("THREADS") or "1") / rate or 0 -- ms
  slot = nil
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

function delay() -- wrk calls it before each request of this thread
  if interval == 0 then return 0 end
  local t = now_ms()
  slot = (slot or t) + interval
  return slot > t and math.floor(slot - t + 0.5) or 0
end

function done(summary, latency, requests)
  local f = io.open(os.getenv("RESULT"), "w")
  local non2xx = summary.errors.status -- answers with status > 399 (wrk's count)
  f:write(string.format(
    '{"requests":%d,"seconds":%.3f,"non2xx":%d,"connectErrors":%d,"readErrors":%d,' ..
    '"writeErrors":%d,"timeouts":%d,' ..
    '"p50ms":%.3f,"p90ms":%.3f,"p99ms":%.3f,"maxms":%.3f}\n',
    summary.requests, summary.duration / 1e6, non2xx, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  f:close()
end
