#!/usr/bin/env bash
# Runs Ons Plan from a fresh clone: dependencies, the portal when its sources changed, then the server.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x node_modules/.bin/node || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
export PATH="$PWD/node_modules/.bin:$PATH"

# The portal imports shared/src too, so a change there also needs a new build.
built=dist/portal/index.html
if [[ -f portal/index.html ]] &&
  [[ ! -f $built || -n "$(find portal/src portal/index.html locales shared/src -newer "$built" -print -quit 2>/dev/null)" ]]; then
  npx vite build
fi

# A heap ceiling (API_HEAP_MB), so the process collects its garbage instead of growing (issue 12).
# Several processes (WORKERS) inherit it.
node_options=$(node api/src/heap-budget.ts)
# And its environment (MALLOC_ARENA_MAX, see heap-budget.ts), read by the C library before Node starts.
while IFS= read -r setting; do export "${setting?}"; done < <(node api/src/heap-budget.ts --env)
exec node $node_options api/src/main.ts
