#!/usr/bin/env node
// Adds up jest's JSON report and pytest's JUnit XML into one closing line.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const totals = { passed: 0, failed: 0, skipped: 0 };
const parts = [];

const jestFile = path.join(dir, 'jest.json');
if (fs.existsSync(jestFile)) {
  const jest = JSON.parse(fs.readFileSync(jestFile, 'utf-8'));
  const failedSuites = jest.numRuntimeErrorTestSuites || 0;
  totals.passed += jest.numPassedTests;
  totals.failed += jest.numFailedTests + failedSuites;
  totals.skipped += jest.numPendingTests + jest.numTodoTests;
  parts.push(`jest ${jest.numPassedTests} passed, ${jest.numFailedTests + failedSuites} failed`);
} else {
  totals.failed += 1;
  parts.push('jest did not report');
}

const pyFile = path.join(dir, 'pytest.xml');
if (fs.existsSync(pyFile)) {
  const xml = fs.readFileSync(pyFile, 'utf-8');
  const attr = (name) => Number((xml.match(new RegExp(`<testsuite[^>]*\\b${name}="(\\d+)"`)) || [])[1] || 0);
  const tests = attr('tests');
  const failed = attr('failures') + attr('errors');
  const skipped = attr('skipped');
  totals.passed += tests - failed - skipped;
  totals.failed += failed;
  totals.skipped += skipped;
  parts.push(`pytest ${tests - failed - skipped} passed, ${failed} failed`);
}

if (fs.existsSync(path.join(dir, 'typecheck.failed'))) {
  totals.failed += 1;
  parts.push('type-check failed');
}

console.log();
console.log(`(${parts.join('; ')})`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
