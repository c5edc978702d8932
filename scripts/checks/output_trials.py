#!/usr/bin/env python3
"""Trials of Couverture's output sets: kills, Ctrl-C, concurrent runs and full disks.

Each trial runs the `couverture` command line as a user would and then reads the output folder as a reader
would (`couverture verify` and the manifest's checksums). What must hold:
  kill -9 at any moment: the folder holds the previous set whole, the new set whole, or no manifest (the
      set is being replaced, and `verify` says so); never a manifest that disagrees with its files; the next
      run removes the killed run's temporary files.
  Ctrl-C (SIGINT): exit 4 with the previous set intact and no temporary file left, or exit 0 (it finished).
  two runs at once on one folder: both exit 0 and the set is whole.
  a full disk (a small tmpfs in a private mount namespace, as root): exit 3 naming a file, and the previous
      set intact; or exit 0 with the new set whole.
Prints one line per kind: intact / total.

usage: output_trials.py --couverture PATH --boundaries PATH --activities FILE
                        [--kill N] [--interrupt N] [--concurrent N] [--full-disk N] [--command coverage|map|match]
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zlib


def crc_of(path):
    crc = 0
    with open(path, "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                return crc & 0xFFFFFFFF
            crc = zlib.crc32(chunk, crc)


def manifests(folder):
    return sorted(n for n in os.listdir(folder) if n.endswith(".manifest.json") and not n.startswith("."))


def state_of(folder):
    """('whole', {name: crc}) / ('no manifest', None) / ('mixed', problem)."""
    names = manifests(folder)
    if not names:
        return "no manifest", None
    files = {}
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            manifest = json.load(f)
        for entry in manifest["files"]:
            path = os.path.join(folder, entry["name"])
            if not os.path.isfile(path):
                return "mixed", entry["name"] + " missing"
            crc = "%08x" % crc_of(path)
            if crc != entry["crc32"] or os.path.getsize(path) != entry["bytes"]:
                return "mixed", entry["name"] + " differs from its manifest"
            files[entry["name"]] = crc
    return "whole", files


def temporaries(folder):
    return [n for n in os.listdir(folder) if ".partial-" in n]


class Runner:
    def __init__(self, args):
        self.args = args

    def command(self, folder, variant):
        a = self.args
        base = [a.couverture, a.command, "--boundaries", a.boundaries, "--activities", a.activities,
                "--out", folder, "--quiet"]
        # Two variants that give different files, so that old and new sets can be told apart.
        if a.command == "map":
            base += ["--format", "pdf,svg,png", "--dpi", "60", "--name", "trial",
                     "--title", "Essai %d" % variant]
        elif a.command == "coverage":
            base += ["--created", "2026-01-%02d" % (variant % 28 + 1)]
        # match: the same files each time; the trials still tell a whole set from a mixed one
        return base

    def run(self, folder, variant, **kw):
        return subprocess.run(self.command(folder, variant), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, **kw)

    def start(self, folder, variant):
        return subprocess.Popen(self.command(folder, variant), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)

    def previous_set(self, folder):
        done = self.run(folder, 0)
        if done.returncode != 0:
            sys.exit("the first run failed: " + done.stderr)
        kind, files = state_of(folder)
        if kind != "whole":
            sys.exit("the first run left no whole set")
        return files

    def duration(self, folder):
        start = time.monotonic()
        self.run(folder, 1)
        return time.monotonic() - start


def kill_trials(runner, root, count, rng):
    folder = os.path.join(root, "kill")
    os.makedirs(folder)
    runner.previous_set(folder)
    span = runner.duration(folder)
    counts = {"whole": 0, "no manifest": 0, "mixed": 0}
    cleaned = 0
    for i in range(count):
        before = state_of(folder)
        process = runner.start(folder, i + 2)
        time.sleep(rng.uniform(0, span * 1.1))
        process.kill()
        process.wait()
        kind, detail = state_of(folder)
        counts[kind] += 1
        if kind == "mixed":
            print("  kill trial %d: %s" % (i, detail))
        if kind != "whole":  # the next run repairs it; its temporary files are removed too
            if runner.run(folder, i + 2).returncode == 0 and state_of(folder)[0] == "whole" \
                    and not temporaries(folder):
                cleaned += 1
            else:
                print("  kill trial %d: the next run did not make the set whole" % i)
    runner.run(folder, 0)
    leftovers = temporaries(folder)
    print("kill -9 during a run: %d / %d left a whole set or no manifest (whole %d, no manifest %d, mixed %d);"
          " the next run made it whole %d / %d; temporary files left after a later run: %d"
          % (counts["whole"] + counts["no manifest"], count, counts["whole"], counts["no manifest"],
             counts["mixed"], cleaned, counts["no manifest"], len(leftovers)))
    return counts["mixed"] == 0 and cleaned == counts["no manifest"] and not leftovers


def interrupt_trials(runner, root, count, rng):
    folder = os.path.join(root, "interrupt")
    os.makedirs(folder)
    span = runner.duration(folder)
    good = cancelled = early = 0
    for i in range(count):
        previous = runner.previous_set(folder)  # the set a cancelled run must leave as it was
        process = runner.start(folder, i + 2)
        time.sleep(rng.uniform(0, span * 0.9))
        process.send_signal(signal.SIGINT)
        _, err = process.communicate()
        kind, files = state_of(folder)
        if process.returncode == 4:
            cancelled += 1
            ok = kind == "whole" and files == previous and not temporaries(folder)
        elif process.returncode == -signal.SIGINT:  # during start-up, before main() could catch it
            early += 1
            ok = kind == "whole" and files == previous and not temporaries(folder)
        else:
            ok = process.returncode == 0 and kind == "whole" and not temporaries(folder)
        good += 1 if ok else 0
        if not ok:
            print("  interrupt trial %d: exit %d, %s %s" % (i, process.returncode, kind, err.strip()[:200]))
    print("Ctrl-C during a run: %d / %d as they must be (%d cancelled with exit 4 and the previous set intact,"
          " %d ended by the signal during program start-up with the previous set intact, %d finished first)"
          % (good, count, cancelled, early, count - cancelled - early))
    return good == count


def concurrent_trials(runner, root, count, rng):
    folder = os.path.join(root, "concurrent")
    os.makedirs(folder)
    good = 0
    for i in range(count):
        first = runner.start(folder, 2 * i + 1)
        time.sleep(rng.uniform(0, 0.05))
        second = runner.start(folder, 2 * i + 2)
        _, err1 = first.communicate()
        _, err2 = second.communicate()
        kind, _ = state_of(folder)
        ok = first.returncode == 0 and second.returncode == 0 and kind == "whole" and not temporaries(folder)
        good += 1 if ok else 0
        if not ok:
            print("  concurrent trial %d: exits %d %d, %s %s %s" % (i, first.returncode, second.returncode, kind,
                                                                    err1.strip()[:200], err2.strip()[:200]))
    print("two runs at once on one folder: %d / %d both done and the set whole" % (good, count))
    return good == count


FULL_DISK_CHILD = r'''
set -e
mount -t tmpfs -o size=%(size)s tmpfs "%(mount)s"
cp -a "%(previous)s"/. "%(mount)s"/
%(command)s > /dev/null 2> "%(err)s" && echo 0 > "%(rc)s" || echo $? > "%(rc)s"
python3 - "%(mount)s" "%(state)s" <<'PY'
import sys, json
sys.path.insert(0, %(here)r)
from output_trials import state_of, temporaries
kind, files = state_of(sys.argv[1])
json.dump({"kind": kind, "files": files, "temporaries": temporaries(sys.argv[1])}, open(sys.argv[2], "w"))
PY
'''


def full_disk_trials(runner, root, count, rng):
    if shutil.which("unshare") is None or os.geteuid() != 0:
        print("full disk: skipped (needs root and unshare for a private tmpfs)")
        return True
    previous_folder = os.path.join(root, "full-previous")
    os.makedirs(previous_folder)
    previous = runner.previous_set(previous_folder)
    used = sum(os.path.getsize(os.path.join(previous_folder, n)) for n in os.listdir(previous_folder))
    good = refused = 0
    for i in range(count):
        # From no room at all for the new files to room for all of them.
        extra = int(used * 1.2 * i / max(count - 1, 1)) + rng.randint(0, 4096)
        size = used + 64 * 1024 + extra
        mount = os.path.join(root, "full-%d" % i)
        os.makedirs(mount)
        paths = {k: os.path.join(root, "full-%d.%s" % (i, k)) for k in ("err", "rc", "state")}
        script = FULL_DISK_CHILD % {
            "size": size, "mount": mount, "previous": previous_folder,
            "command": " ".join("'%s'" % c for c in runner.command(mount, i + 2)),
            "here": os.path.dirname(os.path.abspath(__file__)), **paths}
        result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
        if result.returncode != 0 or not os.path.exists(paths["state"]):
            print("full disk: skipped (a private tmpfs cannot be mounted here: %s)" % result.stderr.strip()[:200])
            return True
        rc = int(open(paths["rc"]).read())
        state = json.load(open(paths["state"]))
        err = open(paths["err"]).read()
        if rc == 3:
            refused += 1
            ok = state["kind"] == "whole" and state["files"] == previous and "error" in err
        else:
            ok = rc == 0 and state["kind"] == "whole"
        ok = ok and not state["temporaries"]
        good += 1 if ok else 0
        if not ok:
            print("  full disk trial %d (%d bytes): exit %d, %s %s" % (i, size, rc, state["kind"], err.strip()[:300]))
    print("full disk: %d / %d as they must be (%d refused with exit 3 and the previous set intact, %d written whole)"
          % (good, count, refused, count - refused))
    return good == count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--couverture", required=True)
    parser.add_argument("--boundaries", required=True)
    parser.add_argument("--activities", required=True)
    parser.add_argument("--command", default="coverage", choices=["coverage", "map", "match"])
    parser.add_argument("--kill", type=int, default=0)
    parser.add_argument("--interrupt", type=int, default=0)
    parser.add_argument("--concurrent", type=int, default=0)
    parser.add_argument("--full-disk", type=int, default=0)
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    runner = Runner(args)
    root = tempfile.mkdtemp(prefix="couverture-trials-")
    try:
        ok = True
        if args.kill:
            ok &= kill_trials(runner, root, args.kill, rng)
        if args.interrupt:
            ok &= interrupt_trials(runner, root, args.interrupt, rng)
        if args.concurrent:
            ok &= concurrent_trials(runner, root, args.concurrent, rng)
        if args.full_disk:
            ok &= full_disk_trials(runner, root, args.full_disk, rng)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
