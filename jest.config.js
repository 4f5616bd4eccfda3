/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // Browser tests start Chromium; give them room on a 2-core machine.
  testTimeout: 60000,
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }],
  },
};

/**
 * The suites that write to spreadsheets run a second time with the emulator's Apps Script errors
 * in German, as a user's account in German sees them: a decision keyed to an English error
 * message fails there (see test/helpers/error-language.ts).
 */
const WRITING_SUITES = [
  '**/integration/roles.test.ts',
  '**/integration/review-job.test.ts',
  '**/integration/data-safety.test.ts',
  '**/integration/sheets.test.ts',
  '**/integration/objectives.test.ts',
  '**/integration/rename-role.test.ts',
  '**/integration/review-kpis.test.ts',
  '**/integration/people.test.ts',
  '**/integration/actuals-reminders.test.ts',
  '**/integration/dashboard.test.ts',
];

module.exports = {
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
  testTimeout: shared.testTimeout,
  projects: [
    { ...shared, displayName: 'tests', testMatch: ['**/*.test.ts'] },
    {
      ...shared,
      displayName: 'German Apps Script errors',
      testMatch: WRITING_SUITES,
      setupFiles: ['<rootDir>/test/helpers/german-errors.js'],
    },
  ],
};
