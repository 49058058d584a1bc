'use strict';

/** Number formatting shared by the bench/*.report.js modules (scripts/bench.js renders bench/RESULTS.md with them). */
const fmt = (value, digits = 2) =>
  typeof value === 'number' && Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: digits }) : String(value);

const databaseName = (database) => (database === 'postgres' ? 'PostgreSQL' : 'SQLite');

const ms = (value) => `${fmt(value, 2)} ms`;

module.exports = { fmt, databaseName, ms };
