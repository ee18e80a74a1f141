import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../main/modules.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { translator } from '../../platform/i18n/catalogue.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { ViewContextReact, type ViewContext } from '../../platform/ui/view-context.ts';
import { findType } from '../catalogue/catalogue.ts';
import type { ApplicationType } from '../catalogue/model.ts';
import type { Application } from '../repository.ts';
import { DeclarationView } from './steps.tsx';

function render(
  lang: Lang,
  typeCode: string,
  fee: Parameters<typeof DeclarationView>[0]['fee'],
  serviceTarget = false,
): string {
  const view: ViewContext = {
    lang,
    t: translator(lang),
    actor: { kind: 'business' } as unknown as Actor,
    csrfToken: 'token',
    path: '/applications/x/declaration',
    requestId: 'req',
    asset: (name) => name,
    developmentMode: false,
    sessionIdleExpiresAt: null,
    nav: [],
  };
  return renderToStaticMarkup(
    <ViewContextReact.Provider value={view}>
      <DeclarationView
        application={{ id: '00000000-0000-0000-0000-000000000001' } as Application}
        type={findType(typeCode) as ApplicationType}
        step={{ n: 6, of: 6 }}
        fee={fee}
        decisionDays={90}
        serviceTarget={serviceTarget}
        error={undefined}
      />
    </ViewContextReact.Provider>,
  );
}

describe('the declaration step', () => {
  it('a year without fees: says so in both languages and offers no submit button', () => {
    const nl = render('nl', 'hsm_residence', { missingYear: 2027, method: 'direct_debit' });
    expect(nl).toContain('De leges voor 2027 zijn nog niet bekend');
    expect(nl).not.toContain('Aanvraag indienen</button>');
    expect(nl).not.toContain('name="declaration"');
    const en = render('en', 'hsm_residence', { missingYear: 2027, method: 'direct_debit' });
    expect(en).toContain('The fees for 2027 are not known yet');
  });

  it('shows the fee of the year, and the service target only for a recognised sponsor', () => {
    const recognised = render(
      'nl',
      'hsm_residence',
      { cents: 42_300, year: 2026, method: 'direct_debit' },
      true,
    );
    expect(recognised).toMatch(/423,00 \(tarief 2026\)/);
    expect(recognised).toContain('name="declaration"');
    expect(recognised).toContain('2 weken als de aanvraag compleet is, 7 weken');
    const other = render(
      'nl',
      'eu_blue_card',
      { cents: 42_300, year: 2026, method: 'payment_letter' },
      false,
    );
    expect(other).not.toContain('Streeftermijn');
  });

  it('a family member: the declaration is made on behalf of the employee, the family member’s sponsor', () => {
    const html = render('nl', 'family_member', { cents: 25_400, year: 2026, method: 'direct_debit' });
    expect(html).toContain('Verklaring namens de werknemer (referent van het gezinslid)');
    expect(html).not.toContain('Verklaring van de referent');
    expect(render('nl', 'hsm_residence', { cents: 42_300, year: 2026, method: 'direct_debit' })).toContain(
      'Verklaring van de referent',
    );
  });
});
