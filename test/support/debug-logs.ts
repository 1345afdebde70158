/**
 * Imported first by tests that read the logs: the Powertools logger reads its
 * level when its module loads, so the level must be set before any handler
 * code is imported.
 */
process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
