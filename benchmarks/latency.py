#!/usr/bin/env python3
"""Times tfcsh from process start: a one-shot command to exit, and start-up to the first prompt.

usage: benchmarks/latency.py [--binary PATH] [--runs N] [--check]

- command: `tfcsh --sandbox -c "list runs in production"`, start to exit (goal <= 60 ms);
- prompt: `tfcsh --sandbox` on a pseudo-terminal, start until the prompt appears (goal <= 50 ms).
Build first with `swift build -c release --product tfcsh`. Prints median and p90 of N runs.
With --check the exit status is 1 when a median misses its goal, so CI or a script can tell.
"""
import os, pty, select, statistics, subprocess, sys, tempfile, time


def command_times(binary, runs, env):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, "--sandbox", "-c", "list runs in production"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times


def prompt_times(binary, runs, env):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(binary, [binary, "--sandbox"], env)
        seen = b""
        while b"example-org> " not in seen:
            ready, _, _ = select.select([fd], [], [], 5)
            if not ready:
                raise SystemExit("no prompt within 5 s; saw %r" % seen[-200:])
            seen += os.read(fd, 4096)
        times.append(time.perf_counter() - start)
        # A line, not Ctrl-D: an end-of-file typed before libedit has put the terminal in raw
        # mode is dropped by the kernel when the mode changes, and the shell would wait on.
        os.write(fd, b"/quit\n")
        drain_until_exit(pid, fd)
        os.close(fd)
    return times


def drain_until_exit(pid, fd):
    """Reads what the shell prints until it exits, so it never blocks on a full terminal."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                os.read(fd, 4096)
            except OSError:
                pass
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    raise SystemExit("the shell did not exit within 5 s of /quit")


def report(name, times, goal_ms):
    """Prints the figures and returns whether the median met the goal."""
    ordered = sorted(times)
    p90 = ordered[int(len(ordered) * 0.9) - 1] if len(ordered) >= 10 else ordered[-1]
    median_ms = statistics.median(times) * 1000
    met = median_ms <= goal_ms
    print("%-8s median %.1f ms, p90 %.1f ms over %d runs (goal <= %d ms)%s"
          % (name, median_ms, p90 * 1000, len(times), goal_ms, "" if met else ": MISSED"))
    return met


def main():
    args = sys.argv[1:]
    binary = args[args.index("--binary") + 1] if "--binary" in args else ".build/release/tfcsh"
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 20
    home = tempfile.mkdtemp(prefix="tfcsh-bench-")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TERM": "xterm",
           "LANG": "C.UTF-8", "XDG_STATE_HOME": home}
    met = report("command", command_times(binary, runs, env), 60)
    met = report("prompt", prompt_times(binary, runs, env), 50) and met
    if "--check" in args and not met:
        sys.exit(1)


if __name__ == "__main__":
    main()
