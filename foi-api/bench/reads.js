// Open-loop reads at a fixed rate: node reads.js <url> <token> <rate> <seconds> <ids or paths file>
//
// Sends GET /requests/{id} for each id in turn, and every 201st request a list page, on an even schedule of <rate>
// requests a second. Latency counts from the moment a request was due to be sent, not from when a free connection
// let it go, so a stall shows in the percentiles instead of slowing the load (no coordinated omission).
// Plain Node, no packages: autocannon's --overallRate releases each second's quota in a burst, which measured as
// 10-15 ms p99 even on an endpoint that does nothing.
const http = require('http');
const fs = require('fs');
const [url, token, rate, seconds, idsFile] = process.argv.slice(2);
const target = new URL(url);
const lines = fs.readFileSync(idsFile, 'utf8').split('\n').filter(Boolean);
// a file of ids reads those requests and, every 201st time, a list page; a file of paths (each starting with /) reads
// just those paths in turn
const paths = lines[0].startsWith('/') ? lines : lines.map((id) => '/requests/' + id)
    .concat(['/requests?status=RECEIVED&limit=20']);
const agent = new http.Agent({keepAlive: true, maxSockets: 64});
const perMs = Number(rate) / 1000;
const total = Math.round(Number(rate) * Number(seconds));
const latencies = [];
let sent = 0, done = 0, failed = 0;
const start = performance.now();

function send(dueAt) {
  const path = paths[sent % paths.length];
  sent++;
  const req = http.request({host: target.hostname, port: target.port, path, agent,
    headers: {Authorization: 'Bearer ' + token}}, (res) => {
    res.resume();
    res.on('end', () => {
      latencies.push(performance.now() - dueAt);
      if (res.statusCode !== 200) failed++;
      finish();
    });
  });
  req.on('error', () => { failed++; finish(); });
  req.end();
}

function finish() {
  if (++done < total) return;
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(2));
  console.log(JSON.stringify({requests: done, perSecond: Number((done / elapsed).toFixed(1)), p50ms: at(0.5),
    p90ms: at(0.9), p99ms: at(0.99), maxms: at(1), failed}));
  agent.destroy();
  process.exitCode = failed > 0 ? 1 : 0;
}

(function tick() {
  const now = performance.now();
  while (sent < total && sent < (now - start) * perMs) {
    send(start + sent / perMs);
  }
  if (sent < total) setTimeout(tick, 1);
})();
