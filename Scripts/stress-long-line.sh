#!/usr/bin/env bash
# Resource check too big for `swift test`: one single line of MEGABYTES MB (default 100) of
# news-like Vietnamese text (titles, agencies, dates, percents, no newline), run through
# `viner tokenize` and `viner tag` (release build). Prints wall time, throughput and peak
# memory (max RSS) for each, and the same for a line a quarter as long, so the ratio shows
# whether time and memory grow linearly.
#
# Usage: Scripts/stress-long-line.sh [MEGABYTES]
# Environment: SCRATCH (build folder, default .build-stress), KEEP=1 keeps the generated files.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}
scratch=${SCRATCH:-.build-stress}

swift build -c release --scratch-path "$scratch" --product viner >/dev/null
viner="$scratch/release/viner"

work=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

make_line() { # $1 = bytes, $2 = file
  python3 - "$1" "$2" <<'PY'
import sys
size, path = int(sys.argv[1]), sys.argv[2]
pieces = [
    "Ngày 12/3/2024, Phó Chủ tịch UBND tỉnh Quảng Trị Lê Văn Hòa ký Quyết định số 512/QĐ-UBND; ",
    "tỷ lệ hồ sơ trực tuyến đạt 46,8%, tăng 12,3 % so với cùng kỳ năm 2023; ",
    "Bộ trưởng Bộ Y tế cho biết trong quý I/2024 có 98,2 phần trăm trạm y tế xã có bác sĩ; ",
    "Sở TT&TT tỉnh Hoà Bình và Cục Thống kê công bố số liệu tháng 11/2023 lúc 14h30; ",
]
block = "".join(pieces).encode()
with open(path, "wb") as f:
    written = 0
    while written + len(block) <= size:
        f.write(block); written += len(block)
    tail = block[: size - written]
    while tail and (tail[-1] & 0xC0) == 0x80: tail = tail[:-1]   # do not cut a character
    if tail and tail[-1] >= 0xC0: tail = tail[:-1]
    f.write(tail)
PY
}

measure() { # $1 = label, rest = command; stdin from $input
  local label=$1; shift
  local out="$work/time.txt"
  /usr/bin/time -f "%e %U %S %M" -o "$out" "$@" <"$input" >"$work/out.txt"
  read -r seconds user system kilobytes <"$out"
  local bytes; bytes=$(stat -c %s "$input")
  # CPU time (user + system) is the fair number on a busy machine; wall time is shown too.
  python3 -c "import sys; w=float(sys.argv[2]); c=float(sys.argv[3])+float(sys.argv[4]); b=int(sys.argv[5]); k=int(sys.argv[6]); print(f'{sys.argv[1]:<28} {b/1e6:7.1f} MB  wall {w:7.2f} s  cpu {c:7.2f} s  {b/1e6/max(c,1e-9):6.2f} MB/s (cpu)  max RSS {k/1024:6.0f} MiB  ({sum(1 for _ in open(sys.argv[7], \"rb\"))} output lines)')" \
    "$label" "$seconds" "$user" "$system" "$bytes" "$kilobytes" "$work/out.txt"
}

for size in $((megabytes * 1000000 / 4)) $((megabytes * 1000000)); do
  input="$work/line-$size.txt"
  make_line "$size" "$input"
  measure "viner tokenize (one line)" "$viner" tokenize
  measure "viner tag (one line)" "$viner" tag --format jsonl
done
