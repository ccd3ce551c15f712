#!/usr/bin/env bash
# Smoke test that the linear mode's text is speakable (issue 27): the overview's
# transcript, in both languages, spoken by espeak-ng (Debian package `espeak-ng`) into
# a WAV file, which must be non-empty and last as long as its words take to say —
# between 0.2 s (300 words a minute) and 1.2 s (50 a minute) per word, at espeak-ng's
# default 175 words a minute. Text full of marks a synthesiser skips (bars, boxes)
# would come out too short; spelled-out abbreviations or digit strings too long.
#
# Usage: scripts/speak-smoke.sh [NETRA]   (default .build/debug/netra)
# Exit: 0 passed, 1 failed, 77 espeak-ng missing (skipped).
set -euo pipefail
netra=${1:-.build/debug/netra}
command -v espeak-ng >/dev/null 2>&1 || { echo "speak-smoke: espeak-ng not installed, skipped" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$netra" demo "$tmp/data" --write-only >/dev/null
status=0
for lang in id en; do
  "$netra" snapshot --data "$tmp/data" --as-of 2023-05-23T10:00:00+08:00 --linear --lang "$lang" --view overview >"$tmp/$lang.txt"
  words=$(wc -w <"$tmp/$lang.txt")
  espeak-ng -v "$lang" -w "$tmp/$lang.wav" -f "$tmp/$lang.txt"
  # The WAV's length from its header: frames / rate (espeak-ng writes 22050 Hz mono PCM).
  seconds=$(python3 -c 'import sys, wave; w = wave.open(sys.argv[1]); print(f"{w.getnframes() / w.getframerate():.1f}")' "$tmp/$lang.wav")
  verdict=$(python3 -c 'import sys; w, s = int(sys.argv[1]), float(sys.argv[2]); print("ok" if w > 0 and 0.2 * w <= s <= 1.2 * w else "out of range")' "$words" "$seconds")
  echo "speak-smoke $lang: $words words, $(stat -c %s "$tmp/$lang.wav") bytes, $seconds s: $verdict"
  [ "$verdict" = ok ] || status=1
done
exit $status
