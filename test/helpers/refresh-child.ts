/**
 * A refresh in a process of its own (the crash test kills it): DATABASE_URL, CASES, BATCH.
 * Prints "page <n>" after every committed page, and "done" at the end.
 */
import { openDatabase } from '../../src/platform/db/database.ts';
import { RefreshService } from '../../src/refresh/service.ts';
import { GeneratedChangeStream } from '../../src/refresh/testing.ts';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
const refresh = new RefreshService({
  database,
  caseSystem: new GeneratedChangeStream(Number(process.env.CASES)),
  options: { batchSize: Number(process.env.BATCH), staleAfterHours: 26 },
});
const summary = await refresh.runNow('cli', { onProgress: ({ batches }) => console.log(`page ${batches}`) });
console.log(summary.state);
await database.close();
