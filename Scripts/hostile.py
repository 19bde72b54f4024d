#!/usr/bin/env python3
"""Hostile input files, generated (never committed as blobs), each loaded by eq in its own process.

    Scripts/hostile.py [--eq .build/debug/eq] [--scale 1] [--only NAME] [--list]

Each case writes one file (or makes a directory, FIFO, ...) and runs `eq -c 'load t from "FILE" ...;
t | count'`. A case passes when eq
  - exits 0 and, where the case states it, prints what the documented rule gives (the `expect` text), or
  - exits non-zero with a diagnostic naming the file with a position, FILE:LINE:COL (or, for a file that
    cannot be read at all, naming the path),
and never dies on a signal, and its peak resident memory stays within 4 x the file's size + 64 MiB.
`--scale 10` makes the size-scaled cases ten times larger (the long run). Cases listed in
Tests/Reliability/known-defects.txt (harness `hostile`) are skipped and counted. Exits 1 on a failure.
"""
import argparse
import os
import re
import resource
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Scripts"))
from difftest import known, known_defects  # noqa: E402

MIB = 1024 * 1024


def cases(scale):
    """(name, file name, bytes or a maker, load options, query, expected stdout or None)."""
    rows = lambda n, f: "".join(f(i) for i in range(n))
    big = 900_000 * scale
    c = [
        ("bom", "t.csv", "\ufeffid,name\n1,a\n2,b\n".encode(), "", "t | show id", "id\n1\n2\n"),
        ("crlf", "t.csv", b"id,name\r\n1,a\r\n2,b\r\n", "", "t | where name = \"b\" | count", "count\n1\n"),
        # Lone CR line ends (classic Mac) are refused at the first one, with the fix (README, Loading).
        ("lone-cr", "t.csv", b"id,name\r1,a\r2,b\r", "", "t | count", None),
        ("crlf-in-quotes", "t.csv", b'id,note\r\n1,"two\r\nlines"\r\n', "", "t | count", "count\n1\n"),
        ("ragged-short-row", "t.csv", b"a,b,c\n1,2,3\n4,5\n", "", "t | count", None),
        ("ragged-long-row", "t.csv", b"a,b\n1,2\n3,4,5\n", "", "t | count", None),
        ("field-10mb", "t.csv", b"id,blob\n1," + b"x" * (10 * MIB * scale) + b"\n2,y\n", "", "t | count", "count\n2\n"),
        ("columns-5000", "t.csv", (",".join(f"c{i}" for i in range(5000)) + "\n"
                                   + rows(3 * scale, lambda r: ",".join(str(r + i) for i in range(5000)) + "\n")).encode(),
         "", "t | count", f"count\n{3 * scale}\n"),
        ("int64-overflow", "t.csv", b"n\n1\n9223372036854775808\n", "", "t | count", "count\n2\n"),
        ("int64-limits", "t.csv", b"n\n9223372036854775807\n-9223372036854775808\n", "", "t | max n", "max_n\n9223372036854775807\n"),
        ("int64-overflow-declared", "t.csv", b"n\n1\n9223372036854775808\n", "with (n int)", "t | count", None),
        ("minus-zero", "t.csv", b"n\n-0\n0\n", "", "t | where n = 0 | count", "count\n2\n"),
        ("minus-zero-double", "t.csv", b"x\n-0.0\n1.5\n", "", "t | where x = 0 | count", "count\n1\n"),
        ("nan-text", "t.csv", b"x\n1.5\nNaN\n", "", "t | count", "count\n2\n"),
        ("inf-text", "t.csv", b"x\n1.5\ninf\n-Infinity\n", "", "t | count", "count\n3\n"),
        ("date-2024-02-30", "t.csv", b"d\n2024-02-28\n2024-02-30\n", "", "t | count", "count\n2\n"),
        ("date-2024-02-30-declared", "t.csv", b"d\n2024-02-28\n2024-02-30\n", "with (d date)", "t | count", None),
        ("time-24-00-00", "t.csv", b"t\n2024-01-01 23:59:59\n2024-01-01 24:00:00\n", "", "t | count", "count\n2\n"),
        ("timestamp-offsets", "t.csv", b"t\n2024-01-01T10:00:00+02:00\n2024-01-01T08:00:00Z\n", "", "t | count distinct t", "count_distinct_t\n1\n"),
        ("type-change-at-row-900000", "t.csv", ("n\n" + "1\n" * big + "x\n").encode(), "", "t | count", f"count\n{big + 1}\n"),
        ("type-change-declared", "t.csv", ("n\n" + "1\n" * 1000 + "x\n").encode(), "with (n int)", "t | count", None),
        ("truncated-last-line", "t.csv", b"id,name\n1,a\n2,b", "", "t | count", "count\n2\n"),
        ("unterminated-quote", "t.csv", b'id,name\n1,a\n2,"b\n', "", "t | count", None),
        ("empty-file", "t.csv", b"", "", "t | count", None),
        ("header-only", "t.csv", b"id,name\n", "", "t | count", None),
        ("only-newlines", "t.csv", b"\n\n\n", "", "t | count", None),
        ("duplicate-header", "t.csv", b"a,a\n1,2\n", "", "t | count", None),
        ("empty-header-name", "t.csv", b"a,,c\n1,2,3\n", "", "t | count", None),
        ("quote-inside-unquoted", "t.csv", b'a,b\n1,x"y\n', "", "t | count", None),
        ("invalid-utf8", "t.csv", b"a,b\n1,\xff\xfe\n", "", "t | count", None),
        ("nul-bytes", "t.csv", b"a,b\n1,x\x00y\n", "", "t | count", None),
        ("long-line-no-newline", "t.csv", b"a\n" + b"y" * (MIB * scale), "", "t | count", "count\n1\n"),
        ("semicolon-delimiter", "t.csv", b"a;b\n1;2\n", 'delimiter ";"', "t | sum b", "sum_b\n2\n"),
        ("tsv", "t.tsv", b"a\tb\n1\t2\n", "", "t | sum b", "sum_b\n2\n"),
        ("million-tiny-rows", "t.csv", ("n\n" + "7\n" * (1_000_000 * scale)).encode(), "", "t | sum n", f"sum_n\n{7_000_000 * scale}\n"),
        ("ndjson-nested", "t.ndjson", b'{"a":1,"b":{"c":2}}\n{"a":2,"b":{"c":3}}\n', "", "t | count", None),
        ("ndjson-duplicate-keys", "t.ndjson", b'{"a":1,"a":2}\n', "", "t | count", None),
        ("ndjson-arrays", "t.ndjson", b'{"a":[1,2]}\n', "", "t | count", None),
        ("ndjson-truncated-last-line", "t.ndjson", b'{"a":1}\n{"a":2}', "", "t | count", "count\n2\n"),
        ("ndjson-cut-mid-object", "t.ndjson", b'{"a":1}\n{"a":', "", "t | count", None),
        ("ndjson-not-an-object", "t.ndjson", b'{"a":1}\n42\n', "", "t | count", None),
        ("ndjson-blank-lines", "t.ndjson", b'{"a":1}\n\n\n{"a":2}\n', "", "t | count", "count\n2\n"),
        ("ndjson-mixed-types", "t.ndjson", b'{"a":1}\n{"a":"x"}\n{"a":2.5}\n', "", "t | count", "count\n3\n"),
        ("ndjson-escapes", "t.ndjson", b'{"a":"\\u00e9\\ud83d\\ude00"}\n{"a":"\\ud800"}\n', "", "t | count", None),
        ("ndjson-bom", "t.ndjson", '\ufeff{"a":1}\n'.encode(), "", "t | count", "count\n1\n"),
        ("ndjson-crlf", "t.ndjson", b'{"a":1}\r\n{"a":2}\r\n', "", "t | count", "count\n2\n"),
        ("directory", "d.csv", "directory", "", "t | count", None),
        ("fifo", "f.csv", "fifo", "", "t | count", None),
        ("unreadable", "u.csv", "unreadable", "", "t | count", None),
        ("missing", "m.csv", "missing", "", "t | count", None),
        ("shrinks-while-read", "s.csv", "shrinks", "", "t | count", None),
    ]
    return c


def make(path, content, scale):
    if content == "directory":
        os.mkdir(path)
    elif content == "fifo":
        os.mkfifo(path)
    elif content == "unreadable":
        with open(path, "w") as handle:
            handle.write("a\n1\n")
        os.chmod(path, 0)
    elif content == "missing":
        pass
    elif content == "shrinks":
        with open(path, "wb") as handle:
            handle.write(b"id,name\n" + b"".join(b"%d,name%d\n" % (i, i) for i in range(2_000_000 * scale)))
    else:
        with open(path, "wb") as handle:
            handle.write(content)


def run_case(eq, folder, case, scale):
    name, file_name, content, options, query, expect = case
    path = os.path.join(folder, name + "-" + file_name)
    make(path, content, scale)
    size = os.path.getsize(path) if content not in ("directory", "fifo", "missing") and os.path.exists(path) else 0
    script = f'load t from "{path}"{(" " + options) if options else ""}; {query}'
    env = dict(os.environ, NO_COLOR="1")
    started = time.monotonic()
    process = subprocess.Popen([eq, "--format", "csv", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=env)
    if content == "shrinks":
        def shrink():
            time.sleep(0.05)
            os.truncate(path, 1000)
        threading.Thread(target=shrink).start()
    timer = threading.Timer(120, process.kill)
    timer.start()
    out, err = process.communicate()
    timer.cancel()
    elapsed = time.monotonic() - started
    return path, size, process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), elapsed


def peak_rss_kib(eq, folder, case, scale):
    """Runs the case again under os.wait4 to read its own peak resident set (ru_maxrss, KiB)."""
    name, file_name, content, options, query, _ = case
    path = os.path.join(folder, name + "-" + file_name)
    script = f'load t from "{path}"{(" " + options) if options else ""}; {query}'
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(eq, [eq, "--format", "csv", "-c", script])
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eq", default=os.path.join(ROOT, ".build", "debug", "eq"))
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--only")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--report", action="store_true", help="print a Markdown table of what each case does")
    parser.add_argument("--sanitized", action="store_true",
                        help="eq is built with a sanitizer: any sanitizer report fails the case, and the memory "
                             "bound is not checked (shadow memory and quarantine are not eq's)")
    args = parser.parse_args()
    defects = known_defects("hostile")
    folder = tempfile.mkdtemp(prefix="eq-hostile-")
    failures, skipped, table = [], {}, []
    all_cases = cases(args.scale)
    if args.list:
        print("\n".join(case[0] for case in all_cases))
        return 0
    for case in all_cases:
        name = case[0]
        if args.only and name != args.only:
            continue
        ident = known(defects, name)
        if ident:
            skipped[ident] = skipped.get(ident, 0) + 1
            table.append((name, "skipped: known defect " + ident, ""))
            continue
        if name == "unreadable" and os.geteuid() == 0:
            skipped["root reads every file"] = skipped.get("root reads every file", 0) + 1
            table.append((name, "skipped: running as root, which reads any file", ""))
            continue
        path, size, code, out, err, elapsed = run_case(args.eq, folder, case, args.scale)
        expect = case[5]
        problems = []
        if "Sanitizer" in err:
            problems.append("sanitizer report: " + err[err.index("Sanitizer") - 20:][:600])
        if code < 0:
            problems.append(f"died on signal {-code}")
        elif code == 0:
            if expect is not None and out != expect:
                problems.append(f"printed {out!r}, the documented rule gives {expect!r}")
            outcome = "loads: " + out.strip().replace("\n", " / ")[:80]
        else:
            # Either a position in the file, or (a file with nothing to point into: missing, empty, a
            # directory) the path named and the `load` statement's own position.
            positioned = re.search(re.escape(path) + r":\d+:\d+", err)
            named = path in err and re.search(r"--> [^\n]*:\d+:\d+", err)
            if not positioned and not named:
                problems.append(f"exit {code} without {path}:LINE:COL: {err[:300]!r}")
            if expect is not None:
                problems.append(f"failed, the documented rule loads it: {err[:300]!r}")
            first = err.strip().split("\n")[0].replace(path, "FILE")
            outcome = f"fails: {first[:100]}"
        if code >= 0 and size and case[2] not in ("shrinks",) and not args.sanitized:
            rss = peak_rss_kib(args.eq, folder, case, args.scale) * 1024
            bound = 4 * size + 64 * MIB
            if rss > bound:
                problems.append(f"peak RSS {rss // MIB} MiB > 4 x {size // MIB} MiB + 64 MiB")
        table.append((name, outcome if code >= 0 else f"signal {-code}", "; ".join(problems)))
        if problems:
            failures.append((name, problems))
        print(f"hostile: {name:32s} {'FAIL' if problems else 'ok  '} {elapsed:5.1f} s  {table[-1][1][:90]}", file=sys.stderr)
    if args.report:
        print("| case | outcome | problem |\n|---|---|---|")
        for name, outcome, problem in table:
            print(f"| {name} | {outcome.replace('|', '/')} | {problem.replace('|', '/')} |")
    ran = len(table) - sum(skipped.values())
    print(f"hostile: {ran} cases run, {len(failures)} failed" + (f"; skipped: {skipped}" if skipped else ""))
    for name, problems in failures:
        print(f"  {name}: {'; '.join(problems)}")
    subprocess.run(["chmod", "-R", "u+rwx", folder])
    subprocess.run(["rm", "-rf", folder])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
