/**
 * `node --import tsx scripts/pg-available.ts [url]`: exit 0 when Postgres answers (the scale-out tests will
 * run), 1 when it does not (they will skip). For CI scripts that start the service when it is down.
 * The URL defaults to TEST_DATABASE_URL, then postgres://postgres@127.0.0.1:5432/test.
 */
import { DEFAULT_TEST_DATABASE_URL, isPostgresAvailable } from '../src/store/postgres/probe.js';

const url = process.argv[2] ?? process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
const available = await isPostgresAvailable(url, 3_000);
console.log(available ? `postgres: available at ${url}` : `postgres: not available at ${url}`);
process.exit(available ? 0 : 1);
