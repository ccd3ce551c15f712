#!/usr/bin/env bash
# Kiosk endurance run: `netra demo DIR --kiosk` (story clock, seconds countdown, 5-second
# rotation) in a tmux terminal while a writer replaces officers.csv every 200 ms,
# alternating good and broken content (rename and in-place writes). Samples memory,
# CPU and the screen every 10 s; then, with the writer stopped, measures idle CPU.
#
#   scripts/soak.sh [MINUTES] [OFFICERS]      defaults: 30 minutes, 5000 officers
#
# Passes (exit 0) when the process stayed up, the screen kept changing, resident
# memory grew less than 5 MB from the first sample after warm-up to the end, and
# idle CPU stayed under 1 %. Writes its samples to soak-<time>.csv in the work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
officers=${2:-5000}
warmup=60

work=$(mktemp -d /tmp/netra-soak.XXXXXX)
# SwiftPM writes its errors to stdout: keep them, and show them if the build fails.
swift build -c release --product netra >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; echo "soak: build failed" >&2; exit 1; }
netra="$(swift build -c release --show-bin-path)/netra"
socket="netra-soak-$$"
data="$work/data"
report="$work/soak-$(date +%H%M%S).csv"
cleanup() {
  [ -n "${writer:-}" ] && kill "$writer" 2>/dev/null || true
  tmux -L "$socket" kill-server 2>/dev/null || true
}
trap cleanup EXIT

"$netra" demo "$data" --write-only >/dev/null
sed -i 's/^rotate_seconds = 20 /rotate_seconds = 5  /' "$data/netra.toml"
# A bigger officers.csv: the demo's rows plus generated ones with valid, unique NIPs.
good="$work/officers.good.csv"
broken="$work/officers.broken.csv"
cp "$data/officers.csv" "$good"
awk -v n="$officers" 'BEGIN { for (i = 1; i <= n; i++) {
    serial = i % 999 + 1; day = 1 + int(i / 999) % 28; month = 1 + int(i / (999 * 28)) % 12; year = 1965 + int(i / (999 * 28 * 12))
    printf "%04d%02d%02d1990012%03d;Pegawai Uji %d;Dinas Uji %d;Staf;III/a;;;;;PNS\r\n", year, month, day, serial, i, i % 40 } }' >> "$good"
# Broken: the NIP heading is gone, so the file cannot be used (the last good stays).
sed '1s/^\xEF\xBB\xBFNIP;/\xEF\xBB\xBFNOMOR;/' "$good" > "$broken"
cp "$good" "$data/officers.csv"

tmux -L "$socket" new-session -d -s soak -x 120 -y 40 "env TERM=xterm-256color LANG=C.UTF-8 $netra demo $data --kiosk; sleep 3600"
sleep 2
shell=$(tmux -L "$socket" display-message -p -t soak '#{pane_pid}')
pid=$(cat "/proc/$shell/task/$shell/children" | awk '{print $1}')
[ -n "$pid" ] || { echo "netra did not start" >&2; exit 1; }

(
  i=0
  while true; do
    if (( i % 2 == 0 )); then src=$good; else src=$broken; fi
    if (( i % 4 < 2 )); then cp "$src" "$data/.officers.tmp" && mv "$data/.officers.tmp" "$data/officers.csv"
    else cat "$src" > "$data/officers.csv"; fi
    i=$((i + 1))
    sleep 0.2
  done
) &
writer=$!

ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
rss() { awk '/VmRSS/ { print $2 }' "/proc/$pid/status"; }
hz=$(getconf CLK_TCK)
echo "seconds,rss_kb,cpu_ticks,screen_changed" > "$report"
start=$(date +%s); end=$((start + minutes * 60))
first_rss=""; max_rss=0; stale=0; samples=0; previous=""
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 10
  kill -0 "$pid" 2>/dev/null || { echo "FAIL: netra exited during the soak" >&2; exit 1; }
  now=$(( $(date +%s) - start ))
  screen=$(tmux -L "$socket" capture-pane -p -t soak | md5sum)
  changed=1; [ "$screen" = "$previous" ] && { changed=0; stale=$((stale + 1)); }
  previous=$screen
  r=$(rss); samples=$((samples + 1))
  (( r > max_rss )) && max_rss=$r
  [ -z "$first_rss" ] && [ "$now" -ge "$warmup" ] && first_rss=$r
  echo "$now,$r,$(ticks),$changed" >> "$report"
done
last_rss=$(rss)
soak_ticks=$(ticks)
kill "$writer"; writer=""
sleep 2
cp "$good" "$data/officers.csv"
sleep 3
idle_start=$(ticks); sleep 60; idle_ticks=$(( $(ticks) - idle_start ))
idle_percent=$(awk -v t="$idle_ticks" -v hz="$hz" 'BEGIN { printf "%.2f", t / hz / 60 * 100 }')
growth=$(( last_rss - ${first_rss:-$last_rss} ))

echo "soak: ${minutes} min, ${officers} extra officers, writes every 200 ms (good/broken alternating)"
echo "memory: first ${first_rss:-?} kB after ${warmup} s warm-up, last ${last_rss} kB, max ${max_rss} kB, growth ${growth} kB"
echo "screen: ${samples} samples, ${stale} without a change"
echo "cpu during the soak: ${soak_ticks} ticks; idle (writer stopped, 60 s): ${idle_ticks} ticks = ${idle_percent} %"
echo "samples: $report"
fail=0
(( growth < 5 * 1024 )) || { echo "FAIL: memory grew ${growth} kB (limit 5120)"; fail=1; }
(( stale == 0 )) || { echo "FAIL: the screen did not change in ${stale} samples"; fail=1; }
awk -v p="$idle_percent" 'BEGIN { exit !(p < 1.0) }' || { echo "FAIL: idle CPU ${idle_percent} % (limit 1 %)"; fail=1; }
kill -0 "$pid" 2>/dev/null || { echo "FAIL: netra is not running"; fail=1; }
[ $fail -eq 0 ] && echo "PASS"
exit $fail
