#!/usr/bin/env bash
# The whole test suite: TypeScript (type-check + jest), the jsii Python bindings (pytest), and the
# cdktn flavour built from the same source (parity jest + its Python bindings).
# Installs what it needs, so it runs on a fresh clone; ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export TF_CLI_CONFIG_FILE="${TMPDIR:-/tmp}/cdktf-empty.tfrc"; : > "$TF_CLI_CONFIG_FILE"
export CHECKPOINT_DISABLE=1
results="$(mktemp -d)"
status=0

step() { echo; echo "==> $*"; }

if [ ! -x node_modules/.bin/jsii ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  npm ci --no-audit --no-fund || exit 1
fi

step "jsii build"
npm run --silent build || exit 1

step "type-check tests and examples"
npx tsc -p tsconfig.dev.json || { status=1; echo "type-check failed" > "$results/typecheck.failed"; }

# Python first: it synthesizes the Python examples that jest's end-to-end Terraform tests deploy.
if [ -f scripts/test-python.sh ]; then
  step "python bindings"
  bash scripts/test-python.sh "$results/pytest.xml" \
    || { status=1; [ -f "$results/pytest.xml" ] || echo "python tests did not report" > "$results/pytest.failed"; }
fi

step "jest"
npx jest --ci --json --outputFile="$results/jest.json" || status=1

# The cdktn flavour (scripts/build-twin.js into .twin; its node_modules are reused while the lockfile
# and its package.json stay the same): example parity with cdktf, then its Python wheel's tests.
step "cdktn twin"
twin_started=$SECONDS
if node scripts/build-twin.js; then
  npx jest -c test/twin/jest.config.js --ci --json --outputFile="$results/twin.jest.json" || status=1
  if [ -f scripts/test-python.sh ]; then
    bash .twin/scripts/test-python.sh "$results/twin.pytest.xml" \
      || { status=1; [ -f "$results/twin.pytest.xml" ] || echo "cdktn python tests did not report" > "$results/twin-pytest.failed"; }
  fi
else
  echo "the cdktn twin did not build" > "$results/twin.failed"; status=1
fi
echo "cdktn twin step took $((SECONDS - twin_started)) s"

node scripts/test-summary.js "$results" || status=1
exit $status
