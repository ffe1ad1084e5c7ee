-- wrk script: POST /requests with a caseworker's token (TOKEN in the environment)
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"receivedOn": "2023-03-10", "channel": "EMAIL", '
    .. '"text": "1. How many stop and search records in 2022?\\n2. By borough?", '
    .. '"requester": {"name": "Jo Bloggs", "email": "jo@example.org"}}'
