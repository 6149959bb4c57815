#!/usr/bin/env bash
# Every test of Ons Plan on this machine, from a fresh Debian machine on: closes with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# --- npm dependencies (the system npm; Node 24 then comes from the `node` devDependency) ---
if ! command -v npm >/dev/null; then
  echo "npm is missing: installing Debian's nodejs and npm"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
fi
if [[ ! -x node_modules/.bin/node || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
export PATH="$PWD/node_modules/.bin:$PATH"
echo "node $(node --version)"

# --- Debian packages: Chromium for the end-to-end tests, PostgreSQL for int-pg ---
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true; }
missing=()
command -v chromium >/dev/null || missing+=(chromium)
[[ -n "$(pg_bin)" && -x "$(pg_bin)/initdb" ]] || missing+=(postgresql)
if ((${#missing[@]})); then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    # -n: never wait for a password, CI has no terminal.
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n); else sudo=(none); fi
  fi
  if [[ ${sudo[0]:-} == none ]]; then
    echo "NOTE: cannot install ${missing[*]} (not root, no sudo). Install them with apt-get; their tests will fail or be skipped."
  else
    echo "Installing Debian packages: ${missing[*]}"
    if ! { "${sudo[@]}" apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; then
      echo "NOTE: apt-get could not install ${missing[*]}; their tests will fail or be skipped."
    fi
  fi
fi

# --- a throwaway PostgreSQL cluster on 127.0.0.1 ---
pg_note=""
pgdir=""
bin="$(pg_bin)"
as_pg() {
  # PostgreSQL refuses to run as root.
  if [[ $(id -u) -eq 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
cleanup() {
  if [[ -n $pgdir ]]; then
    as_pg "$bin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pgdir"
  fi
}
trap cleanup EXIT
if [[ -n $bin && -x $bin/initdb ]] && { [[ $(id -u) -ne 0 ]] || id postgres >/dev/null 2>&1; }; then
  # In /tmp: the postgres user must reach it, and the socket path must stay short.
  pgdir="$(mktemp -d /tmp/onsplan-pg.XXXXXX)"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$pgdir"
  port=54329
  # Anything answering on the port means it is taken.
  while (: </dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
  if as_pg "$bin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$pgdir/initdb.log" 2>&1 &&
    as_pg "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
    export PG_TEST_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  else
    pg_note="NOTE: PostgreSQL did not start (its log is above); the int-pg tests were skipped."
    tail -n 20 "$pgdir/initdb.log" "$pgdir/server.log" 2>/dev/null || true
  fi
else
  pg_note="NOTE: PostgreSQL is not installed; the int-pg tests were skipped."
fi
[[ -n $pg_note ]] && echo "$pg_note"

# --- the portal, built once for the end-to-end tests ---
build_failed=0
if [[ -f portal/index.html ]]; then
  if npx vite build --logLevel warn; then export PORTAL_DIST="$PWD/dist/portal"; else build_failed=1; fi
fi

# --- the type check: strict TypeScript over every workspace ---
typecheck_failed=0
echo "--- tsc --noEmit ---"
npx tsc -p tsconfig.json --noEmit || typecheck_failed=1

# --- one vitest run over all projects ---
mkdir -p .test-output
rm -f .test-output/vitest.json
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-output/vitest.json
vitest_code=$?
set -e

if [[ -f ../shared/tools/b1-check.mjs && -f locales/nl.json ]]; then
  echo "--- B1 check of locales/nl.json (information only) ---"
  node ../shared/tools/b1-check.mjs locales/nl.json || true
fi
[[ -n $pg_note ]] && echo "$pg_note"
((build_failed)) && echo "FAILED: npx vite build did not build the portal."
((typecheck_failed)) && echo "FAILED: the type check (tsc) found errors; see above."

set +e
node scripts/summarise-tests.ts .test-output/vitest.json "$vitest_code"
summary_code=$?
set -e
((build_failed || typecheck_failed)) && exit 1
exit "$summary_code"
