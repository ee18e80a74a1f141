import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the applications module (catalogue, form engine, documents, submission). */
export const applicationMessages = {
  // Catalogue
  'apps.catalogue.title': { nl: 'Aanvraag indienen', en: 'Submit an application' },
  'apps.catalogue.lead': {
    nl: 'U ziet alleen de aanvragen die u als werkgever of instelling voor uw werknemers of studenten moet indienen.',
    en: 'You only see the applications that you, as employer or institution, must submit for your employees or students.',
  },
  'apps.catalogue.drafts': {
    nl: 'Verder met een opgeslagen aanvraag ({count})',
    en: 'Continue with a saved application ({count})',
  },
  'apps.catalogue.feeAndPeriod': {
    nl: 'Leges {year}: {fee}. Beslistermijn: {days} dagen.',
    en: 'Fee {year}: {fee}. Decision period: {days} days.',
  },
  'apps.catalogue.feeUnknown': {
    nl: 'Leges {year}: nog niet bekend. De IND maakt de bedragen voor {year} bekend; tot dan kunt u deze aanvraag wel voorbereiden maar niet indienen. Beslistermijn: {days} dagen.',
    en: 'Fee {year}: not known yet. The IND publishes the {year} amounts; until then you can prepare this application but not submit it. Decision period: {days} days.',
  },
  'apps.catalogue.feeFamily': {
    nl: '{partner} voor een partner, {child} voor een minderjarig kind',
    en: '{partner} for a partner, {child} for a minor child',
  },
  'apps.catalogue.start': { nl: 'Start aanvraag', en: 'Start application' },
  'apps.catalogue.recognitionTitle': {
    nl: 'Alleen voor erkende referenten',
    en: 'Only for recognised sponsors',
  },
  'apps.catalogue.recognitionBody': {
    nl: 'Deze aanvragen kan uw organisatie pas indienen als de IND haar heeft erkend als referent voor het genoemde doel.',
    en: 'Your organisation can only submit these applications once the IND has recognised it as a sponsor for the purpose named.',
  },
  'apps.catalogue.needs': {
    nl: 'erkenning als referent voor {category} nodig',
    en: 'needs recognition as a sponsor for {category}',
  },
  'apps.catalogue.aboutRecognition': {
    nl: 'Meer over erkenning als referent',
    en: 'More about recognition as a sponsor',
  },
  'apps.catalogue.elsewhereTitle': {
    nl: 'Aanvragen die uw werknemer zelf indient',
    en: 'Applications your employee submits',
  },
  'apps.catalogue.elsewhereBody': {
    nl: 'Sommige aanvragen kunt u niet in dit portaal indienen. Uw werknemer ziet in Mijn IND welke aanvragen hij of zij zelf kan indienen.',
    en: 'Some applications cannot be submitted in this portal. Your employee can see in My IND which applications they can submit themselves.',
  },

  // Drafts
  'apps.drafts.title': { nl: 'Opgeslagen aanvragen', en: 'Saved applications' },
  'apps.drafts.lead': {
    nl: 'Aanvragen die nog niet zijn ingediend. Een aanvraag die u {days} dagen niet wijzigt, wordt verwijderd.',
    en: 'Applications not yet submitted. An application you do not change for {days} days is deleted.',
  },
  'apps.drafts.warningTitle': {
    nl: 'Aanvragen worden binnenkort verwijderd',
    en: 'Applications will be deleted soon',
  },
  'apps.drafts.warningBody': {
    nl: 'Aantal opgeslagen aanvragen dat binnen een week wordt verwijderd: {count}. Open een aanvraag om deze te bewaren.',
    en: 'Number of saved applications that will be deleted within a week: {count}. Open an application to keep it.',
  },
  'apps.drafts.none': { nl: 'U hebt geen opgeslagen aanvragen.', en: 'You have no saved applications.' },
  'apps.drafts.caption': { nl: 'Opgeslagen aanvragen', en: 'Saved applications' },
  'apps.drafts.employee': { nl: 'Werknemer', en: 'Employee' },
  'apps.drafts.type': { nl: 'Soort aanvraag', en: 'Type of application' },
  'apps.drafts.updated': { nl: 'Laatst gewijzigd', en: 'Last changed' },
  'apps.drafts.actions': { nl: 'Acties', en: 'Actions' },
  'apps.drafts.noName': { nl: '(nog geen naam)', en: '(no name yet)' },
  'apps.drafts.deletesOn': { nl: 'Wordt verwijderd op {date}', en: 'Will be deleted on {date}' },
  'apps.drafts.resume': { nl: 'Verder', en: 'Continue' },
  'apps.drafts.delete': { nl: 'Verwijderen', en: 'Delete' },
  'apps.drafts.started': { nl: 'Gestart', en: 'Started' },
  'apps.drafts.startedByYou': { nl: '{date}, door u', en: '{date}, by you' },
  'apps.drafts.startedByColleague': {
    nl: '{date}, door een collega',
    en: '{date}, by a colleague',
  },
  'apps.drafts.startedByIntermediary': {
    nl: '{date}, door intermediair (KVK {kvk})',
    en: '{date}, by an intermediary (KVK {kvk})',
  },
  'apps.drafts.done.saved': {
    nl: 'De aanvraag is opgeslagen. U kunt later verder waar u was.',
    en: 'The application has been saved. You can continue later where you left off.',
  },
  'apps.drafts.done.kept': {
    nl: 'De aanvraag is opgeslagen zoals u hem hebt ingevuld. Sommige velden zijn nog niet compleet of nog niet juist; dat controleren we als u verdergaat.',
    en: 'The application has been saved as you filled it in. Some fields are not complete or not correct yet; we check them when you continue.',
  },
  'apps.drafts.done.nothing': {
    nl: 'Er was nog niets ingevuld, dus er is niets opgeslagen.',
    en: 'Nothing had been filled in yet, so nothing was saved.',
  },
  'apps.drafts.done.deleted': {
    nl: 'De opgeslagen aanvraag is verwijderd, met de documenten die erbij waren geüpload.',
    en: 'The saved application has been deleted, together with the documents uploaded for it.',
  },
  'apps.drafts.confirmDelete.title': {
    nl: 'Weet u zeker dat u deze aanvraag wilt verwijderen?',
    en: 'Are you sure you want to delete this application?',
  },
  'apps.drafts.confirmDelete.body': {
    nl: 'U verwijdert de opgeslagen aanvraag “{type}” voor {name}, met alle antwoorden en geüploade documenten. Dit kunt u niet ongedaan maken.',
    en: 'You are deleting the saved application “{type}” for {name}, with all answers and uploaded documents. This cannot be undone.',
  },
  'apps.drafts.confirmDelete.yes': { nl: 'Ja, verwijderen', en: 'Yes, delete' },
  'apps.drafts.confirmDelete.no': { nl: 'Nee, terug naar de lijst', en: 'No, back to the list' },
  'apps.pendingNotice': {
    nl: 'Deze pagina is opgeslagen zoals u hem had ingevuld, maar is nog niet compleet. Vul hem aan en kies “Opslaan en verder”.',
    en: 'This page was saved as you had filled it in, but it is not complete yet. Complete it and choose “Save and continue”.',
  },
  'apps.drafts.newApplication': { nl: 'Nieuwe aanvraag starten', en: 'Start a new application' },

  // Steps
  'apps.step': { nl: 'Stap {n} van {of}', en: 'Step {n} of {of}' },
  'apps.errorPrefix': { nl: 'Fout:', en: 'Error:' },
  'apps.saveAndContinue': { nl: 'Opslaan en verder', en: 'Save and continue' },
  'apps.saveAndReturn': { nl: 'Opslaan en terug naar controleren', en: 'Save and return to check' },
  'apps.saveForLater': { nl: 'Opslaan en later verder', en: 'Save and finish later' },
  'apps.previous': { nl: 'Vorige stap', en: 'Previous step' },

  // Pages
  'apps.page.personal': {
    nl: 'Persoonsgegevens van de vreemdeling',
    en: 'Personal details of the foreign national',
  },
  'apps.page.personal.lead': {
    nl: 'Vul de gegevens in zoals ze in het paspoort staan.',
    en: 'Enter the details as they appear in the passport.',
  },
  'apps.page.travel': { nl: 'Ophalen van de mvv', en: 'Collecting the MVV' },
  'apps.page.travel.lead': {
    nl: 'Waar haalt de werknemer de machtiging tot voorlopig verblijf (mvv) op?',
    en: 'Where will the employee collect the provisional residence permit (MVV)?',
  },
  'apps.page.mvv': {
    nl: 'Machtiging tot voorlopig verblijf (mvv)',
    en: 'Provisional residence permit (MVV)',
  },
  'apps.page.mvv.lead': {
    nl: 'Met een mvv mag de vreemdeling Nederland inreizen. U vraagt de mvv tegelijk met de verblijfsvergunning aan (toegang en verblijf, TEV), tenzij de vreemdeling geen mvv nodig heeft. Afhankelijk van de nationaliteit moet de vreemdeling binnen 3 maanden na aankomst een tbc-test laten doen.',
    en: 'An MVV allows the foreign national to enter the Netherlands. You apply for it together with the residence permit (entry and residence, TEV), unless the foreign national does not need one. Depending on the nationality, the foreign national must take a tuberculosis (TB) test within 3 months of arrival.',
  },
  'apps.page.antecedents': { nl: 'Antecedentenverklaring', en: 'Antecedents declaration' },
  'apps.page.antecedents.lead': {
    nl: 'De vreemdeling ondertekent de antecedentenverklaring: een verklaring over eerdere veroordelingen in Nederland of een ander land. Bewaar de ondertekende verklaring in uw administratie.',
    en: 'The foreign national signs the antecedents declaration: a statement about earlier convictions in the Netherlands or another country. Keep the signed declaration in your records.',
  },
  'apps.page.currentPermit': { nl: 'Huidige verblijfsvergunning', en: 'Current residence permit' },
  'apps.page.employment': { nl: 'Arbeidsovereenkomst en salaris', en: 'Employment and salary' },
  'apps.page.employment.lead': {
    nl: 'Het bruto maandsalaris moet minstens het salariscriterium voor kennismigranten zijn dat geldt in het jaar waarin u de aanvraag indient. Bij verlenging geldt het salariscriterium op de ingangsdatum van de verlenging.',
    en: 'The gross monthly salary must be at least the salary criterion for highly skilled migrants that applies in the year you submit the application. For an extension, the criterion on the extension’s effective date applies.',
  },
  'apps.page.blueCard': { nl: 'Arbeidsovereenkomst en salaris', en: 'Employment and salary' },
  'apps.page.blueCard.lead': {
    nl: 'Voor de Europese blauwe kaart gelden een eigen salariscriterium en een verlaagd criterium.',
    en: 'The EU Blue Card has its own salary criterion and a lowered criterion.',
  },
  'apps.page.transfer': {
    nl: 'Overplaatsing binnen een onderneming (ICT, richtlijn 2014/66/EU)',
    en: 'Intra-corporate transfer (ICT, Directive 2014/66/EU)',
  },
  'apps.page.research': { nl: 'Onderzoek', en: 'Research' },
  'apps.page.study': { nl: 'Opleiding', en: 'Study programme' },
  'apps.page.auPair': { nl: 'Gastgezin', en: 'Host family' },
  'apps.page.exchange': { nl: 'Uitwisselingsprogramma', en: 'Exchange programme' },
  'apps.page.family': { nl: 'Gezinsband met de werknemer', en: 'Family relationship with the employee' },
  'apps.page.family.lead': {
    nl: 'De persoonsgegevens op de eerste pagina zijn die van het gezinslid. Hier vult u in bij welke werknemer het gezinslid komt wonen. De werknemer is de referent van het gezinslid.',
    en: 'The personal details on the first page are those of the family member. Here you enter which employee the family member joins. The employee is the family member’s sponsor.',
  },

  // Fields
  'apps.field.givenNames': { nl: 'Voornamen', en: 'Given names' },
  'apps.field.surname': { nl: 'Achternaam', en: 'Surname' },
  'apps.field.dateOfBirth': { nl: 'Geboortedatum', en: 'Date of birth' },
  'apps.field.nationality': { nl: 'Nationaliteit', en: 'Nationality' },
  'apps.field.passportNumber': { nl: 'Paspoortnummer', en: 'Passport number' },
  'apps.field.vNumber': { nl: 'V-nummer', en: 'V-number' },
  'apps.field.bsn': { nl: 'Burgerservicenummer (BSN)', en: 'Citizen service number (BSN)' },
  'apps.field.mvvCountry': {
    nl: 'Land waar de mvv wordt opgehaald',
    en: 'Country where the MVV is collected',
  },
  'apps.field.mvvCity': {
    nl: 'Plaats van de ambassade of het consulaat',
    en: 'City of the embassy or consulate',
  },
  'apps.field.permitNumber': {
    nl: 'Documentnummer verblijfsvergunning',
    en: 'Residence permit document number',
  },
  'apps.field.permitExpiry': { nl: 'Einddatum huidige vergunning', en: 'Expiry date of the current permit' },
  'apps.field.jobTitle': { nl: 'Functie', en: 'Job title' },
  'apps.field.employmentStart': { nl: 'Datum indiensttreding', en: 'Date employment starts' },
  'apps.field.studyStart': { nl: 'Begindatum opleiding', en: 'Start date of the programme' },
  'apps.field.researchStart': { nl: 'Begindatum onderzoek', en: 'Start date of the research' },
  'apps.field.stayStart': { nl: 'Begindatum verblijf', en: 'Start date of the stay' },
  'apps.field.contractType': { nl: 'Soort arbeidsovereenkomst', en: 'Type of employment contract' },
  'apps.field.contractEndDate': {
    nl: 'Einddatum arbeidsovereenkomst',
    en: 'End date of the employment contract',
  },
  'apps.field.orientationYearEnd': {
    nl: 'Einddatum verblijfsvergunning zoekjaar hoogopgeleiden',
    en: 'End date of the orientation year permit',
  },
  'apps.field.qualification': {
    nl: 'Hoger onderwijs of werkervaring',
    en: 'Higher education or work experience',
  },
  'apps.field.groupEmploymentStart': {
    nl: 'In dienst bij het concern sinds',
    en: 'Employed within the group since',
  },
  'apps.field.mvv': {
    nl: 'Heeft de vreemdeling een mvv nodig?',
    en: 'Does the foreign national need an MVV?',
  },
  'apps.field.antecedents': {
    nl: 'Heeft de vreemdeling de antecedentenverklaring ondertekend?',
    en: 'Has the foreign national signed the antecedents declaration?',
  },
  'apps.field.previousExchange': {
    nl: 'Heeft de au pair eerder een verblijfsvergunning voor au pair of uitwisseling gehad?',
    en: 'Has the au pair held a residence permit for au pair or exchange before?',
  },
  'apps.field.employeePermit': {
    nl: 'Heeft de werknemer al een verblijfsvergunning?',
    en: 'Does the employee already hold a residence permit?',
  },
  'apps.field.salary': { nl: 'Bruto maandsalaris in euro', en: 'Gross monthly salary in euros' },
  'apps.field.reducedCriterion': {
    nl: 'Geldt het verlaagde salariscriterium?',
    en: 'Does the reduced salary criterion apply?',
  },
  'apps.field.graduationDate': { nl: 'Datum van afstuderen of promotie', en: 'Date of graduation or PhD' },
  'apps.field.contractMonths': {
    nl: 'Duur van de arbeidsovereenkomst in maanden',
    en: 'Length of the employment contract in months',
  },
  'apps.field.loweredCriterion': { nl: 'Verlaagd salariscriterium', en: 'Lowered salary criterion' },
  'apps.field.ictRole': { nl: 'Rol bij de overplaatsing', en: 'Role in the transfer' },
  'apps.field.sendingCompany': { nl: 'Onderneming buiten de EU', en: 'Company outside the EU' },
  'apps.field.sendingCountry': { nl: 'Land van die onderneming', en: 'Country of that company' },
  'apps.field.transferEndDate': { nl: 'Einddatum van de overplaatsing', en: 'End date of the transfer' },
  'apps.field.projectTitle': { nl: 'Titel van het onderzoeksproject', en: 'Title of the research project' },
  'apps.field.hostingAgreementDate': {
    nl: 'Datum van ondertekening van de gastovereenkomst',
    en: 'Date the hosting agreement was signed',
  },
  'apps.field.funding': { nl: 'Financiering van het verblijf', en: 'Funding of the stay' },
  'apps.field.programme': { nl: 'Naam van de opleiding', en: 'Name of the programme' },
  'apps.field.studyLevel': { nl: 'Niveau', en: 'Level' },
  'apps.field.hostFamilyName': { nl: 'Naam van het gastgezin', en: 'Name of the host family' },
  'apps.field.hostFamilyCity': { nl: 'Woonplaats van het gastgezin', en: 'Town of the host family' },
  'apps.field.exchangeProgramme': { nl: 'Naam van het programma', en: 'Name of the programme' },
  'apps.field.endDate': { nl: 'Einddatum', en: 'End date' },
  'apps.field.relationship': { nl: 'Relatie tot de werknemer', en: 'Relationship to the employee' },
  'apps.field.employeeName': { nl: 'Naam van de werknemer', en: 'Name of the employee' },
  'apps.field.employeeVNumber': { nl: 'V-nummer van de werknemer', en: 'V-number of the employee' },

  'apps.hint.asInPassport': { nl: 'Zoals in het paspoort.', en: 'As in the passport.' },
  'apps.hint.date': { nl: 'Bijvoorbeeld 15 3 2027', en: 'For example 15 3 2027' },
  'apps.hint.pastDate': { nl: 'Bijvoorbeeld 30 6 2024', en: 'For example 30 6 2024' },
  'apps.hint.dateOfBirth': { nl: 'Bijvoorbeeld 17 4 1992', en: 'For example 17 4 1992' },
  'apps.hint.nationality': {
    nl: 'Burgers van de EU, de EER en Zwitserland hebben geen verblijfsvergunning nodig.',
    en: 'Citizens of the EU, the EEA and Switzerland do not need a residence permit.',
  },
  'apps.hint.mvv': {
    nl: 'Geen mvv nodig: burgers van Australië, Canada, Japan, Monaco, Nieuw-Zeeland, Zuid-Korea, het Verenigd Koninkrijk, de Verenigde Staten en Vaticaanstad, en wie al een Nederlandse verblijfsvergunning heeft.',
    en: 'No MVV needed: citizens of Australia, Canada, Japan, Monaco, New Zealand, South Korea, the United Kingdom, the United States and Vatican City, and anyone who already holds a Dutch residence permit.',
  },
  'apps.hint.contractEndDate': {
    nl: 'De IND geeft de verblijfsvergunning tot deze datum. Vul de juiste einddatum in.',
    en: 'The IND grants the residence permit until this date. Enter the correct end date.',
  },
  'apps.hint.groupEmploymentStart': {
    nl: 'De werknemer werkt direct voor de overplaatsing minstens 3 maanden bij het concern, buiten de EU.',
    en: 'Right before the transfer the employee has worked for the group, outside the EU, for at least 3 months.',
  },
  'apps.hint.ictSalary': {
    nl: 'Exclusief 8% vakantiegeld. Voor een leidinggevende of specialist geldt het salariscriterium voor kennismigranten.',
    en: 'Excluding the 8% holiday allowance. For a manager or specialist the highly skilled migrant salary criterion applies.',
  },
  'apps.hint.studyLevel': {
    nl: 'Een promovendus komt meestal als onderzoeker naar Nederland: kies dan de aanvraag Onderzoeker.',
    en: 'A PhD candidate usually comes to the Netherlands as a researcher: then choose the Researcher application.',
  },
  'apps.hint.vNumber': {
    nl: 'Het vreemdelingennummer van 10 cijfers, als de IND dat al heeft gegeven.',
    en: 'The 10-digit foreign national number, if the IND has already given one.',
  },
  'apps.hint.bsn': {
    nl: '9 cijfers, alleen als de persoon al een BSN heeft.',
    en: '9 digits, only if the person already has a BSN.',
  },
  'apps.hint.salary': {
    nl: 'Exclusief 8% vakantiegeld. Bijvoorbeeld 5942,00.',
    en: 'Excluding the 8% holiday allowance. For example 5942.00.',
  },
  'apps.hint.reducedCriterion': {
    nl: 'Het verlaagde salariscriterium geldt direct na een verblijfsvergunning zoekjaar hoogopgeleiden, of binnen 3 jaar na afstuderen of promoveren in Nederland of aan een aangewezen buitenlandse universiteit (top 200).',
    en: 'The reduced salary criterion applies directly after an orientation year permit for highly educated persons, or within 3 years after graduating or obtaining a PhD in the Netherlands or at a designated foreign university (top 200).',
  },

  'apps.option.yes': { nl: 'Ja', en: 'Yes' },
  'apps.option.no': { nl: 'Nee', en: 'No' },
  'apps.option.loweredNone': { nl: 'Nee, het gewone criterium', en: 'No, the regular criterion' },
  'apps.option.loweredGraduate': {
    nl: 'Ja: afgestudeerd in de laatste 3 jaar (vul de datum in)',
    en: 'Yes: graduated in the last 3 years (enter the date)',
  },
  'apps.option.reducedOrientationYear': {
    nl: 'Ja: na een verblijfsvergunning zoekjaar hoogopgeleiden (vul de einddatum in)',
    en: 'Yes: after an orientation year permit (enter the end date)',
  },
  'apps.option.reducedGraduated': {
    nl: 'Ja: afgestudeerd of gepromoveerd in de laatste 3 jaar (vul de datum in)',
    en: 'Yes: graduated or obtained a PhD in the last 3 years (enter the date)',
  },
  'apps.option.contractPermanent': { nl: 'Onbepaalde tijd', en: 'Permanent' },
  'apps.option.contractFixed': {
    nl: 'Bepaalde tijd (vul de einddatum in)',
    en: 'Fixed term (enter the end date)',
  },
  'apps.option.qualificationDiploma': {
    nl: 'Diploma hoger onderwijs (minstens 3 jaar)',
    en: 'Higher education diploma (at least 3 years)',
  },
  'apps.option.qualificationExperience': {
    nl: 'Relevante werkervaring in plaats van een diploma',
    en: 'Relevant work experience instead of a diploma',
  },
  'apps.option.mvvApply': {
    nl: 'Ja: de mvv wordt met deze aanvraag aangevraagd (vul land en plaats in)',
    en: 'Yes: the MVV is applied for with this application (enter country and city)',
  },
  'apps.option.mvvExemptNationality': {
    nl: 'Nee: door de nationaliteit is geen mvv nodig',
    en: 'No: no MVV is needed because of the nationality',
  },
  'apps.option.mvvResidencePermit': {
    nl: 'Nee: de vreemdeling heeft al een Nederlandse verblijfsvergunning',
    en: 'No: the foreign national already holds a Dutch residence permit',
  },
  'apps.option.antecedentsNone': {
    nl: 'Ja, en er zijn geen antecedenten',
    en: 'Yes, and there are no antecedents',
  },
  'apps.option.antecedentsSome': {
    nl: 'Ja, en er zijn antecedenten (upload de documenten daarover)',
    en: 'Yes, and there are antecedents (upload the documents about them)',
  },
  'apps.option.antecedentsNotSigned': {
    nl: 'Nee (upload de documenten over eventuele antecedenten)',
    en: 'No (upload the documents about any antecedents)',
  },
  'apps.option.employeeHasPermit': {
    nl: 'Ja (vul het V-nummer van de werknemer in)',
    en: 'Yes (enter the employee’s V-number)',
  },
  'apps.option.employeeApplyingNow': {
    nl: 'Nee: de aanvraag van de werknemer wordt tegelijk ingediend',
    en: 'No: the employee’s application is submitted at the same time',
  },
  'apps.option.manager': { nl: 'Leidinggevende', en: 'Manager' },
  'apps.option.specialist': { nl: 'Specialist', en: 'Specialist' },
  'apps.option.trainee': { nl: 'Trainee', en: 'Trainee' },
  'apps.option.fundingSalary': {
    nl: 'Salaris of beurs van de instelling',
    en: 'Salary or stipend from the institution',
  },
  'apps.option.fundingGrant': { nl: 'Beurs van een derde', en: 'Grant from a third party' },
  'apps.option.fundingOwn': { nl: 'Eigen middelen', en: 'Own means' },
  'apps.option.preparatory': { nl: 'Voorbereidend jaar', en: 'Preparatory year' },
  'apps.option.bachelor': { nl: 'Bachelor', en: 'Bachelor' },
  'apps.option.master': { nl: 'Master', en: 'Master' },
  'apps.option.spouse': { nl: 'Echtgeno(o)t(e)', en: 'Spouse' },
  'apps.option.registeredPartner': { nl: 'Geregistreerd partner', en: 'Registered partner' },
  'apps.option.unmarriedPartner': { nl: 'Ongehuwd partner', en: 'Unmarried partner' },
  'apps.option.child': { nl: 'Minderjarig kind', en: 'Minor child' },

  // Field errors
  // What to do when a field is left empty: each names its field.
  'apps.missing.givenNames': {
    nl: 'Vul de voornamen in, zoals in het paspoort.',
    en: 'Enter the given names, as in the passport.',
  },
  'apps.missing.surname': {
    nl: 'Vul de achternaam in, zoals in het paspoort.',
    en: 'Enter the surname, as in the passport.',
  },
  'apps.missing.dateOfBirth': {
    nl: 'Vul de geboortedatum in, bijvoorbeeld 31-12-1990.',
    en: 'Enter the date of birth, for example 31-12-1990.',
  },
  'apps.missing.nationality': {
    nl: 'Kies de nationaliteit uit de lijst.',
    en: 'Choose the nationality from the list.',
  },
  'apps.missing.passportNumber': {
    nl: 'Vul het paspoortnummer in.',
    en: 'Enter the passport number.',
  },
  'apps.missing.vNumber': {
    nl: 'Vul het V-nummer in.',
    en: 'Enter the V-number.',
  },
  'apps.missing.bsn': {
    nl: 'Vul het burgerservicenummer in.',
    en: 'Enter the citizen service number.',
  },
  'apps.missing.antecedents': {
    nl: 'Kies of de vreemdeling de antecedentenverklaring heeft ondertekend.',
    en: 'Choose whether the foreign national has signed the antecedents declaration.',
  },
  'apps.missing.mvv': {
    nl: 'Kies of de vreemdeling een mvv nodig heeft.',
    en: 'Choose whether the foreign national needs an MVV.',
  },
  'apps.missing.mvvCountry': {
    nl: 'Kies het land waar de mvv wordt opgehaald.',
    en: 'Choose the country where the MVV is collected.',
  },
  'apps.missing.mvvCity': {
    nl: 'Vul de plaats van de ambassade of het consulaat in.',
    en: 'Enter the city of the embassy or consulate.',
  },
  'apps.missing.permitNumber': {
    nl: 'Vul het documentnummer van de verblijfsvergunning in.',
    en: 'Enter the document number of the residence permit.',
  },
  'apps.missing.permitExpiry': {
    nl: 'Vul de einddatum van de huidige vergunning in.',
    en: 'Enter the expiry date of the current permit.',
  },
  'apps.missing.jobTitle': {
    nl: 'Vul de functie in.',
    en: 'Enter the job title.',
  },
  'apps.missing.employmentStart': {
    nl: 'Vul de datum van indiensttreding in.',
    en: 'Enter the date employment starts.',
  },
  'apps.missing.studyStart': {
    nl: 'Vul de begindatum van de opleiding in.',
    en: 'Enter the start date of the programme.',
  },
  'apps.missing.researchStart': {
    nl: 'Vul de begindatum van het onderzoek in.',
    en: 'Enter the start date of the research.',
  },
  'apps.missing.stayStart': {
    nl: 'Vul de begindatum van het verblijf in.',
    en: 'Enter the start date of the stay.',
  },
  'apps.missing.contractType': {
    nl: 'Kies of de arbeidsovereenkomst voor bepaalde of onbepaalde tijd is.',
    en: 'Choose whether the employment contract is fixed-term or permanent.',
  },
  'apps.missing.contractEndDate': {
    nl: 'Vul de einddatum van de arbeidsovereenkomst in.',
    en: 'Enter the end date of the employment contract.',
  },
  'apps.missing.salary': {
    nl: 'Vul het bruto maandsalaris in euro in, bijvoorbeeld 5942,00.',
    en: 'Enter the gross monthly salary in euros, for example 5942.00.',
  },
  'apps.missing.reducedCriterion': {
    nl: 'Kies of het verlaagde salariscriterium geldt.',
    en: 'Choose whether the reduced salary criterion applies.',
  },
  'apps.missing.orientationYearEnd': {
    nl: 'Vul de einddatum van de verblijfsvergunning zoekjaar hoogopgeleiden in.',
    en: 'Enter the end date of the orientation year permit.',
  },
  'apps.missing.graduationDate': {
    nl: 'Vul de datum van afstuderen of promotie in.',
    en: 'Enter the date of graduation or PhD.',
  },
  'apps.missing.contractMonths': {
    nl: 'Vul de duur van de arbeidsovereenkomst in maanden in.',
    en: 'Enter the length of the employment contract in months.',
  },
  'apps.missing.qualification': {
    nl: 'Kies of de werknemer een diploma hoger onderwijs of relevante werkervaring heeft.',
    en: 'Choose whether the employee has a higher education diploma or relevant work experience.',
  },
  'apps.missing.loweredCriterion': {
    nl: 'Kies of het verlaagde salariscriterium geldt.',
    en: 'Choose whether the lowered salary criterion applies.',
  },
  'apps.missing.ictRole': {
    nl: 'Kies de rol bij de overplaatsing.',
    en: 'Choose the role in the transfer.',
  },
  'apps.missing.sendingCompany': {
    nl: 'Vul de naam van de onderneming buiten de EU in.',
    en: 'Enter the name of the company outside the EU.',
  },
  'apps.missing.sendingCountry': {
    nl: 'Kies het land van de onderneming buiten de EU.',
    en: 'Choose the country of the company outside the EU.',
  },
  'apps.missing.groupEmploymentStart': {
    nl: 'Vul in sinds wanneer de werknemer bij het concern in dienst is.',
    en: 'Enter since when the employee has worked within the group.',
  },
  'apps.missing.transferEndDate': {
    nl: 'Vul de einddatum van de overplaatsing in.',
    en: 'Enter the end date of the transfer.',
  },
  'apps.missing.projectTitle': {
    nl: 'Vul de titel van het onderzoeksproject in.',
    en: 'Enter the title of the research project.',
  },
  'apps.missing.hostingAgreementDate': {
    nl: 'Vul de datum van ondertekening van de gastovereenkomst in.',
    en: 'Enter the date the hosting agreement was signed.',
  },
  'apps.missing.funding': {
    nl: 'Kies minstens één manier waarop het verblijf wordt betaald.',
    en: 'Choose at least one way the stay is funded.',
  },
  'apps.missing.programme': {
    nl: 'Vul de naam van de opleiding in.',
    en: 'Enter the name of the programme.',
  },
  'apps.missing.studyLevel': {
    nl: 'Kies het niveau van de opleiding.',
    en: 'Choose the level of the programme.',
  },
  'apps.missing.hostFamilyName': {
    nl: 'Vul de naam van het gastgezin in.',
    en: 'Enter the name of the host family.',
  },
  'apps.missing.hostFamilyCity': {
    nl: 'Vul de woonplaats van het gastgezin in.',
    en: 'Enter the town of the host family.',
  },
  'apps.missing.previousExchange': {
    nl: 'Kies of de au pair eerder een verblijfsvergunning voor au pair of uitwisseling had.',
    en: 'Choose whether the au pair held a residence permit for au pair or exchange before.',
  },
  'apps.missing.exchangeProgramme': {
    nl: 'Vul de naam van het programma in.',
    en: 'Enter the name of the programme.',
  },
  'apps.missing.endDate': {
    nl: 'Vul de einddatum in.',
    en: 'Enter the end date.',
  },
  'apps.missing.relationship': {
    nl: 'Kies de relatie tot de werknemer.',
    en: 'Choose the relationship to the employee.',
  },
  'apps.missing.employeeName': {
    nl: 'Vul de naam van de werknemer in.',
    en: 'Enter the name of the employee.',
  },
  'apps.missing.employeePermit': {
    nl: 'Kies of de werknemer al een verblijfsvergunning heeft.',
    en: 'Choose whether the employee already holds a residence permit.',
  },
  'apps.missing.employeeVNumber': {
    nl: 'Vul het V-nummer van de werknemer in.',
    en: 'Enter the employee’s V-number.',
  },
  'apps.error.wrongType': {
    nl: 'De waarde bij {field} kunnen we niet verwerken. Vul {field} opnieuw in.',
    en: 'We cannot process the value of {field}. Fill in {field} again.',
  },
  'apps.error.tooLong': {
    nl: '{field} mag hoogstens {max} tekens lang zijn.',
    en: '{field} must be {max} characters or fewer.',
  },
  'apps.error.option': {
    nl: 'Kies bij {field} een van de mogelijkheden.',
    en: 'For {field}, choose one of the options.',
  },
  'apps.error.country': {
    nl: 'Kies bij {field} een land uit de lijst.',
    en: 'For {field}, choose a country from the list.',
  },
  'apps.error.nationality': {
    nl: 'Kies bij {field} een nationaliteit uit de lijst, of Staatloos of Nationaliteit onbekend.',
    en: 'For {field}, choose a nationality from the list, or Stateless or Nationality unknown.',
  },
  'apps.error.money': {
    nl: 'Vul bij {field} een bedrag in euro in, bijvoorbeeld 5942,00.',
    en: 'Enter {field} as an amount in euros, for example 5942.00.',
  },
  'apps.error.integer': {
    nl: 'Vul bij {field} een heel getal in.',
    en: 'Enter {field} as a whole number.',
  },
  'apps.error.range': {
    nl: 'Vul bij {field} een getal in van {min} tot en met {max}.',
    en: 'Enter {field} as a number from {min} to {max}.',
  },
  'apps.error.name': {
    nl: 'Gebruik bij {field} alleen letters, spaties, apostrof, punt en koppelteken.',
    en: 'For {field}, use only letters, spaces, apostrophes, full stops and hyphens.',
  },
  'apps.error.passportNumber': {
    nl: 'Een paspoortnummer heeft 6 tot 9 letters of cijfers.',
    en: 'A passport number has 6 to 9 letters or digits.',
  },
  'apps.error.permitNumber': {
    nl: 'Het documentnummer heeft 8 tot 10 letters of cijfers.',
    en: 'The document number has 8 to 10 letters or digits.',
  },
  'apps.error.vNumber': {
    nl: 'Een V-nummer heeft precies 10 cijfers.',
    en: 'A V-number has exactly 10 digits.',
  },
  'apps.error.bsnFormat': { nl: 'Een BSN heeft precies 9 cijfers.', en: 'A BSN has exactly 9 digits.' },
  'apps.error.bsnCheck': {
    nl: 'Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer de cijfers.',
    en: 'This is not a valid BSN: it fails the eleven test. Check the digits.',
  },

  // Rules
  'apps.rule.startInPast': {
    nl: 'De begindatum mag voor deze aanvraag niet in het verleden liggen (vandaag is {today}).',
    en: 'For this application the start date cannot be in the past (today is {today}).',
  },
  'apps.rule.startTooEarly': {
    nl: 'De begindatum mag voor deze aanvraag maximaal {days} dagen in het verleden liggen: op of na {date}.',
    en: 'For this application the start date may be at most {days} days in the past: on or after {date}.',
  },
  'apps.rule.endAfterStart': {
    nl: 'De einddatum moet na de begindatum liggen.',
    en: 'The end date must be after the start date.',
  },
  'apps.rule.graduationFuture': {
    nl: 'De datum van afstuderen kan niet in de toekomst liggen.',
    en: 'The date of graduation cannot be in the future.',
  },
  'apps.rule.graduationTooLongAgo': {
    nl: 'Het verlaagde salariscriterium geldt alleen binnen 3 jaar na afstuderen of promoveren: de datum moet op of na {date} liggen.',
    en: 'The reduced salary criterion only applies within 3 years after graduation or PhD: the date must be on or after {date}.',
  },
  'apps.rule.orientationYearTooLongAgo': {
    nl: 'Het verlaagde salariscriterium geldt alleen als de verblijfsvergunning zoekjaar hoogopgeleiden minder dan 3 jaar geleden is geëindigd: de einddatum moet op of na {date} liggen.',
    en: 'The reduced salary criterion only applies if the orientation year permit ended less than 3 years ago: the end date must be on or after {date}.',
  },
  'apps.rule.amountsMissing': {
    nl: 'De salariscriteria voor {year} zijn nog niet bekend in het portaal. De IND maakt ze bekend en voegt ze toe; tot dan kunnen we het salaris niet controleren. Sla de aanvraag op en ga later verder.',
    en: 'The salary criteria for {year} are not yet known in the portal. The IND publishes and adds them; until then we cannot check the salary. Save the application and continue later.',
  },
  'apps.rule.groupEmployment': {
    nl: 'De werknemer moet direct voor de overplaatsing minstens 3 maanden bij het concern werken. Vul een datum in die minstens 3 maanden voor de datum van indiensttreding ligt.',
    en: 'The employee must have worked within the group for at least 3 months right before the transfer. Enter a date at least 3 months before the date employment starts.',
  },
  'apps.rule.freeMovement': {
    nl: 'Burgers van de EU, de EER en Zwitserland hebben geen verblijfsvergunning nodig om in Nederland te werken, te studeren of te verblijven. Voor hen dient u geen aanvraag in.',
    en: 'Citizens of the EU, the EEA and Switzerland do not need a residence permit to work, study or stay in the Netherlands. Do not submit an application for them.',
  },
  'apps.rule.mvvNotNeeded': {
    nl: 'Met deze nationaliteit is geen mvv nodig. Kies ‘Nee: door de nationaliteit is geen mvv nodig’.',
    en: 'With this nationality no MVV is needed. Choose ‘No: no MVV is needed because of the nationality’.',
  },
  'apps.rule.mvvNotExempt': {
    nl: 'Met deze nationaliteit is een mvv nodig, tenzij de vreemdeling al een Nederlandse verblijfsvergunning heeft. Kies een andere mogelijkheid.',
    en: 'With this nationality an MVV is needed, unless the foreign national already holds a Dutch residence permit. Choose another option.',
  },
  'apps.rule.tevExempt': {
    nl: 'Met deze nationaliteit is geen mvv nodig. Dien in plaats van deze aanvraag de aanvraag ‘Kennismigrant – verblijfsvergunning zonder mvv’ in.',
    en: 'With this nationality no MVV is needed. Instead of this application, submit ‘Highly skilled migrant – residence permit only’.',
  },
  'apps.rule.previousExchange': {
    nl: 'Een au pair mag niet eerder een verblijfsvergunning voor au pair of uitwisseling hebben gehad.',
    en: 'An au pair may not have held a residence permit for au pair or exchange before.',
  },
  'apps.rule.salaryHsm30Plus': {
    nl: 'Salariscriterium kennismigrant {year}, 30 jaar of ouder: het bruto maandsalaris moet minstens {amount} zijn (exclusief vakantiegeld).',
    en: 'Highly skilled migrant salary criterion {year}, aged 30 or over: the gross monthly salary must be at least {amount} (excluding holiday allowance).',
  },
  'apps.rule.salaryHsmUnder30': {
    nl: 'Salariscriterium kennismigrant {year}, jonger dan 30 jaar: het bruto maandsalaris moet minstens {amount} zijn (exclusief vakantiegeld).',
    en: 'Highly skilled migrant salary criterion {year}, younger than 30: the gross monthly salary must be at least {amount} (excluding holiday allowance).',
  },
  'apps.rule.salaryHsmReduced': {
    nl: 'Verlaagd salariscriterium kennismigrant {year}: het bruto maandsalaris moet minstens {amount} zijn (exclusief vakantiegeld).',
    en: 'Reduced highly skilled migrant salary criterion {year}: the gross monthly salary must be at least {amount} (excluding holiday allowance).',
  },
  'apps.rule.salaryBlueCard': {
    nl: 'Salariscriterium Europese blauwe kaart {year}: het bruto maandsalaris moet minstens {amount} zijn (exclusief vakantiegeld).',
    en: 'EU Blue Card salary criterion {year}: the gross monthly salary must be at least {amount} (excluding holiday allowance).',
  },
  'apps.rule.salaryBlueCardLowered': {
    nl: 'Verlaagd salariscriterium Europese blauwe kaart {year}: het bruto maandsalaris moet minstens {amount} zijn (exclusief vakantiegeld).',
    en: 'Lowered EU Blue Card salary criterion {year}: the gross monthly salary must be at least {amount} (excluding holiday allowance).',
  },
  'apps.rule.blueCardContract': {
    nl: 'Voor de Europese blauwe kaart is een arbeidsovereenkomst van minstens 6 maanden nodig.',
    en: 'The EU Blue Card requires an employment contract of at least 6 months.',
  },
  'apps.rule.permitExpired': {
    nl: 'De huidige vergunning is verlopen. Verlengen of wijzigen kan alleen zolang de vergunning geldig is.',
    en: 'The current permit has expired. It can only be extended or changed while it is valid.',
  },
  'apps.rule.extensionTooEarly': {
    nl: 'Verlengen kan op zijn vroegst {months} maanden vóór de einddatum van de vergunning: voor deze vergunning vanaf {date}.',
    en: 'An extension can be applied for at the earliest {months} months before the permit expires: for this permit from {date}.',
  },
  'apps.rule.dobFuture': {
    nl: 'Vul een geboortedatum in het verleden in.',
    en: 'Enter a date of birth in the past.',
  },
  'apps.rule.dobTooOld': {
    nl: 'Controleer de geboortedatum: de persoon zou ouder zijn dan 120 jaar.',
    en: 'Check the date of birth: the person would be older than 120.',
  },
  'apps.rule.auPairAge': {
    nl: 'Een au pair is op de dag van indienen minstens 18 en maximaal 30 jaar oud (deze persoon: {age}).',
    en: 'An au pair is at least 18 and at most 30 years old on the day of filing (this person: {age}).',
  },
  'apps.rule.childAge': {
    nl: 'Een kind kan alleen als minderjarig kind (jonger dan 18) bij de werknemer komen wonen.',
    en: 'A child can only join the employee as a minor child (younger than 18).',
  },
  'apps.rule.ictDuration': {
    nl: 'Een overplaatsing binnen een onderneming duurt voor deze rol maximaal {years} jaar.',
    en: 'An intra-corporate transfer lasts at most {years} years for this role.',
  },
  'apps.rule.exchangeDuration': {
    nl: 'Een uitwisseling duurt maximaal 1 jaar.',
    en: 'An exchange lasts at most 1 year.',
  },
  'apps.rule.signedInFuture': {
    nl: 'De datum van ondertekening kan niet in de toekomst liggen.',
    en: 'The date of signing cannot be in the future.',
  },

  // Documents
  'apps.documents.title': { nl: 'Documenten', en: 'Documents' },
  'apps.documents.lead': {
    nl: 'Upload voor elk soort document minstens één bestand: PDF, JPG of PNG, maximaal {maxSize} per bestand en {maxFiles} bestanden per aanvraag.',
    en: 'Upload at least one file for each kind of document: PDF, JPG or PNG, at most {maxSize} per file and {maxFiles} files per application.',
  },
  'apps.documents.missing': { nl: 'Nog niet geüpload', en: 'Not uploaded yet' },
  'apps.documents.uploadedFor': { nl: 'Geüploade bestanden: {type}', en: 'Uploaded files: {type}' },
  'apps.documents.file': { nl: 'Bestand', en: 'File' },
  'apps.documents.size': { nl: 'Grootte', en: 'Size' },
  'apps.documents.remove': { nl: 'Verwijderen', en: 'Remove' },
  'apps.documents.uploadTitle': { nl: 'Bestand toevoegen', en: 'Add a file' },
  'apps.documents.type': { nl: 'Soort document', en: 'Kind of document' },
  'apps.documents.fileHint': {
    nl: 'PDF, JPG of PNG, maximaal {maxSize}.',
    en: 'PDF, JPG or PNG, at most {maxSize}.',
  },
  'apps.documents.upload': { nl: 'Uploaden', en: 'Upload' },
  'apps.documents.continueHint': {
    nl: 'Hebt u een bestand gekozen maar nog niet geüpload? Dan uploaden we het als u verdergaat.',
    en: 'Have you chosen a file but not uploaded it yet? Then we upload it when you continue.',
  },
  'apps.documents.uploaded': { nl: 'Het bestand is geüpload.', en: 'The file has been uploaded.' },
  'apps.documents.removed': { nl: 'Het bestand is verwijderd.', en: 'The file has been removed.' },
  'apps.documents.confirmRemove.title': {
    nl: 'Weet u zeker dat u dit bestand wilt verwijderen?',
    en: 'Are you sure you want to remove this file?',
  },
  'apps.documents.confirmRemove.body': {
    nl: 'U verwijdert ‘{name}’ uit deze aanvraag.',
    en: 'You are removing ‘{name}’ from this application.',
  },
  'apps.documents.confirmRemove.yes': { nl: 'Ja, verwijderen', en: 'Yes, remove' },
  'apps.documents.confirmRemove.no': { nl: 'Nee, terug naar de documenten', en: 'No, back to the documents' },
  'apps.documents.continue': { nl: 'Verder naar controleren', en: 'Continue to check' },
  'apps.upload.empty': { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  'apps.upload.type': {
    nl: 'Dit bestand is geen PDF, JPG of PNG. Alleen die soorten accepteren we; we kijken naar de inhoud, niet naar de naam.',
    en: 'This file is not a PDF, JPG or PNG. We accept only those; we look at the content, not the name.',
  },
  'apps.upload.mismatch': {
    nl: 'De inhoud van het bestand past niet bij de naam (bijvoorbeeld een PNG met de naam .pdf). Sla het bestand op in de juiste vorm en probeer het opnieuw.',
    en: 'The content of the file does not match its name (for example a PNG named .pdf). Save the file in the right format and try again.',
  },
  'apps.upload.tooLarge': {
    nl: 'Het bestand is groter dan {maxSize}. Verklein het bestand (bijvoorbeeld door te scannen met een lagere resolutie) en probeer het opnieuw.',
    en: 'The file is larger than {maxSize}. Make it smaller (for example by scanning at a lower resolution) and try again.',
  },
  'apps.upload.nestedFilters': {
    nl: 'Deze PDF gebruikt meerdere compressies over elkaar. Zo’n bestand accepteren we niet. Sla het bestand opnieuw op als PDF (bijvoorbeeld via Afdrukken > Opslaan als PDF) en probeer het opnieuw.',
    en: 'This PDF uses several layers of compression. We do not accept such a file. Print it to a new PDF and try again.',
  },
  'apps.upload.tooMany': {
    nl: 'Deze aanvraag heeft al {maxFiles} bestanden, het maximum. Verwijder eerst een bestand.',
    en: 'This application already has {maxFiles} files, the maximum. Remove a file first.',
  },
  'apps.upload.noFile': {
    nl: 'Kies een bestand en het soort document.',
    en: 'Choose a file and the kind of document.',
  },

  // Check your answers
  'apps.check.title': { nl: 'Controleer uw aanvraag', en: 'Check your application' },
  'apps.check.change': { nl: 'Wijzigen', en: 'Change' },
  'apps.check.continue': {
    nl: 'Verder naar verklaring en indienen',
    en: 'Continue to declaration and submit',
  },
  'apps.check.incompleteTitle': {
    nl: 'De aanvraag is nog niet compleet',
    en: 'The application is not complete yet',
  },
  'apps.check.incompleteBody': {
    nl: 'Vul de ontbrekende gegevens aan of upload de ontbrekende documenten. Daarna kunt u de aanvraag indienen.',
    en: 'Complete the missing details or upload the missing documents. Then you can submit the application.',
  },
  'apps.check.pageIncomplete': {
    nl: 'Deze gegevens zijn niet compleet of kloppen niet meer.',
    en: 'These details are incomplete or no longer valid.',
  },

  // Declaration and fee
  'apps.declaration.title': { nl: 'Verklaring en indienen', en: 'Declaration and submit' },
  'apps.declaration.feeTitle': { nl: 'Leges en betaling', en: 'Fee and payment' },
  'apps.declaration.feeValue': { nl: '{fee} (tarief {year})', en: '{fee} ({year} rate)' },
  'apps.declaration.decisionDays': { nl: '{days} dagen', en: '{days} days' },
  'apps.declaration.legend': { nl: 'Verklaring van de referent', en: 'Declaration of the sponsor' },
  'apps.declaration.legendEmployee': {
    nl: 'Verklaring namens de werknemer (referent van het gezinslid)',
    en: 'Declaration on behalf of the employee (the family member’s sponsor)',
  },
  'apps.declaration.text1Employee': {
    nl: 'Ik verklaar dat ik deze aanvraag indien namens de werknemer, die de referent is van zijn of haar gezinslid, en dat de werknemer mij daarvoor toestemming heeft gegeven. Ik ben bevoegd om namens de organisatie in te loggen.',
    en: 'I declare that I submit this application on behalf of the employee, who is the sponsor of their family member, and that the employee has given me permission to do so. I am authorised to log in on behalf of the organisation.',
  },
  'apps.declaration.text3Employee': {
    nl: 'Ik weet dat de werknemer als referent van het gezinslid wijzigingen in de gezinssituatie aan de IND moet doorgeven.',
    en: 'I know that the employee, as the family member’s sponsor, must report changes in the family situation to the IND.',
  },
  'apps.declaration.text1': {
    nl: 'Ik verklaar dat ik deze aanvraag indien namens de organisatie waarvoor ik ben ingelogd, en dat ik daartoe bevoegd ben.',
    en: 'I declare that I submit this application on behalf of the organisation I am logged in for, and that I am authorised to do so.',
  },
  'apps.declaration.text2': {
    nl: 'Ik verklaar dat ik alle gegevens naar waarheid heb ingevuld en dat de documenten echt en volledig zijn. Als gegevens onjuist blijken, kan de IND de vergunning weigeren of intrekken en een boete opleggen.',
    en: 'I declare that I have entered all details truthfully and that the documents are genuine and complete. If details prove incorrect, the IND may refuse or withdraw the permit and impose a fine.',
  },
  'apps.declaration.text3': {
    nl: 'Ik weet dat de organisatie als erkend referent een informatieplicht heeft (wijzigingen binnen 4 weken melden) en een administratieplicht (gegevens bewaren tot 5 jaar na het einde van het referentschap).',
    en: 'I know that the organisation, as a recognised sponsor, has a duty to inform (report changes within 4 weeks) and a duty to keep records (until 5 years after the sponsorship ends).',
  },
  'apps.declaration.agree': {
    nl: 'Ik ga akkoord met deze verklaring',
    en: 'I agree with this declaration',
  },
  'apps.declaration.required': {
    nl: 'Vink de verklaring aan om de aanvraag in te dienen.',
    en: 'Tick the declaration to submit the application.',
  },
  'apps.declaration.submit': { nl: 'Aanvraag indienen', en: 'Submit application' },
  'apps.amountsMissing.title': {
    nl: 'De leges voor {year} zijn nog niet bekend',
    en: 'The fees for {year} are not known yet',
  },
  'apps.amountsMissing.body': {
    nl: 'De IND maakt de leges en salariscriteria voor {year} bekend en voegt ze toe aan het portaal. Tot dan kunt u deze aanvraag niet indienen. Uw aanvraag blijft bewaard; dien haar later in. Wij zijn op de hoogte.',
    en: 'The IND publishes the fees and salary criteria for {year} and adds them to the portal. Until then you cannot submit this application. Your application is kept; submit it later. We are aware of this.',
  },
  'apps.serviceTarget.weeks': {
    nl: '2 weken als de aanvraag compleet is, 7 weken als er iets ontbreekt of extra onderzoek nodig is. Dit is een streeftermijn van de IND voor erkende referenten, geen wettelijke termijn.',
    en: '2 weeks when the application is complete, 7 weeks when something is missing or further investigation is needed. This is a target of the IND for recognised sponsors, not a legal period.',
  },
  'apps.serviceTarget.value': {
    nl: '{complete} als de aanvraag compleet is, {incomplete} als er iets ontbreekt of extra onderzoek nodig is. Dit is een streefdatum van de IND voor erkende referenten, geen wettelijke termijn.',
    en: '{complete} when the application is complete, {incomplete} when something is missing or further investigation is needed. This is a target of the IND for recognised sponsors, not a legal period.',
  },
  'apps.fee.directDebit': {
    nl: 'Automatische incasso: de IND schrijft de leges af via de eenmalige machtiging van uw organisatie.',
    en: 'Direct debit: the IND collects the fee through your organisation’s one-off direct-debit mandate.',
  },
  'apps.fee.paymentLetter': {
    nl: 'Betaalbrief: u ontvangt een brief om de leges te betalen. De IND neemt de aanvraag in behandeling als de leges zijn betaald.',
    en: 'Payment letter: you receive a letter to pay the fee. The IND handles the application once the fee is paid.',
  },

  // Confirmation, receipt and mail
  'apps.confirmation.title': { nl: 'Aanvraag ingediend', en: 'Application submitted' },
  'apps.confirmation.reference': {
    nl: 'Uw kenmerk is {reference}. Noem dit kenmerk als u contact opneemt met de IND.',
    en: 'Your reference number is {reference}. Mention it when you contact the IND.',
  },
  'apps.confirmation.heading': { nl: 'Uw aanvraag', en: 'Your application' },
  'apps.confirmation.mention': {
    nl: 'Noem deze referentie als u contact opneemt met de IND. U krijgt ook een bevestiging per e-mail.',
    en: 'Mention this reference when you contact the IND. You also receive a confirmation by e-mail.',
  },
  'apps.confirmation.decisionBy': { nl: 'Uiterste beslisdatum', en: 'Decision due by' },
  'apps.confirmation.receipt': {
    nl: 'Ontvangstbevestiging downloaden (PDF)',
    en: 'Download the receipt (PDF)',
  },
  'apps.confirmation.nextTitle': { nl: 'Wat gebeurt er nu?', en: 'What happens next?' },
  'apps.confirmation.nextMail': {
    nl: 'U ontvangt een bevestiging per e-mail op het e-mailadres van uw organisatie, met de ontvangstbevestiging als bijlage.',
    en: 'You receive a confirmation by e-mail at your organisation’s e-mail address, with the receipt attached.',
  },
  'apps.confirmation.nextDecision': {
    nl: 'De IND schrijft de leges af via de incasso en laat u per brief weten wanneer er een besluit is.',
    en: 'The IND collects the fee by direct debit and lets you know by letter when there is a decision.',
  },
  'apps.confirmation.nextLetter': {
    nl: 'De IND stuurt u een betaalbrief en laat u per brief weten wanneer er een besluit is.',
    en: 'The IND sends you a payment letter and lets you know by letter when there is a decision.',
  },
  'apps.confirmation.another': { nl: 'Nog een aanvraag indienen', en: 'Submit another application' },
  'apps.receipt.title': { nl: 'Ontvangstbevestiging', en: 'Receipt' },
  'apps.receipt.filename': { nl: 'ontvangstbevestiging', en: 'receipt' },
  'apps.receipt.reference': { nl: 'Kenmerk', en: 'Reference number' },
  'apps.receipt.submittedAt': { nl: 'Ingediend op', en: 'Submitted on' },
  'apps.receipt.type': { nl: 'Soort aanvraag', en: 'Type of application' },
  'apps.receipt.organisation': { nl: 'Ingediend door', en: 'Submitted by' },
  'apps.receipt.fee': { nl: 'Leges', en: 'Fee' },
  'apps.receipt.payment': { nl: 'Betaling', en: 'Payment' },
  'apps.receipt.decisionPeriod': { nl: 'Beslistermijn', en: 'Decision period' },
  'apps.receipt.serviceTarget': { nl: 'Streeftermijn', en: 'Service target' },
  'apps.receipt.decisionPeriodValue': {
    nl: '{days} dagen: uiterste beslisdatum {date}',
    en: '{days} days: by {date} at the latest',
  },
  'apps.receipt.footer': {
    nl: 'Deze ontvangstbevestiging is automatisch gemaakt door het Portaal Zakelijk van de IND. Bewaar deze ontvangstbevestiging in uw administratie.',
    en: 'This receipt was made automatically by the IND Business Portal. Keep it with your records.',
  },
  'apps.mail.subject': {
    nl: 'Ontvangstbevestiging aanvraag {reference}',
    en: 'Receipt of application {reference}',
  },
  'apps.mail.body': {
    nl: 'Geachte heer, mevrouw,\n\nDe IND heeft de aanvraag "{type}" van {organisation} ontvangen onder kenmerk {reference}.\n\nLeges: {fee}. De beslistermijn is {days} dagen: de uiterste beslisdatum is {date}.\n\nDe ontvangstbevestiging zit als PDF bij deze e-mail. U kunt deze ook downloaden in het Portaal Zakelijk.\n\nMet vriendelijke groet,\nImmigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nThe IND has received the application "{type}" from {organisation} under reference number {reference}.\n\nFee: {fee}. The decision period is {days} days: the decision is due by {date}.\n\nThe receipt is attached to this e-mail as a PDF. You can also download it in the IND Business Portal.\n\nKind regards,\nImmigration and Naturalisation Service',
  },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof applicationMessages> {}
}
