#!/bin/sh
# Whole-process timings of the headless tools (docs/methodology.md, "Performance"): median wall time of
# `jevons --version`, `check` and `analyze` of the flagship example (also with `--samples auto`),
# 10⁸ Monte Carlo samples of one training in a 512 MB heap, a 20 M-point sweep written as CSV (the tidy report,
# and the wide table of --sweeps, in its own JVM and served), and
# `check` of a generated 100 000-line workspace; the start-up rows with the background server and without it.
# The "max RSS" of a row served by the background server is the client's (the server's own is not counted).
# Uses hyperfine when installed (apt-get install hyperfine), else /usr/bin/time over RUNS runs.
# The machine should be otherwise idle: the load average is printed first.
# usage: benchmarks/whole-process.sh [RUNS]     (after ./jevons build; KEEP=1 keeps the generated inputs,
#        HEAVY_RUNS=N sets the runs of the 10^8-sample and 20 M-point commands, default 3)
set -eu
RUNS=${1:-7}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JEVONS="$ROOT/jevons"
WORK=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"

# 10^8 samples of one uncertain training (the numpy comparison: the same arithmetic, with statistics)
mkdir -p "$WORK/samples"
cat > "$WORK/samples/training.energy" <<'ENERGY'
import jevons.library.hardware.*
import jevons.library.grids.*
import jevons.library.models.*

datacenter Hall {
    grid China
    pue 1.25 .. 1.4
}

training Uncertain {
    model DeepSeek_V3
    on 2048 x H800 in Hall
    tokens 14.8T
    mfu 0.30 .. 0.35 .. 0.40
    precision bf16
}
ENERGY

# a 20 M-point sweep (5000 reasoning lengths x 4000 batch sizes)
mkdir -p "$WORK/sweep"
cat > "$WORK/sweep/sweep.energy" <<'ENERGY'
import jevons.library.hardware.*
import jevons.library.grids.*
import jevons.library.models.*

datacenter Hall {
    grid USA
    pue 1.1
}

inference Service {
    model DeepSeek_R1_Distill_Llama_70B
    on 1 x H100_SXM in Hall
    precision fp8
    prompt 150 tokens
    reasoning 1100 tokens
    answer 550 tokens
    requests 1M /day
    batch 8
}

sweep Twenty_million {
    workload Service
    vary reasoning from 0 to 9998 tokens step 2
    vary batch from 1 to 4000 step 1
}
ENERGY

# 100 000 lines: 20 files of 500 inferences of 10 lines each
mkdir -p "$WORK/large"
f=0
while [ $f -lt 20 ]; do
	awk -v f=$f 'BEGIN {
		print "package large.f" f "\n\nimport jevons.library.hardware.*\nimport jevons.library.grids.*\nimport jevons.library.models.*\n"
		for (i = 0; i < 500; i++) {
			printf "inference Service_%d_%d {\n    model DeepSeek_R1_Distill_Llama_70B\n    on 1 x H100_SXM\n", f, i
			printf "    precision fp8\n    prompt %d tokens\n    reasoning 600 .. 1100 .. 3000 tokens\n", 100 + i
			printf "    answer 550 tokens\n    energy 2.0 J/token\n    requests 1M /day\n}\n"
		}
	}' > "$WORK/large/f$f.energy"
	f=$((f + 1))
done
echo "load: $(uptime | sed 's/.*load average: //')   $(nproc) cores   $(cat "$WORK"/large/*.energy | wc -l) lines in the large workspace"

run() {
	name=$1
	shift
	if command -v hyperfine > /dev/null 2>&1; then
		hyperfine --style basic --runs "$RUNS" --warmup 1 -N --export-json "$WORK/h.json" "$*" > /dev/null 2>&1 || true
		median=$(sed -n 's/.*"median": *\([0-9.]*\).*/\1/p' "$WORK/h.json" | head -1)
		printf '%-36s median %6.3f s\n' "$name" "$median"
	else
		: > "$WORK/times"
		"$@" > /dev/null 2>&1 || true # one untimed run first, as hyperfine's --warmup 1
		i=0
		while [ $i -lt "$RUNS" ]; do
			/usr/bin/time -f "%e %M" -a -o "$WORK/times" "$@" > /dev/null 2>&1 || true
			i=$((i + 1))
		done
		sort -n "$WORK/times" | awk -v n="$name" '{ t[NR] = $1; m[NR] = $2 } END {
			printf "%-36s median %6.3f s   max RSS %d MB\n", n, t[int((NR + 1) / 2)], m[int((NR + 1) / 2)] / 1024 }'
	fi
}

# the background server (docs/headless.md) serves check, analyze and --version; "own JVM" rows run without it
"$JEVONS" check examples/deepseek/ > /dev/null 2>&1 || true # creates the class-data archives, starts the server
JEVONS_DAEMON=off "$JEVONS" check examples/deepseek/ > /dev/null 2>&1 || true
i=0
while [ $i -lt 100 ] && "$JEVONS" daemon status | grep -q "no background server"; do sleep 0.1; i=$((i + 1)); done
run "jevons --version" "$JEVONS" --version
run "check examples/deepseek" "$JEVONS" check examples/deepseek/
run "analyze examples/deepseek" "$JEVONS" analyze examples/deepseek/
run "analyze examples/deepseek --samples auto" "$JEVONS" analyze examples/deepseek/ --samples auto
run "check of 100 000 lines" "$JEVONS" check "$WORK/large"
export JEVONS_DAEMON=off
run "jevons --version (own JVM)" "$JEVONS" --version
run "check examples/deepseek (own JVM)" "$JEVONS" check examples/deepseek/
run "analyze examples/deepseek (own JVM)" "$JEVONS" analyze examples/deepseek/
run "check of 100 000 lines (own JVM)" "$JEVONS" check "$WORK/large"
unset JEVONS_DAEMON
ALL_RUNS=$RUNS
RUNS=${HEAVY_RUNS:-3}
# a heap limit is an option of the JVM: these run in their own (JEVONS_JAVA_OPTS bypasses the server)
export JEVONS_JAVA_OPTS=-Xmx512m
run "analyze 10^8 samples (-Xmx512m)" "$JEVONS" analyze "$WORK/samples" --samples 100000000 --format csv \
	--out "$WORK/samples.csv"
run "20 M-point sweep to CSV (-Xmx512m)" "$JEVONS" analyze "$WORK/sweep" --format csv --out "$WORK/sweep.csv"
run "20 M-point sweep table (-Xmx512m)" "$JEVONS" analyze "$WORK/sweep" --format json --out "$WORK/sweep.json" \
	--sweeps "$WORK/sweeps"
unset JEVONS_JAVA_OPTS
run "20 M-point sweep table (--sweeps)" "$JEVONS" analyze "$WORK/sweep" --format json --out "$WORK/sweep.json" \
	--sweeps "$WORK/sweeps"
RUNS=$ALL_RUNS
