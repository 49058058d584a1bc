import { execFileSync } from 'node:child_process';

/** Fresh databases on the local PostgreSQL / MariaDB servers, one per test file. */
export const createDatabase = async (client: string, name: string) => {
  if (client === 'postgres') execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-qc', `CREATE DATABASE ${name}`]);
  else if (client === 'mysql') execFileSync('mysql', ['-h', '127.0.0.1', '-uroot', '-e', `CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`]);
  else throw new Error(`unsupported DATABASE_CLIENT ${client}`);
};

export const dropDatabase = async (client: string, name: string) => {
  if (client === 'postgres') execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
  else if (client === 'mysql') execFileSync('mysql', ['-h', '127.0.0.1', '-uroot', '-e', `DROP DATABASE IF EXISTS ${name}`]);
};
