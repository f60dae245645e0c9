#!/usr/bin/env python3
"""Print bench/run.sh's results table and whether guardia meets issue 2's speed goal.

Usage:
    report.py NPROC SERVE_JSON RESULT...

SERVE_JSON is rebuild.py's output ("" when not measured). Each RESULT is
"PAGES|GUARDIA_JSON|GUARDIA_HTML|HUGO_JSON|HUGO_HTML" with timeit.py's JSON objects;
the Hugo fields are empty when Hugo was not run.

pages/s = corpus pages (the Markdown files make_corpus.py wrote) / median wall seconds,
for both tools; the HTML column counts the files each tool wrote (guardia adds per-system
generated pages, Hugo section pages and redirects).
"""

import datetime
import json
import sys

GOAL_RATIO, GOAL_REBUILD_MS = 3.0, 100


def row(pages, tool, t, html, ratio):
    rate = pages / t["wall"]
    r = "" if ratio is None else "%.2fx" % ratio
    print("| %6d | %-7s | %8.2f | %7.2f | %8.0f | %6s | %6s |" % (pages, tool, t["wall"], t["cpu"], rate, html, r))


def main(argv):
    nproc, serve, results = argv[0], argv[1], argv[2:]
    print()
    print("guardia benchmark, %s, %s CPU(s)" % (datetime.date.today().isoformat(), nproc))
    print()
    print("|  pages | tool    | median s |   CPU s |  pages/s |   HTML | guardia/Hugo |")
    print("|-------:|---------|---------:|--------:|---------:|-------:|-------:|")
    ratios = []
    for res in results:
        n, g, g_html, h, h_html = res.split("|")
        n, g = int(n), json.loads(g)
        ratio = None
        if h:
            h = json.loads(h)
            ratio = h["wall"] / g["wall"]
            ratios.append((n, ratio))
        row(n, "guardia", g, g_html, ratio)
        if h:
            row(n, "hugo", h, h_html, None)
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
