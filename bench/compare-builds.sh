#!/usr/bin/env bash
# Compares the evaluator-to-VM speed ratio of two or more zexus builds on one workload, alternating the builds
# run by run, and prints each build's ratios and median. Use it to judge a change on a shared, noisy machine:
# one `zexus bench` run moves by 10-20% between processes (see docs/cli.md), so compare medians of many runs.
#
#   bench/compare-builds.sh WORKLOAD RUNS DIR...      (each DIR holds a built `zexus`)
#
# Example, the current tree against a commit:
#   git worktree add /tmp/old <commit> && (cd /tmp/old && dotnet build -c Release src/Zexus.Cli)
#   dotnet build -c Release src/Zexus.Cli
#   bench/compare-builds.sh maps 10 /tmp/old/src/Zexus.Cli/bin/Release/net10.0 src/Zexus.Cli/bin/Release/net10.0
# Environment: SECONDS_PER_RUN (default 1) and ENGINE (vm, the default, jit or interpreter).
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
workload=$1 runs=$2
engine=${ENGINE:-vm}
set=$([ "$engine" = vm ] && echo both || echo all)
shift 2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ((r = 1; r <= runs; r++)); do
  for dir in "$@"; do
    ratio=$("$dir/zexus" bench --engine "$set" --workload "$workload" --seconds "${SECONDS_PER_RUN:-1}" \
      | awk -v e="$engine" '{ for (i = 1; i <= NF; i++) if ($i == e) { print; next } }' \
      | sed -n 's/.*(\([0-9.]*\)x evaluator).*/\1/p')
    echo "$dir $ratio" >> "$out"
  done
done
for dir in "$@"; do
  awk -v d="$dir" '$1 == d { print $2 }' "$out" | sort -n | awk -v d="$dir" -v w="$workload" '
    { v[NR] = $1; s = s " " $1 }
    END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s %s: %s  median %.2f\n", w, d, s, m }'
done
