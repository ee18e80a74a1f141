import type { Element } from '@xmldom/xmldom';
import { LOA_URI, NS, type Loa } from './constants.ts';
import { reject } from './errors.ts';
import { child, children, descendants, strictText } from './xml.ts';

/**
 * Checks on the verified assertion that @node-saml/node-saml leaves to us (or that we repeat on
 * purpose, so each has its own reason code). Each cites SAML core 2.0 / profiles 2.0.
 */

export interface TimeWindow {
  now: Date;
  skewMs: number;
}

function time(value: string | null, what: string): number | undefined {
  if (value === null) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) reject('malformed', `${what} is not a date`);
  return ms;
}

/** Core 2.5.1.2: valid from NotBefore (inclusive) until NotOnOrAfter (exclusive), with a small skew. */
export function checkWindow(el: Element, window: TimeWindow, what: string): void {
  const now = window.now.getTime();
  const notBefore = time(el.getAttribute('NotBefore'), `${what} NotBefore`);
  const notOnOrAfter = time(el.getAttribute('NotOnOrAfter'), `${what} NotOnOrAfter`);
  if (notBefore !== undefined && now + window.skewMs < notBefore)
    reject('not_yet_valid', `${what} is not yet valid`);
  if (notOnOrAfter !== undefined && now - window.skewMs >= notOnOrAfter)
    reject('expired', `${what} has expired`);
}

/** Core 2.2.5: the assertion's Issuer is the broker from our metadata. */
export function checkIssuer(assertion: Element, entityId: string): void {
  const issuer = child(assertion, NS.saml, 'Issuer');
  if (!issuer || strictText(issuer) !== entityId)
    reject('wrong_issuer', 'the assertion was not issued by the configured broker');
}

/** Core 2.5.1, 2.5.1.4: Conditions with a time window and every AudienceRestriction naming us. */
export function checkConditions(assertion: Element, audience: string, window: TimeWindow): Date {
  const conditions = children(assertion, NS.saml, 'Conditions');
  if (conditions.length !== 1 || !conditions[0])
    reject('malformed', 'the assertion needs exactly one Conditions');
  checkWindow(conditions[0], window, 'Conditions');
  const restrictions = children(conditions[0], NS.saml, 'AudienceRestriction');
  if (restrictions.length === 0) reject('wrong_audience', 'no AudienceRestriction');
  for (const restriction of restrictions) {
    const audiences = children(restriction, NS.saml, 'Audience').map(strictText);
    if (!audiences.includes(audience))
      reject('wrong_audience', 'the assertion is meant for another audience');
  }
  const notOnOrAfter = conditions[0].getAttribute('NotOnOrAfter');
  return notOnOrAfter ? new Date(notOnOrAfter) : new Date(window.now.getTime() + 60 * 60 * 1000);
}

/**
 * Profiles 4.1.4.2–4.1.4.3: a bearer SubjectConfirmation whose data names our ACS as Recipient,
 * answers our request (InResponseTo) and has not expired. Returns the InResponseTo it names.
 */
export function checkSubjectConfirmation(
  assertion: Element,
  recipient: string,
  inResponseTo: string | null,
  window: TimeWindow,
): string {
  const subject = child(assertion, NS.saml, 'Subject');
  const bearer = subject
    ? children(subject, NS.saml, 'SubjectConfirmation').filter(
        (c) => c.getAttribute('Method') === 'urn:oasis:names:tc:SAML:2.0:cm:bearer',
      )
    : [];
  const data =
    bearer.length === 1 && bearer[0] ? child(bearer[0], NS.saml, 'SubjectConfirmationData') : undefined;
  if (!data) reject('malformed', 'the assertion needs one bearer SubjectConfirmation with data');
  if (data.getAttribute('Recipient') !== recipient)
    reject('wrong_recipient', 'SubjectConfirmationData Recipient is not our ACS');
  checkWindow(data, window, 'SubjectConfirmationData');
  const answered = data.getAttribute('InResponseTo');
  if (!answered || answered !== inResponseTo)
    reject('unknown_in_response_to', 'InResponseTo of assertion and response differ');
  return answered;
}

/** eHerkenning: the portal needs EH3 or higher; lower levels get their own reason for an explanatory page. */
export function checkLoa(assertion: Element): 'loa3' | 'loa4' {
  const refs = descendants(assertion, NS.saml, 'AuthnContextClassRef');
  if (refs.length !== 1 || !refs[0])
    reject('loa_unknown', 'the assertion needs exactly one AuthnContextClassRef');
  const value = strictText(refs[0]);
  const loa = (Object.keys(LOA_URI) as Loa[]).find((k) => LOA_URI[k] === value);
  if (loa === 'loa3' || loa === 'loa4') return loa;
  if (loa === 'loa2' || loa === 'loa2plus') reject('loa_too_low', `assurance level ${loa} is below loa3`);
  return reject('loa_unknown', 'the AuthnContextClassRef is not an eHerkenning assurance level');
}
