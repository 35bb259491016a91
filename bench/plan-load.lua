-- wrk script: POSTs a one-year, ten-event history to /api/v1/plan. Used by plan-load.sh.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"citizenship":"TJ","destination":"RU","region":"MOW","entry":"2016-01-10","purpose":"work","asOf":"2017-01-05",
"events":["registration:2016-01-20","medical:2016-01-25","insurance:2016-01-25","exam:2016-01-28","application:2016-02-01:patent",
"authorisation:2016-02-05:patent","payment:2016-02-05:3","contract-start:2016-02-06","payment:2016-05-01:3","payment:2016-07-30:3",
"exit:2016-12-20"]}]]
