import type { ApplicationType, DocumentRequirement, DocumentType, ElsewhereApplication } from './model.ts';

/**
 * Documents every application may need: a copy of the passport, and the antecedents documents
 * only when the foreign national has antecedents or did not sign the declaration ([P] IND
 * online checklist "checklist-documenten-online-aanvraag-kennismigrant"). The employment
 * contract of a highly skilled migrant is not uploaded: the sponsor keeps it in its
 * administration (administratieplicht).
 */
const ANTECEDENTS: DocumentRequirement = {
  code: 'antecedents_documents',
  when: { page: 'antecedents', field: 'antecedents', in: ['signedSome', 'notSigned'] },
};

/**
 * The application types a business customer submits in the portal (ADR 0003). Adding a type
 * or changing its pages or documents is a change to this list only.
 */
export const APPLICATION_TYPES: readonly ApplicationType[] = [
  {
    code: 'hsm_entry_mvv',
    name: {
      nl: 'Kennismigrant – toegang en verblijf (TEV, met mvv)',
      en: 'Highly skilled migrant – entry and residence with MVV',
    },
    description: {
      nl: 'Voor een kennismigrant die nog buiten Nederland is en een machtiging tot voorlopig verblijf (mvv) nodig heeft.',
      en: 'For a highly skilled migrant who is still abroad and needs a provisional residence permit (MVV).',
    },
    recognition: { category: 'work', required: true },
    pages: ['personal', 'antecedents', 'travel', 'employment'],
    documents: ['passport', ANTECEDENTS],
    fee: 'work',
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
      nl: 'Voor een kennismigrant die geen mvv nodig heeft, bijvoorbeeld door zijn of haar nationaliteit. Ook als de kennismigrant al in Nederland is, is een mvv nodig als de nationaliteit dat vraagt.',
      en: 'For a highly skilled migrant who does not need an MVV, for example because of their nationality. Being in the Netherlands already does not remove the MVV requirement.',
    },
    recognition: { category: 'work', required: true },
    pages: ['personal', 'antecedents', 'employment'],
    documents: ['passport', ANTECEDENTS],
    fee: 'work',
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
    pages: ['personal', 'antecedents', 'currentPermit', 'employment'],
    documents: ['passport', 'residence_permit', ANTECEDENTS],
    fee: 'work',
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
    pages: ['personal', 'antecedents', 'currentPermit', 'employment'],
    documents: ['passport', ANTECEDENTS],
    fee: 'extension',
    decisionPeriod: 'regular',
    criterionDate: 'extensionEffective',
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
    pages: ['personal', 'antecedents', 'mvv', 'blueCard'],
    documents: [
      'passport',
      'employment_contract',
      { code: 'diploma', when: { page: 'blueCard', field: 'qualification', in: ['diploma'] } },
      { code: 'work_experience', when: { page: 'blueCard', field: 'qualification', in: ['experience'] } },
      ANTECEDENTS,
    ],
    fee: 'work',
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
    pages: ['personal', 'antecedents', 'mvv', 'research'],
    documents: ['passport', 'hosting_agreement', ANTECEDENTS],
    fee: 'researcher',
    decisionPeriod: 'short',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'intra_corporate_transferee',
    name: {
      nl: 'Overplaatsing binnen een onderneming (ICT, richtlijn 2014/66/EU)',
      en: 'Intra-corporate transferee (ICT)',
    },
    description: {
      nl: 'Voor een leidinggevende, specialist of trainee die binnen het concern naar Nederland wordt overgeplaatst.',
      en: 'For a manager, specialist or trainee transferred to the Netherlands within the group.',
    },
    recognition: { category: 'work', required: false },
    pages: ['personal', 'antecedents', 'mvv', 'transfer'],
    documents: ['passport', 'transfer_letter', ANTECEDENTS],
    fee: 'work',
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
    pages: ['personal', 'antecedents', 'mvv', 'study'],
    documents: ['passport', 'admission_letter', ANTECEDENTS],
    fee: 'study',
    decisionPeriod: 'short',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'au_pair',
    name: { nl: 'Au pair', en: 'Au pair' },
    description: {
      nl: 'Voor een au pair die bij het indienen van de aanvraag 18 tot en met 30 jaar is en bij een gastgezin gaat wonen.',
      en: 'For an au pair aged 18 to 30 on the day of filing, staying with a host family.',
    },
    recognition: { category: 'exchange', required: true },
    pages: ['personal', 'antecedents', 'mvv', 'auPair'],
    documents: ['passport', 'host_family_statement', ANTECEDENTS],
    fee: 'exchange',
    decisionPeriod: 'regular',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'exchange',
    name: { nl: 'Uitwisseling', en: 'Exchange' },
    description: {
      nl: 'Voor een deelnemer aan een cultureel uitwisselingsprogramma van maximaal één jaar.',
      en: 'For a participant in a cultural exchange programme of at most one year.',
    },
    recognition: { category: 'exchange', required: true },
    pages: ['personal', 'antecedents', 'mvv', 'exchange'],
    documents: ['passport', 'programme_description', ANTECEDENTS],
    fee: 'exchange',
    decisionPeriod: 'regular',
    startDateMaxDaysInPast: 0,
  },
  {
    code: 'family_member',
    name: {
      nl: 'Gezinslid van een werknemer',
      en: 'Family member joining an employee',
    },
    description: {
      nl: 'Voor de partner of een minderjarig kind van een werknemer die bij u werkt. De werknemer is de referent van zijn of haar gezinslid; u dient de aanvraag namens de werknemer in. Dat kan ook tegelijk met de eerste aanvraag van een kennismigrant.',
      en: 'For the partner or a minor child of an employee who works for you. The employee is the sponsor of their family member; you submit the application on the employee’s behalf. This can also be done together with a highly skilled migrant’s first application.',
    },
    recognition: { category: null, required: false },
    pages: ['personal', 'antecedents', 'mvv', 'family'],
    documents: [
      'passport',
      { code: 'marriage_certificate', when: { page: 'family', field: 'relationship', in: ['spouse'] } },
      {
        code: 'partnership_certificate',
        when: { page: 'family', field: 'relationship', in: ['registeredPartner'] },
      },
      {
        code: 'no_impediment_certificate',
        when: { page: 'family', field: 'relationship', in: ['unmarriedPartner'] },
      },
      { code: 'birth_certificate', when: { page: 'family', field: 'relationship', in: ['child'] } },
      { code: 'parental_consent', when: { page: 'family', field: 'relationship', in: ['child'] } },
      { code: 'custody_proof', when: { page: 'family', field: 'relationship', in: ['child'] } },
      ANTECEDENTS,
    ],
    fee: {
      page: 'family',
      field: 'relationship',
      classes: { child: 'minorChild' },
      otherwise: 'partner',
    },
    sponsor: 'employee',
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
    code: 'antecedents_documents',
    name: { nl: 'Documenten over antecedenten', en: 'Documents about antecedents' },
    hint: {
      nl: 'Alleen als de vreemdeling antecedenten heeft of de antecedentenverklaring niet heeft ondertekend: bijvoorbeeld een vonnis of een uittreksel uit het strafregister.',
      en: 'Only if the foreign national has antecedents or has not signed the antecedents declaration: for example a judgment or an extract from the criminal record.',
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
      nl: 'Met een vertaling als het diploma niet in het Nederlands, Engels, Duits of Frans is. Een buitenlands diploma met een diplomawaardering van Nuffic.',
      en: 'With a translation if it is not in Dutch, English, German or French. A foreign diploma with a Nuffic credential evaluation.',
    },
  },
  {
    code: 'work_experience',
    name: { nl: 'Bewijs van werkervaring', en: 'Proof of work experience' },
    hint: {
      nl: 'Verklaringen van werkgevers over minstens 5 jaar relevante werkervaring in de laatste 7 jaar (3 jaar voor een leidinggevende of specialist in de ICT).',
      en: 'Statements from employers of at least 5 years’ relevant work experience in the last 7 years (3 years for an IT manager or specialist).',
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
    hint: {
      nl: 'Met de afgesproken dagindeling van de au pair.',
      en: 'With the au pair’s agreed daily schedule.',
    },
  },
  {
    code: 'programme_description',
    name: { nl: 'Beschrijving uitwisselingsprogramma', en: 'Description of the exchange programme' },
    hint: { nl: 'Met begin- en einddatum.', en: 'With start and end date.' },
  },
  {
    code: 'marriage_certificate',
    name: { nl: 'Huwelijksakte', en: 'Marriage certificate' },
    hint: {
      nl: 'Gelegaliseerd, met een vertaling als dat nodig is.',
      en: 'Legalised, with a translation if needed.',
    },
  },
  {
    code: 'partnership_certificate',
    name: { nl: 'Akte van geregistreerd partnerschap', en: 'Registered partnership certificate' },
    hint: {
      nl: 'Gelegaliseerd, met een vertaling als dat nodig is.',
      en: 'Legalised, with a translation if needed.',
    },
  },
  {
    code: 'no_impediment_certificate',
    name: {
      nl: 'Ongehuwdverklaring van beide partners',
      en: 'Certificate of no impediment of both partners',
    },
    hint: {
      nl: 'Uit het land van elke partner, gelegaliseerd: bewijs dat de partners niet getrouwd zijn.',
      en: 'From each partner’s country, legalised: proof that the partners are not married.',
    },
  },
  {
    code: 'birth_certificate',
    name: { nl: 'Geboorteakte van het kind', en: 'Birth certificate of the child' },
    hint: {
      nl: 'Gelegaliseerd, met een vertaling als dat nodig is.',
      en: 'Legalised, with a translation if needed.',
    },
  },
  {
    code: 'parental_consent',
    name: { nl: 'Toestemmingsverklaring van de andere ouder', en: 'Consent of the other parent' },
    hint: {
      nl: 'Van de ouder die achterblijft, met een kopie van zijn of haar identiteitsbewijs.',
      en: 'From the parent staying behind, with a copy of their identity document.',
    },
  },
  {
    code: 'custody_proof',
    name: { nl: 'Bewijs van gezag over het kind', en: 'Proof of custody of the child' },
    hint: {
      nl: 'Bijvoorbeeld een gezagsregister of een rechterlijke uitspraak.',
      en: 'For example a custody register or a court decision.',
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
      nl: 'Dient uw werknemer zelf in bij de gemeente (naturalisatieverzoek).',
      en: 'Requested by your employee at the municipality (naturalisation request).',
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
