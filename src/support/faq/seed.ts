import type { Database } from '../../platform/db/database.ts';

/**
 * The first FAQ answers: the common login and portal problems Team Zakelijk hears about
 * (issue 6; domain brief "Technical issue report"). Plain text: blank lines separate
 * paragraphs; http(s) addresses and local paths become links when shown. Staff maintain
 * the answers in the back office afterwards; the seed only adds what is missing (by slug), so
 * it runs at every start (support's `seed` in index.ts) and never overwrites an edited answer.
 */
interface SeedEntry {
  slug: string;
  category: 'login' | 'representatives' | 'applications' | 'status' | 'technical';
  position: number;
  question: { nl: string; en: string };
  answer: { nl: string; en: string };
}

const SERVICE = 'Immigratie- en Naturalisatiedienst: toegang tot het portaal';

export const FAQ_SEED: readonly SeedEntry[] = [
  {
    slug: 'wrong-kvk-number',
    category: 'login',
    position: 10,
    question: {
      nl: 'Ik log in met eHerkenning, maar het portaal toont een ander KVK-nummer of een andere organisatie',
      en: 'I log in with eHerkenning, but the portal shows another KVK number or another organisation',
    },
    answer: {
      nl: `Het portaal gebruikt het KVK-nummer dat in uw eHerkenningsmiddel staat. Dat nummer komt van uw eHerkenningsleverancier, niet van de IND. Ziet u een verkeerd KVK-nummer, dan is uw eHerkenningsmiddel geregistreerd op een andere organisatie.

Wat u kunt doen:
- Hebt u eHerkenning voor meer organisaties? Log uit en kies bij het inloggen de juiste organisatie.
- Staat het verkeerde KVK-nummer in uw middel? Neem contact op met uw eHerkenningsleverancier en laat het aanpassen.
- Werkt u voor een erkend referent als intermediair? Dan logt u in met een ketenmachtiging in eHerkenning (sinds 4 november 2024 de manier die de IND gebruikt), of met een machtiging die u in het portaal bij de IND hebt geregistreerd. Zie /logging-in en /representatives.`,
      en: `The portal uses the KVK number in your eHerkenning means. That number comes from your eHerkenning supplier, not from the IND. If you see a wrong KVK number, your eHerkenning means is registered to another organisation.

What you can do:
- Do you have eHerkenning for more than one organisation? Log out and choose the right organisation when you log in.
- Is the wrong KVK number in your means? Contact your eHerkenning supplier and have it corrected.
- Do you work for a recognised sponsor as an intermediary? Then you log in with a chain authorisation in eHerkenning (the route the IND uses since 4 November 2024), or with an authorisation you registered with the IND in the portal. See /logging-in and /representatives.`,
    },
  },
  {
    slug: 'missing-authorisation-or-level',
    category: 'login',
    position: 20,
    question: {
      nl: 'Ik krijg de melding dat ik niet gemachtigd ben of dat mijn betrouwbaarheidsniveau te laag is',
      en: 'I get a message that I am not authorised, or that my assurance level is too low',
    },
    answer: {
      nl: `Voor het Portaal Zakelijk hebt u eHerkenning nodig op betrouwbaarheidsniveau EH3 of hoger, met een machtiging voor de dienst ‘${SERVICE}’.

- Niveau te laag: met EH2 of EH2+ kunt u niet inloggen. Vraag bij uw eHerkenningsleverancier een middel aan op niveau EH3 of EH4.
- Geen machtiging: de machtigingenbeheerder van uw organisatie moet u machtigen voor de dienst ‘${SERVICE}’. Dat doet hij of zij in het machtigingenregister van uw eHerkenningsleverancier.

Na het aanvragen of aanpassen van eHerkenning kunt u meestal binnen een paar dagen inloggen. Meer informatie: /logging-in`,
      en: `For the Business Portal you need eHerkenning at assurance level EH3 or higher, with an authorisation for the service '${SERVICE}'.

- Level too low: you cannot log in with EH2 or EH2+. Apply for a means at level EH3 or EH4 with your eHerkenning supplier.
- No authorisation: the authorisation manager of your organisation must authorise you for the service '${SERVICE}'. This is done in the authorisation register of your eHerkenning supplier.

After applying for or changing eHerkenning you can usually log in within a few days. More information: /logging-in`,
    },
  },
  {
    slug: 'service-not-available',
    category: 'login',
    position: 30,
    question: {
      nl: 'Ik zie ‘Deze dienst is niet voor u beschikbaar’',
      en: "I see 'This service is not available for you'",
    },
    answer: {
      nl: `Het portaal toont deze melding als u bent ingelogd, maar uw organisatie deze dienst niet mag gebruiken. Veelvoorkomende oorzaken:

- Uw organisatie is geen erkend referent, of niet erkend voor dit doel (werk, onderzoek, studie of uitwisseling). De status van aanvragen, werknemers aan- en afmelden, accountgegevens en documenten in het dossier zijn alleen voor erkende referenten. Aanvragen indienen kan wel. Zie /services
- U bent ingelogd namens een andere organisatie dan u bedoelde. Controleer bovenaan de pagina namens welke organisatie u bent ingelogd.
- U bent intermediair zonder ketenmachtiging en uw geregistreerde machtiging is nog niet door de IND verwerkt. Dat duurt maximaal 5 werkdagen. Zie /representatives
- De gegevens van uw organisatie staan bij de IND niet goed in het systeem.

Klopt geen van de eerste drie oorzaken? Meld het probleem via /report-a-problem en voeg een schermafdruk van de melding toe. Team Zakelijk controleert dan de gegevens van uw organisatie bij de IND.`,
      en: `The portal shows this message when you are logged in, but your organisation may not use this service. Common causes:

- Your organisation is not a recognised sponsor, or not recognised for this purpose (work, research, study or exchange). The status of applications, registering and de-registering employees, account information and file documents are for recognised sponsors only. Submitting applications is possible. See /services
- You logged in for another organisation than you meant. Check at the top of the page which organisation you are logged in for.
- You are an intermediary without a chain authorisation and the IND has not yet processed your registered authorisation. This takes up to 5 working days. See /representatives
- Your organisation's data is not right in the IND's systems.

None of the first three? Report the problem through /report-a-problem and add a screenshot of the message. Team Zakelijk then checks your organisation's data at the IND.`,
    },
  },
  {
    slug: 'logged-out-while-working',
    category: 'technical',
    position: 10,
    question: {
      nl: 'Ik werd uitgelogd terwijl ik aan het werk was',
      en: 'I was logged out while I was working',
    },
    answer: {
      nl: `Voor uw veiligheid logt het portaal u uit als u 15 minuten niets hebt gedaan. Twee minuten van tevoren ziet u een melding met een knop om door te gaan. Bovenaan elke pagina staat ook tot hoe laat uw sessie loopt, met een knop om die te verlengen.

Uw concept-aanvragen blijven bewaard: wat u hebt opgeslagen gaat niet verloren. Log opnieuw in namens dezelfde organisatie, dan komt u terug bij dezelfde stap.

Na een aantal uur moet u altijd opnieuw inloggen, ook als u wel actief bent.`,
      en: `For your security the portal logs you out after 15 minutes without activity. Two minutes before, you see a message with a button to continue. At the top of every page you also see until when your session runs, with a button to extend it.

Your draft applications are kept: what you saved is not lost. Log in again for the same organisation and you return to the same step.

After a number of hours you always have to log in again, even when you are active.`,
    },
  },
  {
    slug: 'draft-will-not-open',
    category: 'applications',
    position: 20,
    question: {
      nl: 'Mijn concept-aanvraag gaat niet open',
      en: 'My draft application will not open',
    },
    answer: {
      nl: `Concepten worden bewaard bij de organisatie namens wie u was ingelogd toen u het concept maakte.

- Controleer of u bent ingelogd namens dezelfde organisatie. Als intermediair: voor dezelfde referent.
- Was uw eHerkenning beperkt tot één vestiging? Dan ziet u alleen de concepten van die vestiging.
- Ziet u het concept wel in de lijst, maar krijgt u een foutpagina als u het opent? Dan is het concept niet verloren. Gebruik op de foutpagina de link ‘Meld dit probleem’: de referentie en het tijdstip van de fout gaan dan mee met uw melding, zodat Team Zakelijk het kan terugvinden.`,
      en: `Drafts are kept with the organisation you were logged in for when you created the draft.

- Check that you are logged in for the same organisation. As an intermediary: for the same sponsor.
- Was your eHerkenning limited to one branch? Then you only see the drafts of that branch.
- Do you see the draft in the list, but get an error page when you open it? Then the draft is not lost. Use the link 'Report this problem' on the error page: the reference and the time of the error are sent with your report, so Team Zakelijk can find it.`,
    },
  },
  {
    slug: 'why-no-decision-yet',
    category: 'status',
    position: 10,
    question: {
      nl: 'Waarom zie ik mijn beslissing nog niet?',
      en: "Why don't I see my decision yet?",
    },
    answer: {
      nl: `De IND ververst de informatie in het portaal één keer per dag. Statussen, beslissingen, werknemers, accountgegevens en documenten in het dossier ziet u dus pas na de eerstvolgende verversing. Op de startpagina staat wanneer de gegevens voor het laatst zijn bijgewerkt.

Wat u indient, zoals een aanvraag of een melding, komt wel direct bij de IND binnen.

Ziet u een beslissing na twee verversingen nog steeds niet, meld het dan via /report-a-problem`,
      en: `The IND refreshes the information in the portal once a day. You see statuses, decisions, employees, account information and file documents only after the next refresh. The home page shows when the information was last updated.

What you submit, such as an application or a notification, reaches the IND at once.

If you still do not see a decision after two refreshes, report it through /report-a-problem`,
    },
  },
  {
    slug: 'register-as-representative',
    category: 'representatives',
    position: 10,
    question: {
      nl: 'Hoe registreer ik mij als gemachtigde van een erkend referent?',
      en: 'How do I register as the authorised representative of a recognised sponsor?',
    },
    answer: {
      nl: `Sinds 4 november 2024 logt een intermediair, bijvoorbeeld een relocatiebureau of advocatenkantoor, in met een ketenmachtiging in eHerkenning. De erkend referent machtigt uw organisatie in eHerkenning als intermediair voor de dienst ‘${SERVICE}’. Daarna logt u direct in namens de referent en hoeft u niets bij de IND te registreren. Zie /logging-in

Hebt u geen ketenmachtiging? Log dan in namens uw eigen organisatie en registreer de machtiging in het portaal onder ‘Machtigingen’: /authorisations/new. Voeg de ondertekende machtiging toe als PDF. Team Zakelijk verwerkt uw registratie binnen 5 werkdagen en u krijgt daarover een e-mail.

Meer informatie: /representatives`,
      en: `Since 4 November 2024 an intermediary, for example a relocation agency or law firm, logs in with a chain authorisation in eHerkenning. The recognised sponsor authorises your organisation in eHerkenning as intermediary for the service '${SERVICE}'. You then log in directly on behalf of the sponsor and do not need to register anything with the IND. See /logging-in

No chain authorisation? Then log in on behalf of your own organisation and register the authorisation in the portal under 'Authorisations': /authorisations/new. Add the signed authorisation as a PDF. Team Zakelijk processes your registration within 5 working days and you receive an e-mail about it.

More information: /representatives`,
    },
  },
  {
    slug: 'which-applications',
    category: 'applications',
    position: 10,
    question: {
      nl: 'Welke aanvragen kan ik in het portaal indienen?',
      en: 'Which applications can I submit in the portal?',
    },
    answer: {
      nl: `U ziet alleen de aanvragen die u als werkgever, onderwijsinstelling of uitwisselingsorganisatie moet indienen voor uw werknemers, studenten of deelnemers. Andere aanvragen dient uw werknemer zelf in: een verblijfsvergunning voor onbepaalde tijd via Mijn IND, een naturalisatieverzoek bij de gemeente.

Een overzicht van de diensten van het portaal: /services`,
      en: `You only see the applications that you, as an employer, educational institution or exchange organisation, have to submit for your employees, students or participants. Other applications are submitted by your employee: a permanent residence permit in My IND, a naturalisation request at the municipality.

An overview of the services of the portal: /services`,
    },
  },
  {
    slug: 'provider-or-supplier',
    category: 'technical',
    position: 20,
    question: {
      nl: 'Ligt het probleem bij mijn internetprovider of mijn eHerkenningsleverancier?',
      en: 'Is the problem caused by my internet provider or my eHerkenning supplier?',
    },
    answer: {
      nl: `Controleer dit voordat u een probleem meldt:

- Werken andere websites wel? Zo niet, dan ligt het waarschijnlijk aan uw internetverbinding of uw internetprovider.
- Lukt inloggen met eHerkenning bij andere organisaties ook niet? Of krijgt u een foutmelding op de pagina van uw eHerkenningsleverancier? Neem dan contact op met uw leverancier.
- Staat er een storing bij uw leverancier of bij eHerkenning op de website https://www.eherkenning.nl?

Werkt het daarna nog steeds niet? Meld het probleem via /report-a-problem`,
      en: `Check this before you report a problem:

- Do other websites work? If not, the cause is probably your internet connection or your internet provider.
- Does logging in with eHerkenning also fail at other organisations? Or do you get an error on the page of your eHerkenning supplier? Then contact your supplier.
- Is there a reported outage at your supplier or on https://www.eherkenning.nl?

Still not working? Report the problem through /report-a-problem`,
    },
  },
];

/** Adds the FAQ entries that are missing (by slug), in one statement; an edited entry stays as it is. */
export async function seedFaq(db: Database): Promise<void> {
  await db
    .insertInto('faq_entries')
    .values(
      FAQ_SEED.map((entry) => ({
        slug: entry.slug,
        category: entry.category,
        position: entry.position,
        question_nl: entry.question.nl,
        question_en: entry.question.en,
        answer_nl: entry.answer.nl,
        answer_en: entry.answer.en,
        published: true,
        updated_by: 'seed',
      })),
    )
    .onConflict((conflict) => conflict.column('slug').doNothing())
    .execute();
}
