#!/usr/bin/env bash
# Builds the Python distribution (jsii-pacmak), installs the wheel with cdktf (cdktn in the twin) and constructs from PyPI
# into a fresh virtualenv, and runs the Python tests (test/python) against it.
# Usage: scripts/test-python.sh [junit-xml-path]   (expects `npm run build` to have run)
set -euo pipefail
cd "$(dirname "$0")/.."
junit="${1:-}"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

rm -rf dist/python
npm run --silent package:python
wheel=$(ls dist/python/*.whl)

# The framework (cdktf, or cdktn in the twin that scripts/build-twin.js writes) and module come from package.json.
framework=$(node -p "Object.keys(require('./package.json').peerDependencies).find((d) => d !== 'constructs')")
module=$(node -p "require('./package.json').jsii.targets.python.module")
if [ "$framework" = cdktn ] && ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  echo "test-python: cdktn needs Python >= 3.10; python3 is $(python3 --version 2>&1)" >&2
  exit 1
fi

venv="$(mktemp -d)/venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "$wheel" pytest
"$venv/bin/python" -c "import $module; from importlib.metadata import version; print('installed', '$(basename "$wheel")', 'with $framework', version('$framework'), 'and constructs', version('constructs'))"

args=(-q test/python)
[ -n "$junit" ] && args+=(--junitxml "$junit")
# Exit code 5 means pytest collected nothing: treat that as a failure, not a pass.
status=0
PATH="$venv/bin:$PATH" "$venv/bin/python" -m pytest "${args[@]}" || status=$?

# The Python examples, synthesized with this wheel, for the end-to-end Terraform tests
# (test/terraform/e2e.test.ts reads them from here when jest runs after this script).
e2e_synth="${CDKTF_E2E_PYTHON_SYNTH:-.e2e/python-synth}"
rm -rf "$e2e_synth"
mkdir -p "$e2e_synth"
for example in examples/*/main.py; do
  dir=$(dirname "$example")
  out="$PWD/$e2e_synth/$(basename "$dir")"
  (cd "$dir" && PATH="$venv/bin:$PATH" CDKTF_OUTDIR="$out" python main.py >/dev/null) || { echo "synth of $dir failed"; status=1; }
done
echo "synthesized $(ls "$e2e_synth" | wc -l) Python examples into $e2e_synth for the end-to-end tests"
exit $status
