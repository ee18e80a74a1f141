import type { ApplicationType, DocumentType, ElsewhereApplication } from './model.ts';

/**
 * The application types a business customer submits in the portal (ADR 0003). Adding a type
 * or changing its pages or documents is a change to this list only.
 */
export const APPLICATION_TYPES: readonly ApplicationType[] = [
  {
    code: 'hsm_entry_mvv',
    name: {
      nl: 'Kennismigrant – verblijf met mvv (TEV)',
      en: 'Highly skilled migrant – entry and residence with MVV',
    },
    description: {
      nl: 'Voor een kennismigrant die nog buiten Nederland is en een machtiging tot voorlopig verblijf (mvv) nodig heeft.',
      en: 'For a highly skilled migrant who is still abroad and needs a provisional residence permit (MVV).',
    },
    recognition: { category: 'work', required: true },
    pages: ['personal', 'travel', 'employment'],
    documents: ['passport', 'employment_contract'],
    fee: 'residence',
    decisionPeriod: 'regular',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'hsm_residence',
    name: {
      nl: 'Kennismigrant – verblijfsvergunning zonder mvv',
      en: 'Highly skilled migrant – residence permit only',
    },
    description: {
      nl: 'Voor een kennismigrant die geen mvv nodig heeft (bijvoorbeeld door nationaliteit) of al in Nederland is.',
      en: 'For a highly skilled migrant who does not need an MVV (for example because of nationality) or is already in the Netherlands.',
    },
    recognition: { category: 'work', required: true },
    pages: ['personal', 'employment'],
    documents: ['passport', 'employment_contract'],
    fee: 'residence',
    decisionPeriod: 'regular',
    startDateMaxDaysInPast: 30,
  },
  {
    code: 'hsm_change_purpose',
    name: {
      nl: 'Wijziging verblijfsdoel naar kennismigrant',
      en: 'Change of purpose of stay to highly skilled migrant',
    },
    description: {
      nl: 'Voor een werknemer die al een verblijfsvergunning voor een ander doel heeft.',
      en: 'For an employee who already holds a residence permit for another purpose.',
    },
    recognition: { category: 'work', required: true },
    pages: ['personal', 'currentPermit', 'employment'],
    documents: ['passport', 'employment_contract', 'residence_permit'],
    fee: 'residence',
    decisionPeriod: 'regular',
    startDateMaxDaysInPast: 90,
  },
  {
    code: 'hsm_extension',
    name: {
      nl: 'Verlenging verblijfsvergunning kennismigrant',
      en: 'Extension of a highly skilled migrant residence permit',
    },
    description: {
      nl: 'Aanvragen kan vanaf 3 maanden vóór de einddatum van de huidige vergunning.',
      en: 'You can apply from 3 months before the current permit expires.',
    },
    recognition: { category: 'work', required: true },
    pages: ['personal', 'currentPermit', 'employment'],
    documents: ['employment_contract'],
    fee: 'extension',
    decisionPeriod: 'regular',
    startDateMaxDaysInPast: 3650,
    extensionWindowMonths: 3,
  },
  {
    code: 'eu_blue_card',
    name: { nl: 'Europese blauwe kaart', en: 'EU Blue Card' },
    description: {
      nl: 'Voor een hoogopgeleide werknemer met een arbeidsovereenkomst van minimaal 6 maanden.',
      en: 'For a highly educated employee with an employment contract of at least 6 months.',
    },
    recognition: { category: 'work', required: false },
    pages: ['personal', 'blueCard'],
    documents: ['passport', 'employment_contract', 'diploma'],
    fee: 'residence',
    decisionPeriod: 'regular',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'researcher',
    name: {
      nl: 'Onderzoeker (Richtlijn (EU) 2016/801)',
      en: 'Researcher (Directive (EU) 2016/801)',
    },
    description: {
      nl: 'Voor een onderzoeker met een gastovereenkomst met een erkende onderzoeksinstelling.',
      en: 'For a researcher with a hosting agreement with a recognised research organisation.',
    },
    recognition: { category: 'research', required: true },
    pages: ['personal', 'research'],
    documents: ['passport', 'hosting_agreement'],
    fee: 'residence',
    decisionPeriod: 'short',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'intra_corporate_transferee',
    name: {
      nl: 'Binnen een onderneming overgeplaatste werknemer (ICT)',
      en: 'Intra-corporate transferee (ICT)',
    },
    description: {
      nl: 'Voor een leidinggevende, specialist of trainee die binnen het concern naar Nederland wordt overgeplaatst.',
      en: 'For a manager, specialist or trainee transferred to the Netherlands within the group.',
    },
    recognition: { category: 'work', required: false },
    pages: ['personal', 'transfer'],
    documents: ['passport', 'transfer_letter'],
    fee: 'residence',
    decisionPeriod: 'regular',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'study',
    name: { nl: 'Studie', en: 'Study' },
    description: {
      nl: 'Voor onderwijsinstellingen: een student die is toegelaten tot een opleiding.',
      en: 'For educational institutions: a student admitted to a programme.',
    },
    recognition: { category: 'study', required: true },
    pages: ['personal', 'study'],
    documents: ['passport', 'admission_letter'],
    fee: 'residence',
    decisionPeriod: 'short',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'au_pair',
    name: { nl: 'Au pair', en: 'Au pair' },
    description: {
      nl: 'Voor een au pair van 18 tot en met 30 jaar bij een gastgezin.',
      en: 'For an au pair aged 18 to 30 staying with a host family.',
    },
    recognition: { category: 'exchange', required: true },
    pages: ['personal', 'auPair'],
    documents: ['passport', 'host_family_statement'],
    fee: 'residence',
    decisionPeriod: 'short',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'exchange',
    name: { nl: 'Uitwisseling', en: 'Exchange' },
    description: {
      nl: 'Voor een deelnemer aan een cultureel uitwisselingsprogramma van ten hoogste één jaar.',
      en: 'For a participant in a cultural exchange programme of at most one year.',
    },
    recognition: { category: 'exchange', required: true },
    pages: ['personal', 'exchange'],
    documents: ['passport', 'programme_description'],
    fee: 'residence',
    decisionPeriod: 'short',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'family_member',
    name: {
      nl: 'Gezinslid van een werknemer',
      en: 'Family member joining an employee',
    },
    description: {
      nl: 'Voor de partner of een minderjarig kind van een werknemer die bij u werkt.',
      en: 'For the partner or a minor child of an employee who works for you.',
    },
    recognition: { category: null, required: false },
    pages: ['personal', 'family'],
    documents: ['passport', 'relationship_proof'],
    fee: 'familyMember',
    decisionPeriod: 'regular',
    startDateMaxDaysInPast: 0,
  },
];

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  {
    code: 'passport',
    name: { nl: 'Kopie paspoort', en: 'Copy of passport' },
    hint: {
      nl: 'De pagina met de persoonsgegevens en de pasfoto.',
      en: 'The page with the personal details and the photo.',
    },
  },
  {
    code: 'employment_contract',
    name: { nl: 'Arbeidsovereenkomst', en: 'Employment contract' },
    hint: { nl: 'Getekend door werkgever en werknemer.', en: 'Signed by employer and employee.' },
  },
  {
    code: 'residence_permit',
    name: { nl: 'Kopie huidige verblijfsvergunning', en: 'Copy of current residence permit' },
    hint: { nl: 'Voor- en achterkant.', en: 'Front and back.' },
  },
  {
    code: 'diploma',
    name: { nl: 'Diploma hoger onderwijs', en: 'Higher education diploma' },
    hint: {
      nl: 'Met een vertaling als het diploma niet in het Nederlands, Engels, Duits of Frans is.',
      en: 'With a translation if it is not in Dutch, English, German or French.',
    },
  },
  {
    code: 'hosting_agreement',
    name: { nl: 'Gastovereenkomst', en: 'Hosting agreement' },
    hint: {
      nl: 'Getekend door de onderzoeksinstelling en de onderzoeker.',
      en: 'Signed by the research organisation and the researcher.',
    },
  },
  {
    code: 'transfer_letter',
    name: { nl: 'Overplaatsingsbrief', en: 'Letter of assignment' },
    hint: {
      nl: 'Met functie, duur en salaris van de overplaatsing.',
      en: 'With the position, duration and salary of the transfer.',
    },
  },
  {
    code: 'admission_letter',
    name: { nl: 'Bewijs van toelating', en: 'Proof of admission' },
    hint: {
      nl: 'Van de opleiding waarvoor de student is toegelaten.',
      en: 'For the programme the student was admitted to.',
    },
  },
  {
    code: 'host_family_statement',
    name: { nl: 'Verklaring gastgezin', en: 'Host family statement' },
    hint: { nl: 'Met het dagprogramma van de au pair.', en: 'With the au pair’s daily programme.' },
  },
  {
    code: 'programme_description',
    name: { nl: 'Beschrijving uitwisselingsprogramma', en: 'Description of the exchange programme' },
    hint: { nl: 'Met begin- en einddatum.', en: 'With start and end date.' },
  },
  {
    code: 'relationship_proof',
    name: { nl: 'Bewijs van de gezinsband', en: 'Proof of the family relationship' },
    hint: {
      nl: 'Huwelijksakte, partnerschapsakte of geboorteakte, gelegaliseerd.',
      en: 'Marriage, partnership or birth certificate, legalised.',
    },
  },
];

export const ELSEWHERE: readonly ElsewhereApplication[] = [
  {
    code: 'permanent_residence',
    name: { nl: 'Verblijfsvergunning voor onbepaalde tijd', en: 'Permanent residence permit' },
    where: {
      nl: 'Dient uw werknemer zelf in, via Mijn IND.',
      en: 'Submitted by your employee, in My IND.',
    },
  },
  {
    code: 'naturalisation',
    name: { nl: 'Naturalisatie', en: 'Naturalisation' },
    where: {
      nl: 'Vraagt uw werknemer zelf aan bij de gemeente; informatie in Mijn IND.',
      en: 'Applied for by your employee at the municipality; information in My IND.',
    },
  },
  {
    code: 'eu_long_term',
    name: { nl: 'EU-langdurig ingezetene', en: 'EU long-term resident' },
    where: {
      nl: 'Dient uw werknemer zelf in, via Mijn IND.',
      en: 'Submitted by your employee, in My IND.',
    },
  },
];
