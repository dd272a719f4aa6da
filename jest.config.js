/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Tests load lib/*.ts, not the .js jsii writes beside them.
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
  },
  setupFilesAfterEnv: ['<rootDir>/test/util/setup.ts'],
  collectCoverage: true,
  collectCoverageFrom: ['lib/**/*.ts', '!lib/generated/**', '!lib/**/*.d.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageDirectory: 'coverage',
  testTimeout: 120000,
};
