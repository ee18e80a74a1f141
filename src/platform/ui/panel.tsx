import type { ReactNode } from 'react';
import { useView } from './view-context.ts';

/**
 * The confirmation panel (GOV.UK / NL Design System pattern): one prominent block that is the
 * page's h1, with the reference in large type, instead of an alert above a second heading.
 */
export function ConfirmationPanel({
  title,
  reference,
  children,
}: {
  title: string;
  reference: string;
  children?: ReactNode;
}) {
  const { t } = useView();
  return (
    <div className="bp-panel">
      <h1 className="nl-heading nl-heading--level-1">{title}</h1>
      <p className="bp-panel__body">
        {t('panel.reference')}
        <strong className="bp-panel__reference">{reference}</strong>
      </p>
      {children}
    </div>
  );
}
