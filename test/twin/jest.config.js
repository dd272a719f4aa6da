/**
 * The `cdktn twin` step of scripts/test-all.sh: tests that need the cdktn flavour built into .twin
 * (scripts/build-twin.js). The main jest config, narrowed to test/twin (whose files end in .twin.ts,
 * so the main run leaves them out), without coverage.
 * @type {import('jest').Config}
 */
module.exports = {
  ...require('../../jest.config.js'),
  rootDir: '../..',
  roots: ['<rootDir>/test/twin'],
  testMatch: ['**/*.twin.ts'],
  collectCoverage: false,
  testTimeout: 600000,
};
