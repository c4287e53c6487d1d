#!/usr/bin/env bash
# Runs every test of the solution against real parts: a SQLite file, a throwaway PostgreSQL server and
# Debian's Chromium. Installs what is missing, starts PostgreSQL on a free loopback port, requires every
# test to run (COPRODUCE_REQUIRE_ALL=1: a missing part fails rather than skips), and stops the server
# whatever happens. The last line is the totals: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

install_if_missing() { # command package
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "Installing $2 from Debian..."
    [ -n "${apt_updated:-}" ] || { apt-get update -qq; apt_updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
}
install_if_missing chromium chromium

started=$(scripts/postgres-throwaway.sh start) || { echo "Could not start PostgreSQL"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
pg_dir=$(echo "$started" | sed -n 's/^dir=//p')
trap 'scripts/postgres-throwaway.sh stop "$pg_dir"' EXIT

export COPRODUCE_TEST_POSTGRES=$(echo "$started" | tail -n 1)
export COPRODUCE_REQUIRE_ALL=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log=$(mktemp /tmp/coproduce-test.XXXXXX.log)
# One test module at a time: on 2 cores, the browser tests time out when they share them with the ledger's load tests.
dotnet test --solution Coproduce.slnx --max-parallel-test-modules 1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The runner prints one summary per run; take the last one's counts.
count() { grep -E "^\s+$1: [0-9]+" "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
