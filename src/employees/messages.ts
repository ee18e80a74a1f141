import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the employees pages and the duty to inform (issue 11). */
export const employeeMessages = {
  'nav.employees': { nl: 'Werknemers', en: 'Employees' },

  // The list
  'employees.title': { nl: 'Werknemers', en: 'Employees' },
  'employees.lead': {
    nl: 'De personen voor wie uw organisatie referent is, met hun verblijfsvergunning. Geef wijzigingen binnen 4 weken door aan de IND (informatieplicht).',
    en: 'The people your organisation sponsors, with their residence permit. Report changes to the IND within 4 weeks (duty to inform).',
  },
  'employees.actions': { nl: 'Wat wilt u doorgeven?', en: 'What do you want to report?' },
  'employees.action.register': {
    nl: 'Werknemer aanmelden (wisseling van werkgever)',
    en: 'Register an employee (change of employer)',
  },
  'employees.action.sponsor': {
    nl: 'Wijziging van uw organisatie doorgeven',
    en: 'Report a change about your organisation',
  },
  'employees.filter.apply': { nl: 'Werknemers tonen', en: 'Show employees' },
  'employees.filter.q': { nl: 'Zoeken', en: 'Search' },
  'employees.filter.q.hint': { nl: 'Naam of V-nummer.', en: 'Name or V-number.' },
  'employees.filter.permit': { nl: 'Verblijfsvergunning', en: 'Residence permit' },
  'employees.filter.state': { nl: 'Referentschap', en: 'Sponsorship' },
  'employees.filter.ending': { nl: 'Einddatum', en: 'End date' },
  'employees.filter.endingSoon': {
    nl: 'Alleen vergunningen die binnen 3 maanden aflopen',
    en: 'Only permits ending within 3 months',
  },
  'employees.filter.error.permit': {
    nl: 'Kies een verblijfsvergunning uit de lijst.',
    en: 'Choose a residence permit from the list.',
  },
  'employees.filter.error.state': {
    nl: 'Kies een status uit de lijst.',
    en: 'Choose a status from the list.',
  },
  'employees.none': {
    nl: 'Er zijn geen werknemers die aan uw zoekopdracht voldoen.',
    en: 'No employees match your search.',
  },
  'employees.table.caption': { nl: 'Werknemers van {organisation}', en: 'Employees of {organisation}' },
  'employees.table.scroll': { nl: 'Tabel met werknemers', en: 'Table of employees' },
  'employees.col.name': { nl: 'Naam', en: 'Name' },
  'employees.col.dateOfBirth': { nl: 'Geboortedatum', en: 'Date of birth' },
  'employees.col.vNumber': { nl: 'V-nummer', en: 'V-number' },
  'employees.col.permit': { nl: 'Verblijfsvergunning', en: 'Residence permit' },
  'employees.col.permitEnd': { nl: 'Geldig tot', en: 'Valid until' },
  'employees.col.state': { nl: 'Referentschap', en: 'Sponsorship' },
  'employees.col.action': { nl: 'Actie', en: 'Action' },
  'employees.state.active': { nl: 'Actief', en: 'Active' },
  'employees.state.pending': { nl: 'Aangemeld, nog niet verwerkt', en: 'Registered, not yet processed' },
  'employees.state.ended': { nl: 'Afgemeld', en: 'De-registered' },
  'employees.state.endedOn': { nl: 'Afgemeld per {date}', en: 'De-registered as of {date}' },
  'employees.state.reported': {
    nl: 'Afmelding doorgegeven ({reference}), nog niet verwerkt',
    en: 'De-registration reported ({reference}), not yet processed',
  },
  'employees.extension': { nl: 'Verlenging kan nu worden aangevraagd', en: 'An extension can be filed now' },
  'employees.extension.apply': { nl: 'Verlenging aanvragen', en: 'Apply for an extension' },
  'employees.report.link': { nl: 'Afmelden of wijziging doorgeven', en: 'De-register or report a change' },
  'employees.report.linkFor': {
    nl: 'Afmelden of wijziging doorgeven voor {name}',
    en: 'De-register or report a change for {name}',
  },
  'employees.csv': { nl: 'Download als CSV', en: 'Download as CSV' },
  'employees.csv.hint': {
    nl: '(alle werknemers die aan de filters voldoen, te openen in een spreadsheet)',
    en: '(every employee matching the filters, to open in a spreadsheet)',
  },
  'employees.csv.file': { nl: 'werknemers', en: 'employees' },
  'employees.noPermit': { nl: 'Onbekend', en: 'Unknown' },

  // De-registration / change about an employee
  'employees.report.title': { nl: 'Afmelden of wijziging doorgeven', en: 'De-register or report a change' },
  'employees.report.lead': {
    nl: 'Geef binnen 4 weken na de wijziging door wat er veranderd is voor {name} (V-nummer {vNumber}).',
    en: 'Report within 4 weeks of the change what has changed for {name} (V-number {vNumber}).',
  },
  'employees.report.notNeeded.title': { nl: 'Geen afmelding nodig', en: 'No de-registration needed' },
  'employees.report.notNeeded': {
    nl: 'Is de werknemer Nederlander geworden of heeft hij of zij een verblijfsvergunning voor onbepaalde tijd (of duurzaam verblijf) gekregen? Dan hoeft u de werknemer niet af te melden.',
    en: 'Has the employee become Dutch, or obtained a permanent residence permit (or long-term residence)? Then you do not need to de-register the employee.',
  },
  'employees.field.reason': { nl: 'Wat is er veranderd?', en: 'What has changed?' },
  'employees.reason.employment_ended': {
    nl: 'Het dienstverband is beëindigd',
    en: 'The employment has ended',
  },
  'employees.reason.did_not_come': {
    nl: 'De werknemer is niet gekomen',
    en: 'The employee did not come',
  },
  'employees.reason.income_below_threshold': {
    nl: 'Het inkomen voldoet niet meer aan de norm',
    en: 'The income is below the threshold',
  },
  'employees.reason.study_stopped': { nl: 'De studie is gestopt', en: 'The study has stopped' },
  'employees.reason.other_change': { nl: 'Een andere wijziging', en: 'Another change' },
  'employees.field.occurredOn': { nl: 'Datum van de wijziging', en: 'Date of the change' },
  'employees.field.occurredOn.hint': {
    nl: 'De dag waarop de wijziging plaatsvond, bijvoorbeeld de laatste werkdag. Niet in de toekomst.',
    en: 'The day the change happened, for example the last working day. Not in the future.',
  },
  'employees.field.explanation': { nl: 'Toelichting', en: 'Explanation' },
  'employees.field.explanation.hint': {
    nl: 'Verplicht bij een andere wijziging en bij een late melding. Hoogstens 2000 tekens.',
    en: 'Required for another change and for a late report. At most 2000 characters.',
  },
  'employees.error.reason': { nl: 'Kies wat er veranderd is.', en: 'Choose what has changed.' },
  'employees.error.date': {
    nl: 'Vul een geldige datum in, bijvoorbeeld 2026-03-31.',
    en: 'Enter a valid date, for example 2026-03-31.',
  },
  'employees.error.dateFuture': {
    nl: 'De datum ligt in de toekomst. Geef een wijziging door nadat die heeft plaatsgevonden.',
    en: 'The date is in the future. Report a change once it has happened.',
  },
  'employees.error.explanation': {
    nl: 'Vul een toelichting in.',
    en: 'Enter an explanation.',
  },
  'employees.error.explanationLate': {
    nl: 'De melding is te laat: vul in waarom.',
    en: 'The report is late: enter why.',
  },
  'employees.error.tooLong': { nl: 'Gebruik hoogstens {max} tekens.', en: 'Use at most {max} characters.' },
  'employees.error.already': {
    nl: 'Deze werknemer is al afgemeld. U kunt een werknemer maar één keer afmelden.',
    en: 'This employee has already been de-registered. An employee can be de-registered only once.',
  },
  'employees.deadline.label': { nl: 'Uiterste datum', en: 'Deadline' },
  'employees.deadline.rule': {
    nl: 'U moet een wijziging binnen 4 weken doorgeven. Een wijziging van het adres van de administratie binnen 2 weken.',
    en: 'You must report a change within 4 weeks; a change of the address of the administration within 2 weeks.',
  },

  // Check before submitting
  'employees.check.title': { nl: 'Controleer uw melding', en: 'Check your report' },
  'employees.check.deadline': {
    nl: 'Uiterste datum voor deze melding: {deadline}.',
    en: 'Deadline for this report: {deadline}.',
  },
  'employees.check.onTime': {
    nl: 'U meldt dit op tijd.',
    en: 'You are reporting this on time.',
  },
  'employees.late.title': { nl: 'Deze melding is te laat', en: 'This report is late' },
  'employees.late.body': {
    nl: 'De uiterste datum was {deadline}. U kunt de melding nog steeds doen: de IND ontvangt haar als te late melding. Te laat melden kan gevolgen hebben voor uw erkenning als referent.',
    en: 'The deadline was {deadline}. You can still submit the report: the IND receives it as a late report. Reporting late may have consequences for your recognition as a sponsor.',
  },
  'employees.check.submit': { nl: 'Melding versturen', en: 'Submit report' },
  'employees.check.change': { nl: 'Gegevens aanpassen', en: 'Change details' },
  'employees.check.next': { nl: 'Volgende: controleren', en: 'Next: check' },

  // Confirmation
  'employees.done.title': { nl: 'Melding ontvangen', en: 'Report received' },
  'employees.done.reference': {
    nl: 'Uw kenmerk is {reference}. Noem dit kenmerk als u contact opneemt met de IND.',
    en: 'Your reference is {reference}. Quote it when you contact the IND.',
  },
  'employees.done.late': {
    nl: 'Deze melding is te laat ontvangen (uiterste datum {deadline}) en is als te laat gemarkeerd.',
    en: 'This report was received late (deadline {deadline}) and is marked as late.',
  },
  'employees.done.onTime': {
    nl: 'Deze melding is op tijd ontvangen (uiterste datum {deadline}).',
    en: 'This report was received on time (deadline {deadline}).',
  },
  'employees.done.next': {
    nl: 'U krijgt een bevestiging per e-mail. De IND verwerkt de melding; na de dagelijkse verversing ziet u de wijziging in het overzicht van werknemers.',
    en: 'You will receive a confirmation by e-mail. The IND processes the report; after the daily refresh you will see the change in the list of employees.',
  },
  'employees.done.receipt': {
    nl: 'Download de ontvangstbevestiging (PDF)',
    en: 'Download the receipt (PDF)',
  },
  'employees.done.back': { nl: 'Terug naar werknemers', en: 'Back to employees' },
  'employees.kind.deregistration': {
    nl: 'Afmelding of wijziging werknemer',
    en: 'De-registration or change about an employee',
  },
  'employees.kind.registration': { nl: 'Aanmelding werknemer', en: 'Registration of an employee' },
  'employees.kind.sponsor_change': { nl: 'Wijziging referent', en: 'Change about the sponsor' },

  // Receipt and mail
  'employees.receipt.title': { nl: 'Ontvangstbevestiging melding', en: 'Receipt of report' },
  'employees.receipt.file': { nl: 'ontvangstbevestiging', en: 'receipt' },
  'employees.receipt.reference': { nl: 'Kenmerk', en: 'Reference' },
  'employees.receipt.receivedAt': { nl: 'Ontvangen op', en: 'Received on' },
  'employees.receipt.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'employees.receipt.kind': { nl: 'Soort melding', en: 'Kind of report' },
  'employees.receipt.details': { nl: 'Gemelde gegevens', en: 'Reported details' },
  'employees.receipt.deadlineTitle': { nl: 'Termijn', en: 'Deadline' },
  'employees.receipt.timeliness': { nl: 'Op tijd?', en: 'On time?' },
  'employees.receipt.onTime': { nl: 'Ja, op tijd ontvangen', en: 'Yes, received on time' },
  'employees.receipt.late': { nl: 'Nee, te laat ontvangen', en: 'No, received late' },
  'employees.receipt.footer': {
    nl: 'Bewaar deze bevestiging. Als referent bewaart u uw administratie tot 5 jaar na het einde van het referentschap.',
    en: 'Keep this receipt. As a sponsor you keep your records until 5 years after the sponsorship ends.',
  },
  'employees.mail.subject': { nl: '{kind} ontvangen ({reference})', en: '{kind} received ({reference})' },
  'employees.mail.body': {
    nl: 'Geachte heer/mevrouw,\n\nDe IND heeft uw melding ontvangen: {kind} voor {who}, datum {date}.\nUw kenmerk is {reference}. De melding is op tijd ontvangen (uiterste datum {deadline}).\n\nDe ontvangstbevestiging zit als PDF in de bijlage. U vindt de melding ook in het Zakelijk Portaal: {link}\n\nMet vriendelijke groet,\nImmigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nThe IND has received your report: {kind} for {who}, date {date}.\nYour reference is {reference}. The report was received on time (deadline {deadline}).\n\nThe receipt is attached as a PDF. You can also find the report in the Business Portal: {link}\n\nKind regards,\nImmigration and Naturalisation Service',
  },
  'employees.mail.bodyLate': {
    nl: 'Geachte heer/mevrouw,\n\nDe IND heeft uw melding ontvangen: {kind} voor {who}, datum {date}.\nUw kenmerk is {reference}. Let op: de melding is te laat ontvangen (uiterste datum {deadline}).\n\nDe ontvangstbevestiging zit als PDF in de bijlage. U vindt de melding ook in het Zakelijk Portaal: {link}\n\nMet vriendelijke groet,\nImmigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nThe IND has received your report: {kind} for {who}, date {date}.\nYour reference is {reference}. Please note: the report was received late (deadline {deadline}).\n\nThe receipt is attached as a PDF. You can also find the report in the Business Portal: {link}\n\nKind regards,\nImmigration and Naturalisation Service',
  },

  // Register an employee
  'employees.register.title': {
    nl: 'Werknemer aanmelden (wisseling van werkgever)',
    en: 'Register an employee (change of employer)',
  },
  'employees.register.lead': {
    nl: 'Meld een werknemer aan die al een verblijfsvergunning heeft en bij uw organisatie in dienst komt. Doe dit binnen 4 weken na de startdatum.',
    en: 'Register an employee who already holds a residence permit and starts working for your organisation. Do this within 4 weeks of the start date.',
  },
  'employees.field.vNumber': { nl: 'V-nummer', en: 'V-number' },
  'employees.field.vNumber.hint': {
    nl: 'Tien cijfers; het staat op de verblijfsvergunning.',
    en: 'Ten digits; it is on the residence permit.',
  },
  'employees.field.givenNames': { nl: 'Voornamen', en: 'Given names' },
  'employees.field.surname': { nl: 'Achternaam', en: 'Surname' },
  'employees.field.dateOfBirth': { nl: 'Geboortedatum', en: 'Date of birth' },
  'employees.field.startDate': {
    nl: 'Startdatum bij uw organisatie',
    en: 'Start date with your organisation',
  },
  'employees.field.job': { nl: 'Functie', en: 'Job title' },
  'employees.field.salary': {
    nl: 'Bruto maandsalaris (exclusief vakantiegeld)',
    en: 'Gross monthly salary (excluding holiday allowance)',
  },
  'employees.field.salary.hint': {
    nl: 'In euro, bijvoorbeeld 5942,00.',
    en: 'In euro, for example 5942.00.',
  },
  'employees.field.permit': {
    nl: 'Verblijfsvergunning van de werknemer',
    en: "The employee's residence permit",
  },
  'employees.error.vNumber': {
    nl: 'Vul een V-nummer van 10 cijfers in.',
    en: 'Enter a V-number of 10 digits.',
  },
  'employees.error.required': { nl: 'Vul {field} in.', en: 'Enter {field}.' },
  'employees.error.dateOfBirth': {
    nl: 'Vul een geboortedatum in het verleden in; de werknemer is minstens 15 jaar.',
    en: 'Enter a date of birth in the past; the employee is at least 15 years old.',
  },
  'employees.error.startDateFar': {
    nl: 'De startdatum ligt meer dan 3 maanden in de toekomst. Meld de werknemer aan als de startdatum dichterbij is.',
    en: 'The start date is more than 3 months ahead. Register the employee closer to the start date.',
  },
  'employees.error.salary': {
    nl: 'Vul het bruto maandsalaris in euro in, bijvoorbeeld 5942,00.',
    en: 'Enter the gross monthly salary in euro, for example 5942.00.',
  },
  'employees.error.salaryBelow': {
    nl: 'Het salaris is lager dan het salariscriterium dat op de startdatum geldt: minstens {amount} per maand ({year}, {criterion}).',
    en: 'The salary is below the criterion in force on the start date: at least {amount} a month ({year}, {criterion}).',
  },
  'employees.error.salaryYear': {
    nl: 'De salariscriteria voor {year} zijn nog niet bekend in het portaal; we kunnen het salaris nog niet controleren. Meld de werknemer aan zodra de IND de criteria heeft bekendgemaakt.',
    en: 'The salary criteria for {year} are not yet known in the portal; we cannot check the salary yet. Register the employee once the IND has published the criteria.',
  },
  'employees.error.permit': { nl: 'Kies de verblijfsvergunning.', en: 'Choose the residence permit.' },
  'employees.error.alreadyRegistered': {
    nl: 'Deze werknemer staat al als actief bij uw organisatie geregistreerd.',
    en: 'This employee is already registered as active with your organisation.',
  },
  'employees.criterion.hsm30Plus': {
    nl: 'kennismigrant, 30 jaar of ouder',
    en: 'highly skilled migrant, aged 30 or over',
  },
  'employees.criterion.hsmUnder30': {
    nl: 'kennismigrant, jonger dan 30',
    en: 'highly skilled migrant, under 30',
  },
  'employees.criterion.hsmReduced': {
    nl: 'kennismigrant, verlaagd criterium',
    en: 'highly skilled migrant, reduced criterion',
  },
  'employees.criterion.blueCard': { nl: 'Europese blauwe kaart', en: 'EU Blue Card' },
  'employees.criterion.blueCardLowered': {
    nl: 'Europese blauwe kaart, verlaagd',
    en: 'EU Blue Card, lowered',
  },

  // Change about the sponsor
  'employees.sponsor.title': {
    nl: 'Wijziging van uw organisatie doorgeven',
    en: 'Report a change about your organisation',
  },
  'employees.sponsor.lead': {
    nl: 'Geef wijzigingen in uw organisatie binnen 4 weken door. Een nieuw adres van de administratie binnen 2 weken.',
    en: 'Report changes in your organisation within 4 weeks; a new address of the administration within 2 weeks.',
  },
  'employees.sponsorReason.organisation_ended': {
    nl: 'De organisatie houdt op te bestaan',
    en: 'The organisation ceases to exist',
  },
  'employees.sponsorReason.bankruptcy': { nl: 'Faillissement', en: 'Bankruptcy' },
  'employees.sponsorReason.suspension_of_payments': {
    nl: 'Surseance van betaling',
    en: 'Suspension of payments',
  },
  'employees.sponsorReason.administration_address': {
    nl: 'Nieuw adres van de administratie (binnen 2 weken)',
    en: 'New address of the administration (within 2 weeks)',
  },
  'employees.sponsorReason.other': { nl: 'Een andere wijziging', en: 'Another change' },
  'employees.field.address': {
    nl: 'Nieuw adres van de administratie',
    en: 'New address of the administration',
  },
  'employees.field.address.hint': {
    nl: 'Straat en huisnummer, postcode en plaats.',
    en: 'Street and number, postal code and city.',
  },
  'employees.error.address': { nl: 'Vul het nieuwe adres in.', en: 'Enter the new address.' },

  // Bulk de-registrations
  'employees.action.bulk': {
    nl: 'Meerdere werknemers afmelden met een CSV-bestand',
    en: 'De-register several employees with a CSV file',
  },
  'employees.bulk.title': { nl: 'Meerdere werknemers afmelden', en: 'De-register several employees' },
  'employees.bulk.lead': {
    nl: 'Upload een CSV-bestand met één afmelding per regel. U ziet eerst een overzicht met de controle van elke regel; pas daarna verstuurt u de goede regels.',
    en: 'Upload a CSV file with one de-registration per row. You first see an overview with the check of every row; only then do you submit the valid rows.',
  },
  'employees.bulk.template': { nl: 'Download het voorbeeldbestand (CSV)', en: 'Download the template (CSV)' },
  'employees.bulk.format': {
    nl: 'Kolommen: v_number; reason; date; explanation. Reden is een van: {reasons}. Datum als JJJJ-MM-DD. Tekenset UTF-8 (met of zonder BOM), scheidingsteken ; of ,. Hoogstens {max} regels.',
    en: 'Columns: v_number; reason; date; explanation. Reason is one of: {reasons}. Date as YYYY-MM-DD. Character set UTF-8 (with or without BOM), separator ; or ,. At most {max} rows.',
  },
  'employees.bulk.file': { nl: 'CSV-bestand', en: 'CSV file' },
  'employees.bulk.upload': { nl: 'Bestand controleren', en: 'Check file' },
  'employees.bulk.error.noFile': { nl: 'Kies een CSV-bestand.', en: 'Choose a CSV file.' },
  'employees.bulk.error.encoding': {
    nl: 'Het bestand is geen UTF-8. Sla het in uw spreadsheetprogramma op als "CSV UTF-8" en upload het opnieuw.',
    en: 'The file is not UTF-8. Save it in your spreadsheet program as "CSV UTF-8" and upload it again.',
  },
  'employees.bulk.error.columns': {
    nl: 'De kolommen kloppen niet. Verwacht: v_number; reason; date; explanation (in die volgorde). Ontbreekt: {missing}. Onbekend: {extra}.',
    en: 'The columns are not right. Expected: v_number; reason; date; explanation (in that order). Missing: {missing}. Unknown: {extra}.',
  },
  'employees.bulk.error.empty': { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  'employees.bulk.error.tooMany': {
    nl: 'Het bestand heeft meer dan {max} regels. Splits het op.',
    en: 'The file has more than {max} rows. Split it up.',
  },
  'employees.bulk.error.malformed': {
    nl: 'Het bestand kan niet worden gelezen als CSV (rond regel {line}). Controleer de aanhalingstekens.',
    en: 'The file cannot be read as CSV (around line {line}). Check the quotation marks.',
  },
  'employees.bulk.error.tooLarge': {
    nl: 'Het bestand is groter dan {size}.',
    en: 'The file is larger than {size}.',
  },
  'employees.bulk.preview.title': { nl: 'Controle van uw bestand', en: 'Check of your file' },
  'employees.bulk.preview.counts': {
    nl: '{total} regels: {valid} goed, {invalid} met een fout. Alleen de goede regels worden verstuurd.',
    en: '{total} rows: {valid} valid, {invalid} with an error. Only the valid rows will be submitted.',
  },
  'employees.bulk.preview.invalid': { nl: 'Regels met een fout', en: 'Rows with an error' },
  'employees.bulk.preview.valid': { nl: 'Goede regels', en: 'Valid rows' },
  'employees.bulk.preview.more': {
    nl: 'En nog {count} regels (zie het resultaatbestand).',
    en: 'And {count} more rows (see the result file).',
  },
  'employees.bulk.submit': { nl: '{count} afmeldingen versturen', en: 'Submit {count} de-registrations' },
  'employees.bulk.nothing': {
    nl: 'Er zijn geen goede regels om te versturen.',
    en: 'There are no valid rows to submit.',
  },
  'employees.bulk.again': { nl: 'Een ander bestand uploaden', en: 'Upload another file' },
  'employees.bulk.done': {
    nl: 'Verstuurd: {submitted} afmeldingen, elk met een eigen kenmerk. Niet verstuurd: {refused} regels.',
    en: 'Submitted: {submitted} de-registrations, each with its own reference. Not submitted: {refused} rows.',
  },
  'employees.bulk.result': { nl: 'Download het resultaat (CSV)', en: 'Download the result (CSV)' },
  'employees.bulk.result.file': { nl: 'afmeldingen-resultaat', en: 'de-registrations-result' },
  'employees.bulk.col.line': { nl: 'Regel', en: 'Row' },
  'employees.bulk.col.outcome': { nl: 'Resultaat', en: 'Outcome' },
  'employees.bulk.col.problems': { nl: 'Fout', en: 'Error' },
  'employees.bulk.outcome.submitted': {
    nl: 'Verstuurd, kenmerk {reference}',
    en: 'Submitted, reference {reference}',
  },
  'employees.bulk.outcome.valid': { nl: 'Goed, nog niet verstuurd', en: 'Valid, not yet submitted' },
  'employees.bulk.table.invalid': { nl: 'Regels met een fout', en: 'Rows with an error' },
  'employees.bulk.table.valid': { nl: 'Goede regels', en: 'Valid rows' },
  'employees.bulk.row.columns': {
    nl: 'De regel heeft {count} kolommen in plaats van {expected}.',
    en: 'The row has {count} columns instead of {expected}.',
  },
  'employees.bulk.row.formula': {
    nl: 'De kolom {column} begint met =, +, -, @ of een tab (een formule). Dit wordt niet geaccepteerd.',
    en: 'The column {column} starts with =, +, -, @ or a tab (a formula). This is not accepted.',
  },
  'employees.bulk.row.vNumber': {
    nl: 'Het V-nummer is geen 10 cijfers.',
    en: 'The V-number is not 10 digits.',
  },
  'employees.bulk.row.reason': {
    nl: 'Onbekende reden; gebruik een van: {reasons}.',
    en: 'Unknown reason; use one of: {reasons}.',
  },
  'employees.bulk.row.date': {
    nl: 'De datum is geen geldige datum (JJJJ-MM-DD).',
    en: 'The date is not a valid date (YYYY-MM-DD).',
  },
  'employees.bulk.row.future': { nl: 'De datum ligt in de toekomst.', en: 'The date is in the future.' },
  'employees.bulk.row.explanation': {
    nl: 'Een toelichting is verplicht (een andere wijziging, of een te late melding).',
    en: 'An explanation is required (another change, or a late report).',
  },
  'employees.bulk.row.tooLong': {
    nl: 'De toelichting is langer dan {max} tekens.',
    en: 'The explanation is longer than {max} characters.',
  },
  'employees.bulk.row.unknown': {
    nl: 'Dit V-nummer hoort niet bij een werknemer van uw organisatie.',
    en: 'This V-number is not one of your organisation’s employees.',
  },
  'employees.bulk.row.already': {
    nl: 'Deze werknemer is al afgemeld.',
    en: 'This employee has already been de-registered.',
  },
  'employees.bulk.row.duplicate': {
    nl: 'Dit V-nummer staat al eerder in het bestand.',
    en: 'This V-number already appears earlier in the file.',
  },
  // Reminders (open duties on the dashboard, weekly digest)
  'employees.duties.title': { nl: 'Openstaande verplichtingen', en: 'Open duties' },
  'employees.duties.requests': {
    nl: 'Verzoeken om informatie van de IND die actie vragen: {count}',
    en: 'Requests for information from the IND that need action: {count}',
  },
  'employees.duties.requestsLink': { nl: 'Bekijk de verzoeken', en: 'View the requests' },
  'employees.duties.endingSoon': {
    nl: 'Verblijfsvergunningen die binnen 3 maanden aflopen: {count}',
    en: 'Residence permits ending within 3 months: {count}',
  },
  'employees.duties.endingSoonLink': { nl: 'Bekijk de werknemers', en: 'View the employees' },
  'employees.duties.digestLink': {
    nl: 'Wekelijkse e-mail met openstaande verplichtingen instellen',
    en: 'Set up a weekly e-mail of open duties',
  },
  'employees.digest.title': { nl: 'Wekelijkse e-mail', en: 'Weekly e-mail' },
  'employees.digest.lead': {
    nl: 'Elke maandagochtend een e-mail aan het contactadres van uw organisatie met de openstaande verplichtingen: verzoeken om informatie van de IND en verblijfsvergunningen die binnen 3 maanden aflopen. Is er niets open, dan sturen wij geen e-mail.',
    en: 'Every Monday morning an e-mail to your organisation’s contact address with its open duties: requests for information from the IND and residence permits ending within 3 months. When nothing is open, we send no e-mail.',
  },
  'employees.digest.legend': { nl: 'E-mail', en: 'E-mail' },
  'employees.digest.hint': {
    nl: 'Deze instelling geldt voor de hele organisatie.',
    en: 'This setting applies to the whole organisation.',
  },
  'employees.digest.option': {
    nl: 'Stuur wekelijks een e-mail met de openstaande verplichtingen',
    en: 'Send a weekly e-mail with the open duties',
  },
  'employees.digest.save': { nl: 'Opslaan', en: 'Save' },
  'employees.digest.savedOn': {
    nl: 'Opgeslagen: uw organisatie krijgt elke maandag een e-mail.',
    en: 'Saved: your organisation gets an e-mail every Monday.',
  },
  'employees.digest.savedOff': {
    nl: 'Opgeslagen: uw organisatie krijgt geen wekelijkse e-mail.',
    en: 'Saved: your organisation gets no weekly e-mail.',
  },
  'employees.digest.subject': {
    nl: 'Openstaande verplichtingen van {organisation}',
    en: 'Open duties of {organisation}',
  },
  'employees.digest.body': {
    nl: 'Geachte heer, mevrouw,\n\nDit zijn de openstaande verplichtingen van {organisation} in het Zakelijk Portaal van de IND.\n\n{requests}\n{requestsLink}\n\n{ending}\n{endingLink}\n\nU krijgt deze e-mail omdat uw organisatie de wekelijkse e-mail heeft aangezet. Uitzetten: {settingsLink}\n\nMet vriendelijke groet,\nImmigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nThese are the open duties of {organisation} in the IND Business Portal.\n\n{requests}\n{requestsLink}\n\n{ending}\n{endingLink}\n\nYou receive this e-mail because your organisation turned on the weekly e-mail. Turn it off: {settingsLink}\n\nKind regards,\nImmigration and Naturalisation Service',
  },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof employeeMessages> {}
}
