#!/usr/bin/env python3
"""End-to-end benchmark: what a user of Netra waits for, beside the tools people compare it with.

    swift build -c release --product netra && swift build -c release --product netra-bench
    python3 scripts/bench-end-to-end.py                 # 10k, 100k, 1M officers
    python3 scripts/bench-end-to-end.py --sizes 100000  # one size

For each size it generates (once, under bench-data/, through `netra-bench --generate N`)
a realistic folder and measures, on the release binaries:

  first screen   from starting `netra dashboard` in a pseudo-terminal (120x40) to the
                 first frame that shows the folder's figures (pyte reads the bytes as a
                 terminal would), twice: with an empty state folder (officers.csv parsed)
                 and with the reading an earlier run kept there (`KeptRoster`: the next
                 start on an unchanged file); the dashboard's peak RSS (VmHWM) once it has
                 gone idle (the lists and search indexes prepared after the first frame
                 included);
  reload         (100k only) from renaming a changed officers.csv into place to the
                 frame that shows the change; the same for a changed cases.csv; the
                 first use of a list (Pegawai) right after a reload; keystrokes (j/k)
                 sent while a reload runs, each until the selection has moved;
  check          `netra check` wall time and peak RSS (GNU time);
  snapshot       `netra snapshot` wall time and peak RSS;
  anchors        DuckDB's bare load and VisiData's first row on the same officers.csv
                 (../shared/bench/anchors.py), and Netra's first screen as a ratio of each.

Timing belongs here, never in unit tests: run it on a quiet machine, read the ratios.
Needs `pip install pexpect pyte` (and `duckdb visidata` for the anchors).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import queue
import tempfile
import threading
import time

import pexpect
import pyte

# The reading thread stamps a chunk as soon as it has the interpreter again.
sys.setswitchinterval(0.0005)

AS_OF = "2023-05-23T10:00:00+08:00"
COLS, ROWS = 120, 40
# The overview's candidates panel counts the officers without a decree, and its cases
# panel the open cases: both appear only once the folder is read and derived.
CANDIDATES = re.compile(r"(\d+) tanpa SK")
OPEN_CASES = re.compile(r"(\d+) terbuka")
# The officers list's row counter in the top rule (`1/100001`), drawn once its rows
# are (the overview's counts alerts: fewer than 100,000 at the sizes timed).
LIST_COUNTER = re.compile(r" 1/\d{6,} ")


def selected_line(text):
    """The screen line holding the selection marker, or None."""
    for i, line in enumerate(text.split("\n")):
        if "│▶" in line:
            return i
    return None


def here(*parts):
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", *parts)


class Dashboard:
    """`netra dashboard` in a pseudo-terminal, its screen kept by pyte.

    A thread of its own reads the terminal's bytes and stamps each chunk with the moment
    it arrived, so a latency is measured to the bytes that showed it, not to the end of
    pyte's parsing or of this script's turn on a busy CPU (a reload keeps both cores
    busy: read after the fact, a 5 ms keystroke measured 60 ms)."""

    def __init__(self, netra, folder, state=None):
        self.screen = pyte.Screen(COLS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", NETRA_LANG="id")
        if state:
            env["XDG_STATE_HOME"] = state
        self.started = time.monotonic()
        self.child = pexpect.spawn(netra, ["dashboard", "--data", folder, "--as-of", AS_OF, "--lang", "id"],
                                   dimensions=(ROWS, COLS), env=env)
        # pexpect sleeps 50 ms before every send by default: every keystroke and first
        # list measured before this line carried it.
        self.child.delaybeforesend = None
        self.chunks = queue.Queue()
        self.ended = False
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        while True:
            try:
                data = os.read(self.child.child_fd, 1 << 20)
            except OSError:
                data = b""
            self.chunks.put((time.monotonic(), data))
            if not data:
                return

    def _feed_one(self, timeout):
        """Feeds the next chunk to pyte; its arrival time, or None (nothing came, or the end)."""
        try:
            arrived, data = self.chunks.get(timeout=timeout)
        except queue.Empty:
            return None
        if not data:
            self.ended = True
            return None
        self.stream.feed(data)
        return arrived

    def text(self):
        return "\n".join(self.screen.display)

    def wait_for(self, predicate, limit=300.0, since=None):
        """Seconds from `since` (now by default) to the arrival of the bytes after which the
        screen satisfies `predicate`, or None."""
        start = time.monotonic() if since is None else since
        while time.monotonic() - start < limit and not self.ended:
            arrived = self._feed_one(0.005)
            if arrived is not None and predicate(self.text()):
                return arrived - start
        return None

    def settle(self, quiet=1.0):
        """Reads until nothing arrives for `quiet` seconds (lists warm up after the first frame)."""
        last = time.monotonic()
        while time.monotonic() - last < quiet and not self.ended:
            if self._feed_one(0.1) is not None:
                last = time.monotonic()

    def cpu_ticks(self):
        try:
            with open("/proc/%d/stat" % self.child.pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return int(fields[11]) + int(fields[12])  # utime + stime
        except (OSError, IndexError, ValueError):
            return None

    def idle(self, limit=120.0):
        """Reads the screen until the process has used no CPU for a second: the lists and
        search indexes prepared after the first frame are then built, so the peak RSS
        read afterwards is the true one, not the first frame's."""
        start = time.monotonic()
        last_ticks, quiet_since = self.cpu_ticks(), time.monotonic()
        while time.monotonic() - start < limit and not self.ended:
            self._feed_one(0.2)
            ticks = self.cpu_ticks()
            if ticks is None:
                return
            if ticks - last_ticks > 2:  # a clock tick's redraw costs less than 20 ms
                last_ticks, quiet_since = ticks, time.monotonic()
            elif time.monotonic() - quiet_since >= 1.0:
                return

    def peak_mb(self):
        try:
            with open("/proc/%d/status" % self.child.pid) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")

    def close(self):
        try:
            self.child.send("q")
        except OSError:
            pass
        self.reader.join(timeout=10)
        self.child.terminate(force=True)


def number(pattern, text):
    m = pattern.search(text)
    return int(m.group(1)) if m else None


def first_screen(netra, folder, runs, state=None):
    times, peaks = [], []
    for _ in range(runs):
        fresh = tempfile.mkdtemp(prefix="netra-state-") if state is None else None
        d = Dashboard(netra, folder, state or fresh)
        t = d.wait_for(lambda s: CANDIDATES.search(s) and OPEN_CASES.search(s), since=d.started)
        if t is not None:
            times.append(t)
        d.idle()
        peaks.append(d.peak_mb())
        d.close()
        if fresh:
            shutil.rmtree(fresh, ignore_errors=True)
    return (statistics.median(times) if times else None), max(peaks)


def kept_first_screen(netra, folder, runs):
    """The first screen when an earlier run kept the roster's reading (state folder of
    its own): one run to keep it (a file changed in the last 2 s is not kept, so a
    folder just generated gets a second try), then `runs` timed. None when nothing
    was kept (a roster under 4 MB is always parsed)."""
    state = tempfile.mkdtemp(prefix="netra-kept-")
    try:
        for attempt in range(2):
            first_screen(netra, folder, 1, state)
            if any(name == "officers.kept" for _, _, names in os.walk(state) for name in names):
                return first_screen(netra, folder, runs, state)
            time.sleep(2.5)
        return None, 0
    finally:
        shutil.rmtree(state, ignore_errors=True)


def rename_into_place(folder, name, text):
    temp = os.path.join(folder, "." + name + ".bench-tmp")
    with open(temp, "w", encoding="utf-8") as f:
        f.write(text)
    os.rename(temp, os.path.join(folder, name))


def reload_times(netra, source, runs):
    """(officers.csv rename → frame, cases.csv rename → frame) medians in seconds."""
    work = tempfile.mkdtemp(prefix="netra-e2e-")
    folder = os.path.join(work, "data")
    shutil.copytree(source, folder)
    officers = open(os.path.join(folder, "officers.csv"), encoding="utf-8").read()
    cases = open(os.path.join(folder, "cases.csv"), encoding="utf-8").read()
    d = Dashboard(netra, folder)
    d.wait_for(lambda s: CANDIDATES.search(s) and OPEN_CASES.search(s))
    d.settle(2.0)
    officer_times, case_times = [], []
    # A new candidate without a decree: the candidates count goes up by one each round.
    for k in range(runs):
        before = number(CANDIDATES, d.text())
        extra = "".join("19700101200001100%d;Calon Baru %d;Unit Kerja 1 Pemerintah Kota;Staf;III/a;bacaleg;Partai Nusantara Maju;Balikpapan 1;\n" % (j + 1, j + 1)
                        for j in range(k + 1))
        start = time.monotonic()
        rename_into_place(folder, "officers.csv", officers + extra)
        t = d.wait_for(lambda s: number(CANDIDATES, s) not in (None, before), limit=60, since=start)
        if t is not None:
            officer_times.append(t)
        d.settle(1.0)
    # The first use of a list after a reload: `2` (Pegawai) pressed the moment the
    # reloaded overview shows, until its rows are on screen (their counter `1/N`).
    list_times = []
    for k in range(runs):
        before = number(CANDIDATES, d.text())
        extra = "".join("19700101200002100%d;Calon Lagi %d;Unit Kerja 2 Pemerintah Kota;Staf;III/a;bacaleg;Partai Karya Rakyat;Balikpapan 2;\n" % (j + 1, j + 1)
                        for j in range(k + 1))
        rename_into_place(folder, "officers.csv", officers + extra)
        if d.wait_for(lambda s: number(CANDIDATES, s) not in (None, before), limit=60) is None:
            continue
        start = time.monotonic()
        d.child.send("2")
        t = d.wait_for(lambda s: "[2 Pegawai]" in s and LIST_COUNTER.search(s), limit=60, since=start)
        if t is not None:
            list_times.append(t)
        d.child.send("1")
        d.settle(1.0)
    # Keystrokes while a reload is under way: `j`/`k` every 40 ms from the rename on, each
    # timed until the selection marker has moved.
    key_times = []
    for k in range(runs):
        extra = "".join("19700101200003100%d;Calon Ketiga %d;Unit Kerja 3 Pemerintah Kota;Staf;III/a;bacaleg;Partai Bintang Harapan;Balikpapan 3;\n" % (j + 1, j + 1)
                        for j in range(k + 1))
        rename_into_place(folder, "officers.csv", officers + extra)
        until = time.monotonic() + 0.8
        key = "j"
        while time.monotonic() < until:
            marked = selected_line(d.text())
            start = time.monotonic()
            d.child.send(key)
            t = d.wait_for(lambda s: selected_line(s) not in (None, marked), limit=2, since=start)
            if t is not None:
                key_times.append(t)
            key = "k" if key == "j" else "j"
            time.sleep(0.04)
        d.settle(1.0)
    for k in range(runs):
        before = number(OPEN_CASES, d.text())
        extra = "".join("E2E-%d;;23 Mei 2023;Masyarakat;Kegiatan partai;Laporan baru;baru\n" % j for j in range(k + 1))
        start = time.monotonic()
        rename_into_place(folder, "cases.csv", cases + extra)
        t = d.wait_for(lambda s: number(OPEN_CASES, s) not in (None, before), limit=60, since=start)
        if t is not None:
            case_times.append(t)
        d.settle(1.0)
    d.close()
    shutil.rmtree(work, ignore_errors=True)
    med = lambda xs: statistics.median(xs) if xs else None
    p99 = lambda xs: sorted(xs)[min(len(xs) - 1, int(len(xs) * 0.99))] if xs else None
    return {"reload": med(officer_times), "cases": med(case_times), "list": med(list_times),
            "keys": med(key_times), "keys99": p99(key_times), "keyCount": len(key_times)}


def timed(argv):
    """(wall seconds, peak RSS MB) of one command, by GNU time."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + argv, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    wall, kb = out.stderr.strip().splitlines()[-1].split()
    return float(wall), int(kb) / 1024


def anchors(csv_path, runs):
    script = here("..", "shared", "bench", "anchors.py")
    if not os.path.exists(script):
        script = os.path.join(os.path.dirname(os.path.abspath(here())), "shared", "bench", "anchors.py")
    if not os.path.exists(script):
        print("# anchors.py not found: anchors skipped", file=sys.stderr)
        return {}
    # VisiData does not guess `;` as the separator: without this it shows each row as one
    # column and never the names the anchor waits for. anchors.py gives VisiData a fresh
    # HOME, so the option travels through XDG_CONFIG_HOME.
    config = tempfile.mkdtemp(prefix="netra-vd-")
    os.makedirs(os.path.join(config, "visidata"))
    with open(os.path.join(config, "visidata", "config.py"), "w") as f:
        f.write("options.csv_delimiter = ';'\n")
    out = subprocess.run([sys.executable, script, csv_path, "--runs", str(runs)], capture_output=True, text=True,
                         env=dict(os.environ, XDG_CONFIG_HOME=config))
    shutil.rmtree(config, ignore_errors=True)
    sys.stderr.write(out.stderr)
    found = {}
    for line in out.stdout.splitlines():
        name, _, seconds = line.partition(" ")
        found[name] = float(seconds)
    return found


def fmt(seconds, unit="s"):
    if seconds is None:
        return "—"
    return "%.0f ms" % (seconds * 1000) if unit == "ms" else "%.2f s" % seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--netra", default=here(".build", "release", "netra"))
    ap.add_argument("--bench", default=here(".build", "release", "netra-bench"))
    ap.add_argument("--reload-size", type=int, default=100_000, help="the size whose reloads are timed")
    ap.add_argument("--no-anchors", action="store_true")
    a = ap.parse_args()
    os.chdir(here())
    rows = []
    for n in [int(s) for s in a.sizes.split(",")]:
        subprocess.run([a.bench, "--generate", str(n)], check=True)
        folder = os.path.abspath(os.path.join("bench-data", str(n)))
        runs = 1 if n >= 1_000_000 else a.runs
        first, dash_peak = first_screen(a.netra, folder, runs)
        kept, kept_peak = kept_first_screen(a.netra, folder, runs)
        dash_peak = max(dash_peak, kept_peak)
        check_wall, check_peak = timed([a.netra, "check", "--data", folder, "--as-of", AS_OF])
        snap_wall, snap_peak = timed([a.netra, "snapshot", "--data", folder, "--as-of", AS_OF, "--size", "120x40"])
        row = {"n": n, "first": first, "kept": kept, "dash_peak": dash_peak, "check": check_wall, "check_peak": check_peak,
               "snapshot": snap_wall, "snap_peak": snap_peak}
        if n == a.reload_size:
            row.update(reload_times(a.netra, folder, a.runs))
        if not a.no_anchors and n >= 100_000:
            row.update(anchors(os.path.join(folder, "officers.csv"), 1 if n >= 1_000_000 else a.runs))
        rows.append(row)
        print("# %d done" % n, file=sys.stderr)

    print("| officers | first screen, file parsed | ÷ VisiData first row | ÷ DuckDB load | first screen, reading kept | ÷ VisiData | ÷ DuckDB"
          " | dashboard peak RSS | check | check peak RSS | snapshot | snapshot peak RSS |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        def ratio(key, anchor):
            return ("%.2f× (%.2f s)" % (r[key] / r[anchor], r[anchor])) if r.get(anchor) and r.get(key) else "—"
        print("| %s | %s | %s | %s | %s | %s | %s | %.0f MB | %s | %.0f MB | %s | %.0f MB |" % (
            format(r["n"], ","), fmt(r["first"]), ratio("first", "visidata_first"), ratio("first", "duckdb_load"),
            fmt(r["kept"]), ratio("kept", "visidata_first"), ratio("kept", "duckdb_load"), r["dash_peak"],
            fmt(r["check"]), r["check_peak"], fmt(r["snapshot"]), r["snap_peak"]))
    for r in rows:
        if "reload" in r:
            print("\nat %s officers: officers.csv renamed → frame shows it: %s; cases.csv renamed → frame: %s;"
                  " first list (Pegawai) after a reload: %s; keystrokes during a reload: median %s, 99th percentile %s (%d keys)"
                  % (format(r["n"], ","), fmt(r["reload"], "ms"), fmt(r["cases"], "ms"), fmt(r["list"], "ms"),
                     fmt(r["keys"], "ms"), fmt(r["keys99"], "ms"), r["keyCount"]))


if __name__ == "__main__":
    main()
