#!/usr/bin/env python3
"""Print bench/run.sh's results table and whether guardia meets issue 2's speed goal.

Usage:
    report.py NPROC SERVE_JSON RESULT...

SERVE_JSON is rebuild.py's output ("" when not measured). Each RESULT is
"PAGES|GUARDIA_JSON|GUARDIA_HTML|HUGO_JSON|HUGO_HTML" with timeit.py's JSON objects;
the Hugo fields are empty when Hugo was not run.

"guardia/Hugo" is guardia's pages/s over Hugo's (median wall times); "(CPU)" is the same
ratio over CPU seconds, the steadier number on a busy machine. The goal is checked
against the wall-time ratio.

pages/s = corpus pages (the Markdown files make_corpus.py wrote) / median wall seconds,
for both tools; the HTML column counts the files each tool wrote (guardia adds per-system
generated pages, Hugo section pages and redirects).
"""

import datetime
import json
import sys

GOAL_RATIO, GOAL_REBUILD_MS = 3.0, 100


def row(pages, tool, t, html, ratios):
    rate = pages / t["wall"]
    r = ["" if x is None else "%.2fx" % x for x in ratios]
    print("| %6d | %-7s | %8.2f | %7.2f | %8.0f | %6s | %12s | %6s |"
          % (pages, tool, t["wall"], t["cpu"], rate, html, r[0], r[1]))


def main(argv):
    nproc, serve, results = argv[0], argv[1], argv[2:]
    print()
    print("guardia benchmark, %s, %s CPU(s)" % (datetime.date.today().isoformat(), nproc))
    print()
    print("|  pages | tool    | median s |   CPU s |  pages/s |   HTML | guardia/Hugo |  (CPU) |")
    print("|-------:|---------|---------:|--------:|---------:|-------:|-------------:|-------:|")
    ratios = []
    for res in results:
        n, g, g_html, h, h_html = res.split("|")
        n, g = int(n), json.loads(g)
        ratio = cpu_ratio = None
        if h:
            h = json.loads(h)
            ratio, cpu_ratio = h["wall"] / g["wall"], h["cpu"] / g["cpu"]
            ratios.append((n, ratio))
        row(n, "guardia", g, g_html, (ratio, cpu_ratio))
        if h:
            row(n, "hugo", h, h_html, (None, None))
    print()
    ok = True
    for n, ratio in ratios:
        met = ratio >= GOAL_RATIO
        ok &= met
        print("goal >= %.0fx Hugo's pages/s at %d pages: %.2fx, %s" % (GOAL_RATIO, n, ratio, "met" if met else "NOT met"))
    if serve:
        s = json.loads(serve)
        met = s["reported_ms"] < GOAL_REBUILD_MS
        ok &= met
        print("serve one-page rebuild, 1 000 pages (median of %d edits, %s rebuilds): reported %s ms, "
              "edit-to-file %s ms; goal < %d ms: %s"
              % (len(s["samples"]), "/".join(s["kinds"]), s["reported_ms"], s["wall_ms"], GOAL_REBUILD_MS,
                 "met" if met else "NOT met"))
        print("  samples (reported/edit-to-file ms): " +
              ", ".join("%s/%s" % (x["reported_ms"], x["wall_ms"]) for x in s["samples"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
