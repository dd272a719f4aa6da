#!/usr/bin/env node
// Adds up the jest JSON reports and pytest JUnit XML files of scripts/test-all.sh into one closing line:
// jest.json and pytest.xml (the cdktf package), twin.jest.json and twin.pytest.xml (the cdktn twin).
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const totals = { passed: 0, failed: 0, skipped: 0 };
const parts = [];

function jestReport(file, label, required) {
  if (!fs.existsSync(file)) {
    if (required) {
      totals.failed += 1;
      parts.push(`${label} did not report`);
    }
    return;
  }
  const jest = JSON.parse(fs.readFileSync(file, 'utf-8'));
  const failedSuites = jest.numRuntimeErrorTestSuites || 0;
  totals.passed += jest.numPassedTests;
  totals.failed += jest.numFailedTests + failedSuites;
  totals.skipped += jest.numPendingTests + jest.numTodoTests;
  parts.push(`${label} ${jest.numPassedTests} passed, ${jest.numFailedTests + failedSuites} failed`);
}

function pytestReport(file, label) {
  if (!fs.existsSync(file)) return;
  const xml = fs.readFileSync(file, 'utf-8');
  const attr = (name) => Number((xml.match(new RegExp(`<testsuite[^>]*\\b${name}="(\\d+)"`)) || [])[1] || 0);
  const tests = attr('tests');
  const failed = attr('failures') + attr('errors');
  const skipped = attr('skipped');
  totals.passed += tests - failed - skipped;
  totals.failed += failed;
  totals.skipped += skipped;
  parts.push(`${label} ${tests - failed - skipped} passed, ${failed} failed`);
}

jestReport(path.join(dir, 'jest.json'), 'jest', true);
pytestReport(path.join(dir, 'pytest.xml'), 'pytest');

// The twin step runs only when its build succeeds; a build failure leaves twin.failed instead.
if (!fs.existsSync(path.join(dir, 'twin.failed'))) jestReport(path.join(dir, 'twin.jest.json'), 'cdktn parity jest', true);
pytestReport(path.join(dir, 'twin.pytest.xml'), 'cdktn pytest');

// A step that failed before it could report leaves <step>.failed with one line saying so.
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.failed')).sort()) {
  totals.failed += 1;
  parts.push(fs.readFileSync(path.join(dir, file), 'utf-8').trim());
}

console.log();
console.log(`(${parts.join('; ')})`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
