#!/usr/bin/env python3
"""Measure `guardia serve`'s one-page rebuild: start the server, edit one page's body
EDITS times, and for each edit record (a) the rebuild time the server prints and (b) the
wall time from the write until the page's HTML in the output directory holds the edit.

Usage:
    rebuild.py EDITS GUARDIA CONTENT RUNBOOKS OUT PAGE HTML

PAGE is the source file to edit (relative to CONTENT), HTML the output file it renders to
(relative to OUT). The server listens on a free 127.0.0.1 port and is stopped at the end,
whatever happens. Prints one JSON object with the medians and every sample.

(b) includes what (a) leaves out: the file-system notification and the server's 30 ms
debounce before it starts rebuilding.
"""

import json
import os
import queue
import re
import socket
import statistics
import subprocess
import sys
import threading
import time

REBUILT = re.compile(r"(\d+) page\(s\) rebuilt in (\d+) ms")
FULL = re.compile(r"(\d+) pages \(.*\), \d+ warnings, (\d+) ms")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def reader(stream, lines):
    for raw in stream:
        lines.put(raw.decode("utf-8", "replace").rstrip("\n"))
    lines.put(None)


def wait_line(lines, pattern, timeout, log):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            line = lines.get(timeout=max(0.01, end - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            raise RuntimeError("the server exited:\n" + "\n".join(log[-20:]))
        log.append(line)
        m = pattern.search(line)
        if m:
            return m
    raise RuntimeError("no line matching %r within %ss:\n%s" % (pattern.pattern, timeout, "\n".join(log[-20:])))


def edit_once(i, page, html, lines, log):
    marker = "bench-edit-%d-%d" % (os.getpid(), i)
    with open(page, "a", encoding="utf-8") as f:
        t0 = time.perf_counter()
        f.write("\nBenchmark edit %s.\n" % marker)
    while True:
        try:
            with open(html, encoding="utf-8") as f:
                if marker in f.read():
                    break
        except FileNotFoundError:
            pass
        if time.perf_counter() - t0 > 60:
            raise RuntimeError("%s never showed edit %d:\n%s" % (html, i, "\n".join(log[-20:])))
        time.sleep(0.002)
    wall_ms = (time.perf_counter() - t0) * 1000
    m = wait_line(lines, re.compile(REBUILT.pattern + "|" + FULL.pattern), 60, log)
    kind = "page" if m.group(2) else "full"
    reported = int(m.group(2) or m.group(4))
    return {"reported_ms": reported, "wall_ms": round(wall_ms, 1), "kind": kind}


def main(argv):
    if len(argv) != 7:
        sys.stderr.write(__doc__)
        return 2
    edits, guardia, content, runbooks, out, page, html = argv
    page, html = os.path.join(content, page), os.path.join(out, html)
    port = free_port()
    env = dict(os.environ, GUARDIA_LANG="en")
    cmd = [guardia, "serve", "--content", content, "--runbooks", runbooks, "--out", out, "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    lines, log = queue.Queue(), []
    threading.Thread(target=reader, args=(server.stdout, lines), daemon=True).start()
    try:
        first = wait_line(lines, FULL, 600, log)
        wait_line(lines, re.compile(r"serving at http://127\.0\.0\.1:"), 60, log)
        time.sleep(1.0)  # let the watcher settle
        samples = []
        for i in range(int(edits)):
            samples.append(edit_once(i, page, html, lines, log))
            time.sleep(0.3)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    print(json.dumps({
        "port": port,
        "first_build_ms": int(first.group(2)),
        "reported_ms": statistics.median(s["reported_ms"] for s in samples),
        "wall_ms": statistics.median(s["wall_ms"] for s in samples),
        "kinds": sorted({s["kind"] for s in samples}),
        "samples": samples,
    }))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except RuntimeError as e:
        sys.stderr.write("rebuild.py: %s\n" % e)
        sys.exit(1)
