#!/usr/bin/env bash
# Keeps the README true: its two lead commands are the ones CI runs (the test command verbatim in
# .ci/run, the main command parsed for real with --dry-run), every benchmarks.jar subcommand it
# names is in the jar's usage, every --option it names exists in the command-line sources, and
# every relative link points at a file or folder of the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-benchmarks/target/benchmarks.jar}
fail() { echo "CI FAILURE (README): $*" >&2; exit 1; }
[ -f "$JAR" ] || fail "no $JAR to check the README's commands against"

mapfile -t LEAD < <(python3 - <<'PY'
import re
blocks = re.findall(r"```\n(.*?)\n```", open("README.md").read(), re.S)
print(blocks[0].strip()); print(blocks[1].strip())
PY
)
MAIN_CMD=${LEAD[0]}
TEST_CMD=${LEAD[1]}
grep -qF "$TEST_CMD" .ci/run || fail "the README's test command is not what .ci/run runs: $TEST_CMD"
[[ "$MAIN_CMD" == *"java -jar benchmarks/target/benchmarks.jar "* ]] || fail "the main command does not run benchmarks.jar: $MAIN_CMD"
RUN_ARGS=${MAIN_CMD##*java -jar benchmarks/target/benchmarks.jar }
# shellcheck disable=SC2086  # the README's arguments, split as a shell would
java -jar "$JAR" $RUN_ARGS --dry-run > target-readme-dry.txt 2>&1 \
  || { cat target-readme-dry.txt; fail "the README's main command does not parse: $RUN_ARGS"; }
rm -f target-readme-dry.txt

java -jar "$JAR" help > target-usage.txt
python3 - "$JAR" <<'PY'
import pathlib, re, subprocess, sys
readme = open("README.md").read()
usage = open("target-usage.txt").read()
problems = []
for sub in sorted(set(re.findall(r"benchmarks\.jar ([a-z][a-z-]*)\b", readme))):
    if not re.search(r"benchmarks\.jar " + sub + r"\b", usage):
        problems.append(f"subcommand '{sub}' is not in the jar's usage")
sources = "".join(p.read_text(errors="ignore") for d in ["benchmarks/src/main", "plot/src/main", "src"]
                  for p in pathlib.Path(d).rglob("*.java") if "/test/" not in str(p))
for opt in sorted(set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", readme))):
    if f'"{opt}' in sources or opt in usage:
        continue
    problems.append(f"option '{opt}' appears in no command-line source")
for target in re.findall(r"\]\(([^)#:]+)\)", readme):
    if not pathlib.Path(target).exists():
        problems.append(f"link to '{target}' points at nothing")
if problems:
    sys.exit("CI FAILURE (README): " + "; ".join(problems))
print("README: lead commands, subcommands, options and links checked")
PY
rm -f target-usage.txt
