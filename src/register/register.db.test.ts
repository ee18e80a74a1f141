import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { createCaseSystem } from '../casesystem/index.ts';
import { RefreshService } from '../refresh/index.ts';
import { OPEN_DATA_COLUMNS } from './routes.tsx';

/**
 * The public register of recognised sponsors (issue 17): only active recognitions, from the
 * refreshed read model (a change in the case system shows after a refresh), searchable, open
 * data with a stable column set, cached per refresh run, bad input a 400.
 */
let portal: TestPortal;
/** KVK numbers of organisations this file makes (test/helpers/factories.ts), by role. */
let UNIVERSITY: string;
beforeAll(async () => {
  portal = await createTestPortal();
  UNIVERSITY = (
    await makeOrganisation(portal, { recognised: ['study', 'research'], name: 'Hogeschool van de Polder' })
  ).kvk;
  // A recognised employer, a company that is not recognised and an agency: only the first is listed.
  await makeOrganisation(portal, { recognised: ['work'], name: 'Zeewind Systems B.V.' });
  await makeOrganisation(portal, { recognised: [], name: 'Klaassen Installaties B.V.' });
  await makeOrganisation(portal, { agency: true, name: 'Verhuis Direct B.V.' });
});
afterAll(async () => portal.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  portal.app.inject({ method: 'GET', url, headers: { 'accept-language': 'en', ...headers } });
const rowsOf = (body: string) => body.split('<tbody')[1]?.split('</tbody>')[0] ?? '';

async function refresh() {
  const service = new RefreshService({
    database: portal.database,
    caseSystem: createCaseSystem({ db: portal.database.db, files: portal.services.files, safetyLagMs: 0 }),
    options: { batchSize: 1000, staleAfterHours: 26 },
  });
  const summary = await service.runNow('cli');
  expect(summary.state).toBe('done');
}

describe('the public register', () => {
  it('needs no login, lists recognised sponsors and not the others', async () => {
    const page = await get('/register');
    expect(page.statusCode).toBe(200);
    const rows = rowsOf(page.body);
    expect(rows).toContain('Hogeschool van de Polder');
    expect(rows).toContain('Zeewind Systems');
    expect(rows).not.toContain('Klaassen Installaties');
    expect(rows).not.toContain('Verhuis Direct');
  });

  it('finds by words of the name, KVK number and place, and filters by category', async () => {
    expect(rowsOf((await get('/register?q=hogeschool%20polder')).body)).toContain(UNIVERSITY);
    expect(rowsOf((await get(`/register?q=${UNIVERSITY}`)).body)).toContain('Hogeschool van de Polder');
    expect(rowsOf((await get('/register?q=zeewind&category=study')).body)).not.toContain('Zeewind');
    expect(rowsOf((await get('/register?category=study')).body)).toContain('Hogeschool van de Polder');
    const place = (
      await portal.database.db
        .selectFrom('organisations')
        .select((eb) => eb.ref('visiting_address', '->>').key('city').as('city'))
        .where('kvk_number', '=', UNIVERSITY)
        .executeTakeFirstOrThrow()
    ).city;
    expect(rowsOf((await get(`/register?place=${encodeURIComponent(place.slice(0, 4))}`)).body)).toContain(
      UNIVERSITY,
    );
    expect(rowsOf((await get('/register?place=Nergensdorp')).body)).not.toContain(UNIVERSITY);
  });

  it('shows only active recognitions, and a change in the case system after the refresh', async () => {
    const caseSystem = createCaseSystem({
      db: portal.database.db,
      files: portal.services.files,
      safetyLagMs: 0,
    });
    await refresh();
    expect(rowsOf((await get('/register?category=study')).body)).toContain(UNIVERSITY);
    expect(
      await caseSystem.changeRecognition({
        kvkNumber: UNIVERSITY,
        category: 'study',
        action: 'suspend',
        reason: 'Onderzoek',
        startDate: '2020-01-01',
      }),
    ).toBe('done');
    await refresh();
    expect(rowsOf((await get('/register?category=study')).body)).not.toContain(UNIVERSITY);
    // Still recognised for research: still in the register, without study.
    const research = rowsOf((await get(`/register?q=${UNIVERSITY}`)).body);
    expect(research).toContain('Research');
    expect(research).not.toContain('Study');
    const csv = (await get('/register.csv?category=study')).body;
    expect(csv).not.toContain(UNIVERSITY);
    await caseSystem.changeRecognition({
      kvkNumber: UNIVERSITY,
      category: 'study',
      action: 'grant',
      reason: null,
      startDate: '2021-09-01',
    });
    await refresh();
    expect(rowsOf((await get('/register?category=study')).body)).toContain(UNIVERSITY);
    expect((await get('/register.csv?category=study')).body).toContain(UNIVERSITY);
  });

  it('downloads CSV and JSON with the documented columns, cached with an ETag', async () => {
    const csv = await get('/register.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(`\uFEFF${OPEN_DATA_COLUMNS.map((c) => `"${c}"`).join(';')}`);
    expect(csv.body).toMatch(
      new RegExp(`"${UNIVERSITY}";"Hogeschool van de Polder";"[^"]*";"study";"\\d{4}-\\d{2}-\\d{2}"`),
    );
    const etag = String(csv.headers.etag);
    expect(etag).toMatch(/^"reg-/);
    expect(csv.headers['cache-control']).toContain('max-age');
    expect((await get('/register.csv', { 'if-none-match': etag })).statusCode).toBe(304);
    const json = await get('/register.json');
    const data = JSON.parse(json.body) as { columns: string[]; rows: Record<string, string>[] };
    expect(data.columns).toEqual([...OPEN_DATA_COLUMNS]);
    expect(Object.keys(data.rows[0] ?? {})).toEqual([...OPEN_DATA_COLUMNS]);
    expect(data.rows.some((r) => r.kvk_number === UNIVERSITY && r.category === 'research')).toBe(true);
  });

  it('answers bad input with 400, never a 500', async () => {
    for (const query of [
      'category=lawyers',
      `q=${'x'.repeat(150)}`,
      'after=garbage',
      `place=${'p'.repeat(80)}`,
      'q=%25%5F%5C%27%3A%2A%21%26%7C',
    ]) {
      const page = await get(`/register?${query}`);
      expect(page.statusCode, query).toBeLessThan(500);
    }
    expect((await get('/register?category=lawyers')).statusCode).toBe(400);
    expect((await get('/register?after=garbage')).statusCode).toBe(400);
    expect((await get('/register.csv?category=lawyers')).statusCode).toBe(400);
    expect((await get('/register.json?after=x')).statusCode).toBe(400);
  });
});
