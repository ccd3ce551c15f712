#!/usr/bin/env bash
# Kiosk endurance runs: `netra demo DIR --kiosk` (story clock, seconds countdown,
# 5-second rotation) in a tmux terminal while a writer replaces officers.csv.
#
#   scripts/soak.sh [MINUTES] [OFFICERS]                defaults: 30 minutes, 5000 officers
#   scripts/soak.sh --fast-writer [MINUTES] [OFFICERS]  defaults: 5 minutes, 100000 officers
#
# Default mode: the writer replaces officers.csv every 200 ms, alternating good and
# broken content (rename and in-place writes). Samples memory, CPU and the screen every
# 10 s; then, with the writer stopped, measures idle CPU. Passes (exit 0) when the
# process stayed up, the screen kept changing, resident memory grew less than 5 MB from
# the first sample after warm-up to the end, and idle CPU stayed under 1 %.
#
# Fast-writer mode (a writer faster than a reload): renames a new officers.csv into
# place every 100 ms, alternating two versions whose names differ (hard links, so the
# writer itself costs nothing). Samples memory every second. Passes when the process
# stayed up, resident memory stayed under 300 MB throughout (the kiosk unit caps it at
# 512 MB), came back within 10 % (at least 20 MB) of its level before the writer started
# once the writer stopped, and idle CPU stayed under 1 % afterwards.
#
# Writes its samples to soak-<time>.csv in the work folder. SOAK_CONFIG=debug builds
# the debug binary instead (quick checks of the script only: figures mean nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=default
if [ "${1:-}" = "--fast-writer" ]; then mode=fast; shift; fi
if [ $mode = fast ]; then
  minutes=${1:-5}; officers=${2:-100000}; warmup=10; every=1
else
  minutes=${1:-30}; officers=${2:-5000}; warmup=60; every=10
fi
config=${SOAK_CONFIG:-release}

work=$(mktemp -d /tmp/netra-soak.XXXXXX)
# SwiftPM writes its errors to stdout: keep them, and show them if the build fails.
swift build -c "$config" --product netra >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; echo "soak: build failed" >&2; exit 1; }
netra="$(swift build -c "$config" --show-bin-path)/netra"
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

ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
rss() { awk '/VmRSS/ { print $2 }' "/proc/$pid/status"; }
hz=$(getconf CLK_TCK)
alive() { kill -0 "$pid" 2>/dev/null; }

if [ $mode = fast ]; then
  # Two versions of the big file that differ in every name, so each reload marks rows.
  version_a="$work/officers.a.csv"
  version_b="$work/officers.b.csv"
  cp "$good" "$version_a"
  sed 's/;Pegawai Uji /;Pegawai Baru /' "$good" > "$version_b"
  # Before the writer: the level memory is to return to.
  sleep "$warmup"
  alive || { echo "FAIL: netra exited before the writer started" >&2; exit 1; }
  start_rss=$(rss)
  (
    i=0
    while true; do
      if (( i % 2 == 0 )); then src=$version_b; else src=$version_a; fi
      ln -f "$src" "$data/.officers.tmp" && mv -f "$data/.officers.tmp" "$data/officers.csv"
      i=$((i + 1))
      sleep 0.1
    done
  ) &
  writer=$!
else
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
fi

echo "seconds,rss_kb,cpu_ticks,screen_changed" > "$report"
start=$(date +%s); end=$((start + minutes * 60))
first_rss=""; max_rss=0; stale=0; samples=0; previous=""
while [ "$(date +%s)" -lt "$end" ]; do
  sleep "$every"
  alive || { echo "FAIL: netra exited during the soak" >&2; exit 1; }
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
fail=0

if [ $mode = fast ]; then
  # Memory comes back once the last reload is in and the old models are gone.
  limit=$(( start_rss + (start_rss / 10 > 20480 ? start_rss / 10 : 20480) ))
  settled_rss=$(rss); waited=0
  while (( settled_rss > limit && waited < 60 )); do
    sleep 1; waited=$((waited + 1)); settled_rss=$(rss)
    echo "$(( $(date +%s) - start )),$settled_rss,$(ticks),-" >> "$report"
  done
  idle_start=$(ticks); sleep 30; idle_ticks=$(( $(ticks) - idle_start ))
  idle_percent=$(awk -v t="$idle_ticks" -v hz="$hz" 'BEGIN { printf "%.2f", t / hz / 30 * 100 }')
  echo "soak: ${minutes} min fast writer, officers.csv with $((officers + 36)) officers renamed into place every 100 ms"
  echo "memory: ${start_rss} kB before the writer, max ${max_rss} kB during, ${last_rss} kB at its end, ${settled_rss} kB ${waited} s after it stopped (limit ${limit} kB)"
  echo "cpu during the soak: ${soak_ticks} ticks; idle (writer stopped, 30 s): ${idle_ticks} ticks = ${idle_percent} %"
  echo "samples: $report"
  (( max_rss < 300 * 1024 )) || { echo "FAIL: memory reached ${max_rss} kB (limit 307200)"; fail=1; }
  (( settled_rss <= limit )) || { echo "FAIL: memory stayed at ${settled_rss} kB after the writer stopped (limit ${limit} kB)"; fail=1; }
else
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
  (( growth < 5 * 1024 )) || { echo "FAIL: memory grew ${growth} kB (limit 5120)"; fail=1; }
  (( stale == 0 )) || { echo "FAIL: the screen did not change in ${stale} samples"; fail=1; }
fi
awk -v p="$idle_percent" 'BEGIN { exit !(p < 1.0) }' || { echo "FAIL: idle CPU ${idle_percent} % (limit 1 %)"; fail=1; }
alive || { echo "FAIL: netra is not running"; fail=1; }
[ $fail -eq 0 ] && echo "PASS"
exit $fail
