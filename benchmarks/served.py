#!/usr/bin/env python3
"""Benchmarks the sandbox served over HTTP (`tfcsh sandbox serve`).

usage: benchmarks/served.py [--binary PATH] [--python PATH] [--only errored|throughput]

- errored: "show me runs that errored in the last month" in an organization of 20,000 runs
  over two years, with the rate limits on and 100 ms latency: requests and wall time for
  tfcsh, side by side with pytfe code a user would write for the same question.
- throughput: run-details requests a second on loopback with 16 concurrent connections
  (wrk -t2 -c16; goal >= 2,000/s), rate limits off.

Build first: swift build -c release --product tfcsh. pytfe comes from a virtual environment
(--python, default .build/conformance-venv/bin/python, which scripts/conformance makes);
wrk from Debian (apt-get install wrk). Default paths are relative to the package, so the
script works from any directory.
"""
import os, re, secrets, shutil, subprocess, sys, tempfile, time

# The package root: default paths hang from it, not from the current directory.
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# tfcsh lists runs as Markdown items: `1. **run-…** - "message"`.
LISTED_RUN = re.compile(r"^\d+\. \*\*run-[A-Za-z0-9]+\*\*", re.M)

QUESTION = "show me runs that errored in the last month"

# What a user of the Python SDK would write: the status filter the API offers, and the
# creation time checked on their side. `careful` knows the list is newest first and stops.
PYTFE_CODE = r'''
import sys, datetime
from pytfe import TFEClient, TFEConfig
from pytfe.models import RunListForOrganizationOptions
address, token, careful = sys.argv[1], sys.argv[2], sys.argv[3] == "careful"
client = TFEClient(TFEConfig(address=address, token=token))
since = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=30)
options = RunListForOrganizationOptions(status="errored", page_size=100 if careful else 20)
found = []
for run in client.runs.list_for_organization("example-org", options):
    if run.created_at < since:
        if careful:
            break
        continue
    found.append(run.id)
print(len(found))
'''


class Server:
    """A `tfcsh sandbox serve` on a free port, logging its requests to a file."""

    def __init__(self, binary, *arguments):
        self.token = "bench-" + secrets.token_hex(8)
        self.log = tempfile.NamedTemporaryFile(prefix="tfcsh-serve-", suffix=".log", delete=False)
        self.process = subprocess.Popen(
            [binary, "sandbox", "serve", "--port", "0", "--token", self.token, *arguments],
            stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"(http://\S+)", line)
        if not match:
            self.stop()
            raise SystemExit("the server did not start: %r" % line)
        self.address = match.group(1)

    def requests(self):
        """Requests logged so far: API calls and log reads (tfcsh reads the error of each
        errored run it shows from its log; the pytfe code shows no errors)."""
        with open(self.log.name) as f:
            return sum(1 for line in f if re.match(r"(GET|POST) /(api/v2|_archivist)/", line))

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        os.unlink(self.log.name)


def timed(server, command, env=None):
    before = server.requests()
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit("%s failed:\n%s" % (command[0], result.stderr[-2000:]))
    return result.stdout, server.requests() - before, elapsed


def errored(binary, python):
    serve = ("--latency", "100", "--history", "20000")
    rows = []
    server = Server(binary, *serve)
    try:
        env = dict(os.environ, TFE_ADDRESS=server.address, TFE_TOKEN=server.token,
                   TFE_ORGANIZATION="example-org", HOME=tempfile.mkdtemp())
        out, count, elapsed = timed(server, [binary, "--no-calls", "-c", QUESTION], env)
        # A long window is counted in the reply ("There are 120 errored runs ...") and only its
        # newest runs are listed; a short one is listed whole.
        counted = re.search(r"^There are (\d+) ", out, re.M)
        listed = int(counted.group(1)) if counted else len(LISTED_RUN.findall(out))
        rows.append(("tfcsh", count, elapsed, listed))
    finally:
        server.stop()
    if not os.path.exists(python):
        print("pytfe: skipped, %s is missing (scripts/conformance makes it)" % python)
    for variant in ("plain", "careful"):
        if not os.path.exists(python):
            break
        # A fresh server each time, so that no client inherits another's rate-limit buckets.
        server = Server(binary, *serve)
        try:
            out, count, elapsed = timed(
                server, [python, "-c", PYTFE_CODE, server.address, server.token, variant])
            rows.append(("pytfe (%s)" % variant, count, elapsed, int(out.strip() or 0)))
        finally:
            server.stop()
    print("errored runs in the last month, 20,000 runs, 100 ms latency, rate limits on:")
    for name, count, elapsed, listed in rows:
        print("  %-16s %4d requests  %7.2f s  (%d runs found)" % (name, count, elapsed, listed))
    base = rows[0]
    for name, count, elapsed, _ in rows[1:]:
        print("  %s / tfcsh: %.1fx the requests, %.1fx the time"
              % (name, count / max(base[1], 1), elapsed / max(base[2], 1e-9)))


def throughput(binary):
    wrk = shutil.which("wrk")
    if wrk is None:
        print("throughput: not measured: wrk is not installed (apt-get install wrk)")
        return
    server = Server(binary, "--no-rate-limit", "--quiet")
    try:
        command = [wrk, "-t2", "-c16", "-d5s", "-H", "Authorization: Bearer " + server.token,
                   server.address + "/api/v2/runs/run-K3jR7m9zXpYw2Ctn"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            print("throughput: wrk failed: %s" % result.stderr.strip()[-500:])
            return
        rate = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
        print("run details, 16 connections: %s requests/s (%s non-2xx; goal >= 2000/s)"
              % (rate.group(1) if rate else "?", bad.group(1) if bad else "0"))
    finally:
        server.stop()


def main():
    args = sys.argv[1:]
    binary = (args[args.index("--binary") + 1] if "--binary" in args
              else os.path.join(ROOT, ".build/release/tfcsh"))
    python = (args[args.index("--python") + 1] if "--python" in args
              else os.path.join(ROOT, ".build/conformance-venv/bin/python"))
    only = args[args.index("--only") + 1] if "--only" in args else None
    if not os.access(binary, os.X_OK):
        raise SystemExit("%s is missing: build it first (swift build -c release --product tfcsh)"
                         " or pass --binary PATH" % binary)
    if only in (None, "throughput"):
        throughput(binary)
    if only in (None, "errored"):
        errored(binary, python)


if __name__ == "__main__":
    main()
