#!/usr/bin/env bash
# `npm test`: every test. Unit and data tests (Vitest; data tests run against SQLite and PostgreSQL),
# then end-to-end tests (Playwright, real Chromium) against the built app on a freshly seeded SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/support/ensure-system-deps.sh

if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  eval "$(bash tests/support/postgres.sh start)"
  trap 'bash tests/support/postgres.sh stop "$PG_TMP"' EXIT
fi
export TEST_POSTGRES_URL

status=0
npm run --silent typecheck || status=1
npx vitest run || status=1

# End-to-end: a fresh store seeded with the county dataset, and a production build.
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
DATABASE_URL=file:./data/e2e.db npx tsx prisma/migrate.ts
DATABASE_URL=file:./data/e2e.db npx tsx seeds/run.ts
npm run --silent build >tests/.build.log 2>&1 || { tail -50 tests/.build.log; exit 1; }
E2E_DATABASE_URL=file:./data/e2e.db npx playwright test || status=1

exit $status
