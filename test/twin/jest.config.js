/**
 * The `cdktn twin` step of scripts/test-all.sh: tests that need the cdktn flavour built into .twin
 * (scripts/build-twin.js). Kept out of the main jest run (its files end in .twin.ts).
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/twin'],
  testMatch: ['**/*.twin.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
  },
  testTimeout: 600000,
};
