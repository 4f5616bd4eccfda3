// Setup file of the German run (jest.config.js): Apps Script errors arrive in German.
process.env.KPI_TEST_ERROR_LANGUAGE = 'de';
