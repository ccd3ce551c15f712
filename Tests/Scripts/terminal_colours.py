#!/usr/bin/env python3
"""Runs netra's dashboard and kiosk in a pseudo-terminal under one TERM, for every
theme given, reads every screen back with pyte (a terminal emulator in Python), and
looks for letters drawn in their background's colour.

Usage: terminal_colours.py NETRA DEMO_FOLDER TERM THEME.toml... [--reference TERM] [--text SCREEN]

--text SCREEN puts that screen's text (e.g. `problems`, the panel `!` opens) into
each run's summary.

Prints one JSON object (what was seen, and every problem) and exits 0 when there is
no problem, 1 otherwise, 2 on bad usage. Driven by Tests/netraTests/TerminalColourTests.swift.

The colour model is the one issue 23 asks for, written independently of Netra's own
check (Sources/NetraTUI/Theme/PaletteFit.swift) so that one cannot hide the other's
mistake:
- a colour is what xterm draws for it (the 16 system colours, the 256-colour cube,
  24-bit values as they are);
- the terminal's own colours are light text on black (the Linux console, PuTTY, xterm
  as many run it): black letters on the default background collapse. They may also be
  black text on white (xterm as installed): then black, white or grey letters against
  the terminal's own colour collapse too;
- "collapse" is a contrast ratio under 1.15 (1 is the very same colour);
- on 8 colours a bright colour is sent as its base colour with bold: pyte reports the
  base colour, which is what is compared.

A terminal without colour (vt220) must show no colour at all, and the dashboard's
text must be the same as under --reference (attributes only, nothing lost).
"""

import atexit
import collections
import concurrent.futures
import curses
import fcntl
import json
import os
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

import pyte

COLUMNS, ROWS = 120, 40
STORY = "2023-05-23T10:00:00+08:00"
COLLAPSE_CONTRAST = 1.15
WORKERS = 7

SYSTEM = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
          (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
NAMES = {"black": 0, "red": 1, "green": 2, "brown": 3, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7}
DARK = ("dark", SYSTEM[7], SYSTEM[0])     # (name, default text, default background)
LIGHT = ("light", SYSTEM[0], SYSTEM[15])


def luminance(rgb):
    def linear(c):
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def achromatic(rgb):
    return max(rgb) - min(rgb) <= 16


def resolve(colour, default):
    """pyte's colour (a name, "default", or six hex digits) as red, green, blue."""
    if colour == "default":
        return default
    if colour in NAMES:
        return SYSTEM[NAMES[colour]]
    return tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))


def collapse(char):
    """The model under which the letters of `char` take their background's colour, or None."""
    for name, text, back in (DARK, LIGHT):
        fg, bg = resolve(char.fg, text), resolve(char.bg, back)
        if name == "light":
            involves_default = char.fg == "default" or char.bg == "default"
            if not (involves_default and achromatic(fg) and achromatic(bg)):
                continue
        letters, behind = (bg, fg) if char.reverse else (fg, bg)
        if contrast(letters, behind) < COLLAPSE_CONTRAST:
            return name
    return None


SGR = re.compile(rb"\x1b\[([0-9;:]*)m")


def plain_sgr(match):
    """Rewrites one SGR sequence into the forms pyte 0.8 reads: `38:2::r:g:b` (what
    xterm-direct's terminfo sends) as `38;2;r;g;b`, and the bright colours 90–97 and
    100–107 (which pyte would report as their base colour) as 256-colour indexes 8–15."""
    out = []
    for part in match.group(1).split(b";"):
        if b":" in part:
            fields = [f for f in part.split(b":")]
            if len(fields) >= 5 and fields[1] == b"2":
                out += [fields[0], b"2"] + fields[-3:]
            else:
                out += [f for f in fields if f != b""]
        elif part and 90 <= int(part) <= 97:
            out += [b"38", b"5", str(int(part) - 90 + 8).encode()]
        elif part and 100 <= int(part) <= 107:
            out += [b"48", b"5", str(int(part) - 100 + 8).encode()]
        else:
            out.append(part)
    return b"\x1b[" + b";".join(out) + b"m"


class Screen(pyte.Screen):
    """pyte's screen with REP (CSI n b: repeat the last character), which ncurses
    sends to xterm and pyte 0.8 does not know."""

    def __init__(self, columns, lines):
        super().__init__(columns, lines)
        self.last = " "

    def draw(self, data):
        super().draw(data)
        if data:
            self.last = data[-1]

    def repeat_last(self, count=1, *args, **kwargs):
        self.draw(self.last * max(1, count))


class Stream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, b="repeat_last")


class Run:
    """netra in a pseudo-terminal, its output fed to a pyte screen."""

    def __init__(self, argv, term, home):
        self.screen = Screen(COLUMNS, ROWS)
        self.stream = Stream(self.screen)
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        env = {"TERM": term, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": home,
               "XDG_CONFIG_HOME": home, "XDG_STATE_HOME": home}
        self.stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=self.stderr, env=env,
                                        start_new_session=True, close_fds=True)
        os.close(slave)
        self.master = master
        self.pending = b""

    def settle(self, quiet=0.15, limit=15.0):
        """Reads until the output has been quiet for `quiet` seconds, at most `limit`;
        feeds it to the screen."""
        start = time.monotonic()
        last = start
        got = False
        while True:
            now = time.monotonic()
            if now - start > limit:
                break
            if got and now - last > quiet:
                break
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    data = os.read(self.master, 65536)
                except OSError:
                    break
                if not data:
                    break
                self.pending += data
                got = True
                last = time.monotonic()
        # A frame ends with its last escape sequence complete: feed what is whole.
        cut = self.pending.rfind(b"\x1b")
        if cut >= 0 and re.match(rb"\x1b(\[[0-9;:?]*[@-~]|[^\[])", self.pending[cut:]) is None:
            whole, self.pending = self.pending[:cut], self.pending[cut:]
        else:
            whole, self.pending = self.pending, b""
        self.stream.feed(SGR.sub(plain_sgr, whole))

    def settle_until(self, shown, quiet=0.6, limit=30.0):
        """Settles again and again until `shown(screen lines)` holds (at most `limit`
        seconds): a machine busy with other work may pause netra between writing the
        cleared screen and its first frame for longer than any quiet spell."""
        start = time.monotonic()
        self.settle(quiet=quiet)
        while not shown(self.screen.display) and time.monotonic() - start < limit:
            self.settle(quiet=quiet, limit=2.0)

    def type(self, text):
        os.write(self.master, text if isinstance(text, bytes) else text.encode())

    def end(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.master)
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")


def drawn(lines):
    """A frame is on the screen (not only the cleared screen before it)."""
    return sum(1 for line in lines for c in line if c != " ") > 200


def look(screen, where):
    """What one screen shows: its text, the problems, and counts."""
    problems, coloured, reversed_cells, checked = [], 0, 0, 0
    for y in range(ROWS):
        line = screen.buffer[y]
        for x in range(COLUMNS):
            char = line[x]
            if char.data in ("", " "):
                continue
            checked += 1
            if char.fg != "default" or char.bg != "default":
                coloured += 1
            if char.reverse:
                reversed_cells += 1
            model = collapse(char)
            if model:
                text = "".join(line[i].data for i in range(max(0, x - 10), min(COLUMNS, x + 30)))
                problems.append({"where": where, "x": x, "y": y, "char": char.data, "fg": char.fg, "bg": char.bg,
                                 "bold": char.bold, "reverse": char.reverse, "model": model, "around": text.strip()})
    return {"text": screen.display, "problems": problems, "coloured": coloured, "reversed": reversed_cells, "checked": checked}


def terminfo(term):
    """The terminal's colour count and its F12 key, from its terminfo description."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    curses.setupterm(term, devnull)
    os.close(devnull)
    return curses.tigetnum("colors"), curses.tigetstr("kf12") or b"\x1b[24~"


def dashboard(netra, demo, term, theme, home, quiet=0.15):
    """The overview, every view, help and the problems panel. A frame is taken as
    drawn once the output has been quiet for `quiet` seconds."""
    run = Run([netra, "dashboard", "--data", demo, "--as-of", STORY, "--theme", theme], term, home)
    screens = []
    run.settle_until(drawn)
    screens.append(("overview", look(run.screen, "overview")))
    for key, name in [("2", "officers"), ("3", "retirements"), ("4", "schedule"), ("5", "cases"), ("6", "units"),
                      ("7", "circulars"), ("?", "help"), ("\x1b", None), ("!", "problems"), ("\x1b", None),
                      ("1", None), ("/", None), ("Lolo", "search"), ("\x1b", None)]:
        run.type(key)
        run.settle(quiet=quiet)
        if name:
            screens.append((name, look(run.screen, name)))
    run.type("q")
    run.settle(limit=3)
    return screens, run.end()


def kiosk(netra, demo, term, theme, home, f12):
    """Every public page (visitors step through them with Tab), the PIN prompt, and
    the unlocked dashboard with its banner."""
    run = Run([netra, "dashboard", "--kiosk", "--data", demo, "--as-of", STORY, "--theme", theme], term, home)
    screens = []
    run.settle_until(drawn)
    screens.append(("kiosk-1", look(run.screen, "kiosk-1")))
    for page in range(2, 8):
        run.type("\t")
        run.settle()
        screens.append(("kiosk-%d" % page, look(run.screen, "kiosk-%d" % page)))
    run.type(f12)
    run.settle()
    run.type("12")
    run.settle()
    screens.append(("kiosk-pin", look(run.screen, "kiosk-pin")))
    run.type("34\r")
    # The PIN is checked off the UI thread (yescrypt): wait for the dashboard's tabs.
    run.settle_until(lambda lines: "[1 " in lines[1], quiet=0.3)
    screens.append(("kiosk-unlocked", look(run.screen, "kiosk-unlocked")))
    return screens, run.end()


Job = collections.namedtuple("Job", "netra demo term theme home f12 monochrome mode keep quiet")


def examine(job):
    """One (theme, mode) run under the terminal: its summary and its problems."""
    netra, demo, term, theme, home, f12, monochrome, mode, keep, quiet = job
    name = os.path.basename(theme)
    if mode == "kiosk":
        screens, stderr = kiosk(netra, demo, term, theme, home, f12)
    else:
        screens, stderr = dashboard(netra, demo, term, theme, home, quiet)
    problems = [dict(p, theme=name, mode=mode) for _, s in screens for p in s["problems"]]
    coloured = sum(s["coloured"] for _, s in screens)
    summary = {"theme": name, "mode": mode, "screens": len(screens), "checked": sum(s["checked"] for _, s in screens),
               "coloured": coloured, "reversed": sum(s["reversed"] for _, s in screens), "collapsed": len(problems)}
    for where, s in screens:
        if where == keep:
            summary["text"] = s["text"]
    problems = problems[:20]
    for where, s in screens:
        if s["checked"] < 40:
            problems.append({"theme": name, "mode": mode, "where": where, "almost blank": s["text"]})
    # A theme that fits needs no note: netra says nothing about the palette.
    if "sewarna" in stderr or "background's colour" in stderr:
        problems.append({"theme": name, "mode": mode, "note": stderr.strip()[-400:]})
    if monochrome and coloured:
        problems.append({"theme": name, "mode": mode, "colour on a terminal without colour": coloured})
    with open(theme, encoding="utf-8") as file:
        has_colours = re.search(r"\b[fb]g\s*=", file.read()) is not None
    if not monochrome and has_colours and coloured == 0:
        problems.append({"theme": name, "mode": mode, "no colour seen": True})
    return summary, problems, screens


def main(argv):
    options = {}
    for option in ("--reference", "--text"):
        if option in argv[:-1]:
            i = argv.index(option)
            options[option] = argv[i + 1]
            argv = argv[:i] + argv[i + 2:]
    reference, keep = options.get("--reference"), options.get("--text")
    if len(argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    netra, demo, term, themes = argv[1], argv[2], argv[3], argv[4:]
    home = tempfile.mkdtemp(prefix="netra-colours-")
    # The runs' home (netra's state and settings) goes when the script ends: each run
    # of the tests left one behind (566 had piled up in /tmp).
    atexit.register(shutil.rmtree, home, True)
    colours, f12 = terminfo(term)
    monochrome = colours < 8
    # Screens compared as text must be whole: a frame written in several pieces by a
    # process the machine put aside for a moment must not pass for a finished one.
    careful = 0.5 if monochrome and reference else 0.15
    jobs = [Job(netra, demo, term, theme, home, f12, monochrome, mode, keep, careful) for theme in themes
            for mode in ("dashboard", "kiosk")]
    if monochrome and reference:
        jobs += [Job(netra, demo, reference, theme, home, f12, False, "reference", None, careful) for theme in themes]
    # Seven at a time: the runs mostly wait for netra's frames.
    with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(examine, jobs))
    report = {"term": term, "colours": colours, "runs": [], "problems": []}
    dashboards = {}
    for job, (summary, problems, screens) in zip(jobs, results):
        if job.mode == "reference":
            continue
        report["runs"].append(summary)
        report["problems"] += problems
        if job.mode == "dashboard":
            dashboards[job.theme] = screens
    # Without colour, attributes alone must show what a colour terminal shows.
    for job, (_, _, seen) in zip(jobs, results):
        if job.mode != "reference":
            continue
        for (where, mine), (_, theirs) in zip(dashboards[job.theme], seen):
            if mine["text"] != theirs["text"]:
                lines = [(i, a, b) for i, (a, b) in enumerate(zip(mine["text"], theirs["text"])) if a != b]
                report["problems"].append({"theme": os.path.basename(job.theme), "where": where, "differs from": reference,
                                           "lines": lines[:3]})
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 1 if report["problems"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
