-- POST /api/advise: the stateless decision, the baseline a check-in is compared with.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"signals":{"soreness":6,"heavyLegs":true,"sleepHours":6.5}}'
