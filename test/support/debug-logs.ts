/**
 * Imported first by tests that read the logs: the Powertools logger reads its
 * level when its module loads, so the level must be set before any handler
 * code is imported.
 */
process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
// As if someone switched on Powertools' event logging: the middleware pins it off, so no event (bodies, cookies) reaches a log line.
process.env.POWERTOOLS_LOGGER_LOG_EVENT = 'true';
