#!/usr/bin/env python3
"""Runs `couverture` on every hostile input of tests/fixtures/hostile (expected.tsv) and checks what each gives.

For every case: the exit code must be the expected one (a death by signal, a sanitizer report or exit 5, an
internal error, is a crash; no answer within --timeout seconds is a hang); the terminal output (standard error and
standard output together) must match the case's `output` regular expression and must not match its `forbidden`
one; an exit 0 must also show its `evidence` (the warning or the count that proves nothing was lost silently; an
exit 0 without it is a silent loss); nothing may be written outside {out}, the case's scratch output folder (the
command runs in an empty working folder of its own, and the inputs are checked unchanged).

expected.tsv columns (tab-separated, '#' lines are comments):
  id, inputs (documentation only), command (shell words; placeholders below), exit, output, evidence, forbidden,
  report (optional: FILE:REGEX, a file of {out} that must match, e.g. match_problems.csv:no usable polygon)
  (Python regular expressions; '.' matches line ends too)
Placeholders: {couverture} is never needed (the command's words follow the program); {cases} the folder of the
inputs; {boundaries} the shared OCHA boundaries (COUVERTURE_SHARED_DATA or --shared-data); {out} the scratch
output folder; {fifo} a named pipe made for the case; {scratch} the case's scratch folder.

usage: hostile_inputs.py --couverture PATH [--shared-data DIR] [--timeout SECONDS] [--jobs N] [--only ID_REGEX]
                         [--verbose]
Exit status 0 when every case ends as expected.
"""
import argparse
import concurrent.futures
import csv
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FOLDER = os.path.join(ROOT, "tests", "fixtures", "hostile")
SANITIZER_EXIT = 86
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:", "ThreadSanitizer")


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, row in enumerate(reader, 2):
        if None in row or any(row.get(k) is None for k in ("id", "command", "exit")):
            raise SystemExit("%s: case on line %d has the wrong number of columns" % (path, number))
        cases.append(row)
    ids = [c["id"] for c in cases]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise SystemExit("%s: duplicate case ids: %s" % (path, ", ".join(duplicates)))
    return cases


def snapshot(folder):
    state = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            st = os.lstat(path)
            state[os.path.relpath(path, folder)] = (st.st_size, st.st_mtime_ns)
    return state


def run_case(case, args, scratch_root):
    scratch = tempfile.mkdtemp(prefix=case["id"] + ".", dir=scratch_root)
    work = os.path.join(scratch, "cwd")
    out = os.path.join(scratch, "out")
    os.mkdir(work)
    fifo = os.path.join(scratch, "pipe.csv")
    if "{fifo}" in case["command"]:
        os.mkfifo(fifo)
    values = {"cases": os.path.join(FOLDER, "cases"), "boundaries": args.boundaries, "out": out,
              "fifo": fifo, "scratch": scratch}
    words = [w.format(**values) for w in shlex.split(case["command"])]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["LC_ALL"] = "C.UTF-8"  # messages in English: the expected texts are the English sources
    env.pop("LANG", None)
    env.pop("LC_MESSAGES", None)
    asan = env.get("ASAN_OPTIONS", "")
    env["ASAN_OPTIONS"] = (asan + ":" if asan else "") + "exitcode=%d" % SANITIZER_EXIT
    env["UBSAN_OPTIONS"] = env.get("UBSAN_OPTIONS", "print_stacktrace=1")
    started = time.monotonic()
    try:
        done = subprocess.run([args.couverture] + words, cwd=work, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=args.timeout)
        code, text = done.returncode, (done.stderr + done.stdout).decode("utf-8", "replace")
    except subprocess.TimeoutExpired as expired:
        code = None
        text = ((expired.stderr or b"") + (expired.stdout or b"")).decode("utf-8", "replace")
    seconds = time.monotonic() - started
    report = None
    if case.get("report"):
        name = case["report"].split(":", 1)[0]
        try:
            with open(os.path.join(out, name), encoding="utf-8", errors="replace") as f:
                report = f.read()
        except OSError:
            report = None
    stray = sorted(os.listdir(work))
    extra = sorted(set(os.listdir(scratch)) - {"cwd", "out", "pipe.csv"})
    shutil.rmtree(scratch, ignore_errors=True)
    return code, text, seconds, stray + extra, report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--couverture", required=True)
    parser.add_argument("--shared-data", default=os.environ.get("COUVERTURE_SHARED_DATA",
                                                                 os.path.join(ROOT, "..", "shared", "data")))
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a case counts as a hang")
    parser.add_argument("--jobs", type=int, default=4, help="cases run at once (each is one short process)")
    parser.add_argument("--only", default="", help="regular expression: run the cases whose id matches")
    parser.add_argument("--expected", default=os.path.join(FOLDER, "expected.tsv"))
    parser.add_argument("--verbose", action="store_true", help="print every case's output")
    args = parser.parse_args()
    args.couverture = os.path.abspath(args.couverture)
    args.boundaries = os.path.join(os.path.abspath(args.shared_data), "boundaries", "mli_cod_ab_ocha_itos_2017")
    cases = [c for c in read_cases(args.expected) if re.search(args.only, c["id"])]
    needs_shared = [c["id"] for c in cases if "{boundaries}" in c["command"]]
    if needs_shared and not os.path.isdir(args.boundaries):
        print("shared boundaries not found (%s): %d cases skipped" % (args.boundaries, len(needs_shared)))
        cases = [c for c in cases if c["id"] not in needs_shared]
    counts = {"crashes": 0, "hangs": 0, "silent losses": 0, "wrong exit codes": 0, "missing messages": 0,
              "forbidden output": 0, "writes outside out": 0}
    failed = []
    inputs_before = snapshot(os.path.join(FOLDER, "cases"))
    scratch_root = tempfile.mkdtemp(prefix="couverture_hostile_")
    started = time.monotonic()
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(lambda case: run_case(case, args, scratch_root), cases))
        for case, (code, text, seconds, stray, report) in zip(cases, results):
            expected = int(case["exit"])
            problems = []
            crashed = code is not None and (code < 0 or code in (5, SANITIZER_EXIT) or
                                             any(mark in text for mark in SANITIZER_MARKS))
            if code is None:
                counts["hangs"] += 1
                problems.append("hang: no answer within %g s" % args.timeout)
            elif crashed:
                counts["crashes"] += 1
                problems.append("crash: exit %d" % code)
            elif code != expected:
                counts["wrong exit codes"] += 1
                problems.append("exit %d, expected %d" % (code, expected))
            if code is not None and not crashed:
                if case.get("output") and not re.search(case["output"], text, re.S):
                    counts["missing messages"] += 1
                    problems.append("output lacks /%s/" % case["output"])
                if code == 0 and expected == 0 and (not case.get("evidence") or
                                                      not re.search(case["evidence"], text, re.S)):
                    counts["silent losses"] += 1
                    problems.append("exit 0 without the evidence /%s/" % case.get("evidence", ""))
                if case.get("report"):
                    name, pattern = case["report"].split(":", 1)
                    if report is None or not re.search(pattern, report, re.S):
                        counts["missing messages"] += 1
                        problems.append("%s lacks /%s/" % (name, pattern) if report is not None
                                        else "%s not written" % name)
                if case.get("forbidden") and re.search(case["forbidden"], text, re.S):
                    counts["forbidden output"] += 1
                    problems.append("output shows /%s/" % case["forbidden"])
            if stray:
                counts["writes outside out"] += 1
                problems.append("wrote outside {out}: %s" % ", ".join(stray))
            if problems or args.verbose:
                print("%-4s %s (%.1f s): %s" % ("ok" if not problems else "FAIL", case["id"], seconds,
                                                 "; ".join(problems) or "as expected"))
                for line in text.strip().splitlines()[:12]:
                    print("       | " + line[:300])
            if problems:
                failed.append(case["id"])
        inputs_now = snapshot(os.path.join(FOLDER, "cases"))
        if inputs_now != inputs_before:
            counts["writes outside out"] += 1
            changed = sorted({c[0] for c in set(inputs_now.items()) ^ set(inputs_before.items())})
            print("FAIL the inputs in cases/ changed: %s" % ", ".join(changed))
            failed.append("(inputs changed)")
    finally:
        shutil.rmtree(scratch_root, ignore_errors=True)
    elapsed = time.monotonic() - started
    print("hostile inputs: %d cases in %.0f s, %d as expected; crashes %d, hangs %d, silent losses %d, "
          "wrong exit codes %d, missing messages %d, forbidden output %d, writes outside out %d"
          % (len(cases), elapsed, len(cases) - len(failed), counts["crashes"], counts["hangs"],
             counts["silent losses"], counts["wrong exit codes"], counts["missing messages"],
             counts["forbidden output"], counts["writes outside out"]))
    if failed:
        print("failed: " + " ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
