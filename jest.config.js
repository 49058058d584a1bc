const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }];

/** Two projects: pure-logic unit tests, and integration tests that boot the real example app. */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      // jest's default of 5 s per test is a time limit a busy 2-core machine can hit (tests/admin
      // timed out at it once, under a second jest run); the helper lifts it for every project.
      setupFilesAfterEnv: ['<rootDir>/tests/integration/helpers/timeout.ts'],
    },
    {
      displayName: 'admin',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests/admin'],
      testMatch: ['**/*.test.tsx'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      setupFilesAfterEnv: ['<rootDir>/tests/integration/helpers/timeout.ts'],
    },
    {
      displayName: 'integration',
      // jest's node environment, with Node's own require for Strapi (see the file).
      testEnvironment: '<rootDir>/tests/integration/helpers/environment.js',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
      setupFiles: ['<rootDir>/tests/integration/helpers/env.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/integration/helpers/timeout.ts'],
    },
    {
      displayName: 'multi-instance',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/multi-instance'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
      setupFilesAfterEnv: ['<rootDir>/tests/integration/helpers/timeout.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
      setupFilesAfterEnv: ['<rootDir>/tests/integration/helpers/timeout.ts'],
    },
    {
      displayName: 'package',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/package'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
      setupFilesAfterEnv: ['<rootDir>/tests/integration/helpers/timeout.ts'],
    },
  ],
};
