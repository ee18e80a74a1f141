import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApplication, type Browser } from '../../test/helpers/applications.ts';
import { browserAs, makeOrganisation, type MadeOrganisation } from '../../test/helpers/factories.ts';
import { createTestPortal, type TestPortal } from '../../test/helpers/portal.ts';
import { insertCase } from '../cases/testing.ts';
import { AUDIT_ACTIONS } from '../main/modules.ts';
import { MODULES } from '../main/modules.ts';
import type { BusinessActor, StaffActor } from '../platform/auth/actor.ts';
import { audit, composeAuditActions, type AuditAction } from '../platform/audit.ts';
import { actorsOf, whoQuery } from './repository.ts';

/**
 * The organisation's activity log (issue 17): every declared action is labelled and shown to
 * the organisation it was done for (walked from the registry, not hand-picked); a rolled-back
 * action leaves no row; nobody can edit the log; an agency sees only its own rows; bad input
 * is a 400 with a message.
 */
let portal: TestPortal;
let sponsor: Browser;
let employer: MadeOrganisation;
let employerId: string;
/** Two intermediaries acting for the employer under an eHerkenning chain authorisation. */
let AGENCY: string;
let OTHER_AGENCY: string;

const actorFor = (organisationId: string, extra: Partial<BusinessActor> = {}): BusinessActor => ({
  kind: 'business',
  sessionId: 's',
  organisationId,
  organisationName: employer.name,
  kvkNumber: employer.kvk,
  branchNumber: null,
  actingSubject: 'pseudonym-employee-1',
  loa: 'loa3',
  intermediaryKvk: null,
  via: 'self',
  recognitions: ['work'],
  ...extra,
});
const STAFF: StaffActor = {
  kind: 'staff',
  sessionId: 's',
  userId: 'tz-anouk',
  name: 'Anouk',
  roles: ['team_zakelijk'],
};

beforeAll(async () => {
  portal = await createTestPortal();
  employer = await makeOrganisation(portal, { recognised: ['work'] });
  employerId = employer.id;
  AGENCY = (await makeOrganisation(portal, { agency: true })).kvk;
  OTHER_AGENCY = (await makeOrganisation(portal, { agency: true })).kvk;
  sponsor = await browserAs(portal, employer);
});
afterAll(async () => portal.close());

const tableRows = (body: string) => body.split('<tbody')[1]?.split('</tbody>')[0] ?? '';

describe('the registry of audited actions', () => {
  it('has every module’s actions, each labelled in Dutch and English, none declared twice', () => {
    const names = Object.keys(AUDIT_ACTIONS);
    expect(names.length).toBeGreaterThan(40);
    for (const module of MODULES)
      for (const name of Object.keys(module.auditActions ?? {})) expect(names).toContain(name);
    for (const [name, spec] of Object.entries(AUDIT_ACTIONS)) {
      expect(spec.label.nl.trim(), name).not.toBe('');
      expect(spec.label.en.trim(), name).not.toBe('');
    }
    expect(() =>
      composeAuditActions([
        { name: 'a', auditActions: { 'x.y': { shown: 'staff', label: { nl: 'x', en: 'x' } } } },
        { name: 'b', auditActions: { 'x.y': { shown: 'staff', label: { nl: 'x', en: 'x' } } } },
      ]),
    ).toThrow(/declared by both a and b/);
  });

  it('accepts only declared actions (a type error otherwise)', async () => {
    await expect(
      portal.database.db.transaction().execute(async (trx) => {
        // @ts-expect-error an action nobody declared does not compile
        await audit(trx, STAFF, { event: 'nobody.declared.this', outcome: 'success' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
  });

  it('the log has a row for every declared action, shown to the organisation when declared for it', async () => {
    const db = portal.database.db;
    const actions = Object.entries(AUDIT_ACTIONS) as [AuditAction, (typeof AUDIT_ACTIONS)[AuditAction]][];
    for (const [event] of actions) {
      await db.transaction().execute(async (trx) => {
        if (event.startsWith('recognition.') || event === 'organisation.updated')
          await audit(trx, STAFF, { event, outcome: 'success', organisationId: employerId });
        else
          await audit(trx, actorFor(employerId), { event, outcome: 'success', requestId: `walk-${event}` });
      });
    }
    for (const [event, spec] of actions) {
      const page = await sponsor.get(`/activity?action=${encodeURIComponent(event)}`);
      if (spec.shown === 'organisation') {
        expect(page.statusCode, event).toBe(200);
        expect(tableRows(page.body), event).toContain(spec.label.nl);
      } else {
        // Not an organisation's action: not even a filter value.
        expect(page.statusCode, event).toBe(400);
      }
    }
    const all = tableRows((await sponsor.get('/activity')).body);
    for (const [, spec] of actions.filter(([, s]) => s.shown === 'staff'))
      expect(all).not.toContain(`>${spec.label.nl}<`);
    // Staff actions on the organisation (recognition changes) are "IND".
    const recognition = tableRows((await sponsor.get('/activity?action=recognition.grant')).body);
    expect(recognition).toContain('>IND<');
    const stored = await db
      .selectFrom('audit_log')
      .select('event')
      .distinct()
      .where(
        'event',
        'in',
        actions.map(([e]) => e),
      )
      .execute();
    expect(stored.map((r) => r.event).sort()).toEqual(actions.map(([e]) => e).sort());
  });
});

describe('the log and the action commit together', () => {
  it('has no row for an action that rolled back', async () => {
    const db = portal.database.db;
    const marker = `rollback-${Date.now()}`;
    await expect(
      db.transaction().execute(async (trx) => {
        await insertCase(trx, employerId, { caseNumber: marker, employeeName: 'Rollback, Rita' });
        await audit(trx, actorFor(employerId), {
          event: 'case.information',
          outcome: 'success',
          requestId: marker,
        });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await db.selectFrom('audit_log').select('id').where('request_id', '=', marker).execute()).toEqual(
      [],
    );
    expect(await db.selectFrom('cases').select('id').where('case_number', '=', marker).execute()).toEqual([]);
  });

  it('records a deleted draft in the deleting transaction', async () => {
    const id = await startApplication(sponsor, 'hsm_residence');
    expect((await sponsor.post(`/applications/${id}/delete`, {})).statusCode).toBe(303);
    const rows = await portal.database.db
      .selectFrom('audit_log')
      .select('event')
      .where('object_id', '=', id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.event)).toEqual(['application.start', 'application.draft_deleted']);
  });

  it('nobody can edit the log: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    const db = portal.database.db;
    // A row of its own, so the test does not lean on others having written one (shuffled order).
    const marker = randomUUID();
    await audit(db, actorFor(employerId), { event: 'cases.export', outcome: 'success', requestId: marker });
    await expect(sql`update audit_log set event = 'changed'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    const kept = await db.selectFrom('audit_log').select('event').where('request_id', '=', marker).execute();
    expect(kept).toEqual([{ event: 'cases.export' }]);
  });
});

describe('who sees which rows', () => {
  it('an agency never sees another agency’s rows, nor the sponsor’s own', async () => {
    const db = portal.database.db;
    const caseId = await insertCase(db, employerId, {
      caseNumber: 'IND-ACT-0001',
      employeeName: 'Visser, Vera',
    });
    const ours = actorFor(employerId, {
      intermediaryKvk: AGENCY,
      via: 'chain',
      actingSubject: 'agency-person-1',
    });
    const theirs = actorFor(employerId, {
      intermediaryKvk: OTHER_AGENCY,
      via: 'chain',
      actingSubject: 'other-agency-person',
    });
    await audit(db, ours, {
      event: 'case.information',
      outcome: 'success',
      objectType: 'case',
      objectId: caseId,
      requestId: 'agency-ours',
    });
    await audit(db, theirs, { event: 'cases.export', outcome: 'success', requestId: 'agency-theirs' });
    await audit(db, actorFor(employerId, { actingSubject: 'own-person-xyz' }), {
      event: 'document.download',
      outcome: 'success',
    });

    const agency = await browserAs(portal, employer, { intermediary: AGENCY, subject: 'agency-person-1' });
    const page = await agency.get('/activity');
    expect(page.statusCode).toBe(200);
    const rows = tableRows(page.body);
    expect(rows).toContain('Gevraagde informatie gestuurd');
    expect(rows).toContain('IND-ACT-0001 — Visser, Vera');
    expect(rows).not.toContain(OTHER_AGENCY);
    expect(rows).not.toContain('own-person');
    expect(rows).not.toContain('>IND<');
    expect(page.body).not.toContain('other-agency-person');
    const csv = await agency.get('/activity.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Gevraagde informatie gestuurd');
    expect(csv.body).not.toContain(OTHER_AGENCY);
    expect(csv.body).not.toContain('Overzicht van aanvragen geëxporteerd');
    // Filtering for the other agency does not reach its rows either.
    const forced = tableRows((await agency.get(`/activity?who=agency:${OTHER_AGENCY}`)).body);
    expect(forced).not.toContain(OTHER_AGENCY);

    // The sponsor sees both agencies and its own people.
    const all = tableRows((await sponsor.get('/activity')).body);
    expect(all).toContain(AGENCY);
    expect(all).toContain(OTHER_AGENCY);
    const byAgency = tableRows((await sponsor.get(`/activity?who=agency:${AGENCY}`)).body);
    expect(byAgency).toContain(AGENCY);
    expect(byAgency).not.toContain(OTHER_AGENCY);
  });

  it('another organisation never sees the sponsor’s rows', async () => {
    const university = await browserAs(portal, await makeOrganisation(portal, { recognised: ['study'] }));
    await audit(portal.database.db, actorFor(employerId, { actingSubject: 'noordzee-only' }), {
      event: 'cases.export',
      outcome: 'success',
    });
    const page = await university.get('/activity');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('noordzee-only'.slice(0, 12));
  });

  it('shows an API client’s calls as the API client’s, not as a person’s', async () => {
    const client = randomUUID();
    await audit(portal.database.db, actorFor(employerId, { actingSubject: `api-client:${client}` }), {
      event: 'cases.export',
      outcome: 'success',
    });
    const rows = tableRows((await sponsor.get(`/activity?who=person:api-client:${client}`)).body);
    expect(rows).toContain(`API-koppeling ${client.slice(0, 12)}…`);
    expect(rows).not.toContain('Persoon api-client');
  });

  it('names a person for the organisation; the name is shown instead of the pseudonym', async () => {
    await audit(portal.database.db, actorFor(employerId, { actingSubject: 'pseudo-to-name-1' }), {
      event: 'cases.export',
      outcome: 'success',
    });
    const bad = await sponsor.post('/activity/names', { subject: 'pseudo-to-name-1', name: '' });
    expect(bad.statusCode).toBe(400);
    const unknown = await sponsor.post('/activity/names', { subject: 'never-seen-here', name: 'X' });
    expect(unknown.statusCode).toBe(400);
    const ok = await sponsor.post('/activity/names', { subject: 'pseudo-to-name-1', name: 'Fatima (HR)' });
    expect(ok.statusCode).toBe(303);
    const page = tableRows((await sponsor.get('/activity?who=person:pseudo-to-name-1')).body);
    expect(page).toContain('Fatima (HR)');
  });
});

describe('the "who" list', () => {
  /** The option values of the "who" filter on a page. */
  const whoOptions = (body: string) =>
    [
      ...(/<select[^>]*name="who"[^>]*>([\s\S]*?)<\/select>/.exec(body)?.[1] ?? '').matchAll(
        /value="([^"]*)"/g,
      ),
    ].map((m) => m[1] ?? '');

  it('lists the organisation’s people (named first) and agencies with a row it may see, and no one else', async () => {
    const org = await makeOrganisation(portal, { recognised: ['work'] });
    const agency = (await makeOrganisation(portal, { agency: true })).kvk;
    const db = portal.database.db;
    const as = (subject: string, extra: Partial<BusinessActor> = {}) =>
      actorFor(org.id, { actingSubject: subject, ...extra });
    await audit(db, as('who-b-plain'), { event: 'cases.export', outcome: 'success' });
    await audit(db, as('who-z-named'), { event: 'cases.export', outcome: 'success' });
    await audit(db, as('who-a-failed'), { event: 'cases.export', outcome: 'failure' });
    await audit(db, as('who-c-staff-only'), { event: 'api.token.issued', outcome: 'success' });
    await audit(db, as('who-d-agency-person', { intermediaryKvk: agency, via: 'chain' }), {
      event: 'case.information',
      outcome: 'success',
    });
    await audit(db, actorFor(employerId, { actingSubject: 'who-e-other-organisation' }), {
      event: 'cases.export',
      outcome: 'success',
    });
    await db
      .insertInto('activity_subject_names')
      .values({ organisation_id: org.id, subject: 'who-z-named', name: 'Anna (HR)', named_by: 'test' })
      .execute();

    const page = await (await browserAs(portal, org)).get('/activity');
    expect(page.statusCode).toBe(200);
    expect(whoOptions(page.body)).toEqual([
      '',
      'ind',
      'person:who-z-named',
      'person:who-b-plain',
      'person:who-d-agency-person',
      `agency:${agency}`,
    ]);
    expect(page.body).toContain('Anna (HR)');

    // The agency, acting for the organisation, sees only itself and its own people.
    const other = (await makeOrganisation(portal, { agency: true })).kvk;
    await audit(db, as('who-f-other-agency-person', { intermediaryKvk: other, via: 'chain' }), {
      event: 'case.information',
      outcome: 'success',
    });
    const asAgency = await browserAs(portal, org, { intermediary: agency, subject: 'who-d-agency-person' });
    const agencyPage = await asAgency.get('/activity');
    expect(agencyPage.statusCode).toBe(200);
    expect(
      whoOptions(agencyPage.body).filter((v) => v.startsWith('person:') || v.startsWith('agency:')),
    ).toEqual(['person:who-d-agency-person', `agency:${agency}`]);
  });

  it('reads one index entry per person and agency, not every row of the log', async () => {
    const org = await makeOrganisation(portal, { recognised: ['work'] });
    const db = portal.database.db;
    await sql`insert into audit_log (event, outcome, actor_kind, actor_kvk, actor_subject, organisation_id)
      select 'api.cases.listed', 'success', 'business', ${org.kvk}, 'api-client:' || (g % 3), ${org.id}::uuid
      from generate_series(1, 5000) g`.execute(db);
    await sql`analyze audit_log`.execute(db);
    const actor = actorFor(org.id);
    expect((await actorsOf(db, actor)).map((w) => w.value)).toEqual([
      'person:api-client:0',
      'person:api-client:1',
      'person:api-client:2',
    ]);
    const explained = await sql<{
      'QUERY PLAN': unknown;
    }>`explain (analyze, format json) ${whoQuery(db, actor)}`.execute(db);
    const raw = explained.rows[0]?.['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
    // Every row a node read from audit_log (its rows times its loops), over the whole plan.
    const read = (node: PlanNode): number =>
      (node['Relation Name'] === 'audit_log' ? node['Actual Rows'] * node['Actual Loops'] : 0) +
      (node.Plans ?? []).reduce((sum, child) => sum + read(child), 0);
    expect(read(plan[0].Plan)).toBeLessThan(50);
  });
});

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

describe('bad input', () => {
  it('answers bad filters with a message and 400, never a 500', async () => {
    for (const query of [
      'from=31-12-2026',
      'from=2026-12-01&to=2026-11-01',
      'action=drop%20table',
      'who=%3Cscript%3E',
      'after=not-a-cursor',
      `after=${Buffer.from('["x; drop",1]').toString('base64url')}`,
      'from=2026-02-30',
      'to=2026-13-45',
    ]) {
      const page = await sponsor.get(`/activity?${query}`);
      expect(page.statusCode, query).toBe(400);
      expect(page.body, query).toContain('error-summary');
      expect((await sponsor.get(`/activity.csv?${query}`)).statusCode, query).toBe(400);
    }
  });

  it('pages with a keyset: every row once', async () => {
    const db = portal.database.db;
    for (let i = 0; i < 120; i++)
      await audit(db, actorFor(employerId, { actingSubject: 'pager-person' }), {
        event: 'logout',
        outcome: 'success',
      });
    const seen: string[] = [];
    let url: string | null = '/activity?who=person:pager-person';
    while (url) {
      const page = await sponsor.get(url);
      expect(page.statusCode).toBe(200);
      seen.push(
        ...[...tableRows(page.body).matchAll(/<tr class="utrecht-table__row">/g)].map((m) => String(m.index)),
      );
      const next: string | undefined = /href="(\/activity\?[^"]*after=[^"]+)"/.exec(page.body)?.[1];
      url = next ? next.replaceAll('&amp;', '&') : null;
    }
    expect(seen.length).toBe(120);
  });
});
