import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the applications module (catalogue, form engine, documents, submission). */
export const applicationMessages = {
  // Catalogue
  'apps.catalogue.title': { nl: 'Aanvraag indienen', en: 'Submit an application' },
  'apps.catalogue.lead': {
    nl: 'U ziet alleen de aanvragen die u als werkgever of instelling voor uw werknemers of studenten indient.',
    en: 'You only see the applications that you, as employer or institution, submit for your employees or students.',
  },
  'apps.catalogue.drafts': {
    nl: 'Verder met een opgeslagen aanvraag ({count})',
    en: 'Continue with a saved application ({count})',
  },
  'apps.catalogue.feeAndPeriod': {
    nl: 'Leges {year}: {fee}. Beslistermijn: {days} dagen.',
    en: 'Fee {year}: {fee}. Decision period: {days} days.',
  },
  'apps.catalogue.start': { nl: 'Start aanvraag', en: 'Start application' },
  'apps.catalogue.recognitionTitle': {
    nl: 'Alleen voor erkend referenten',
    en: 'Only for recognised sponsors',
  },
  'apps.catalogue.recognitionBody': {
    nl: 'Deze aanvragen kan uw organisatie pas indienen als de IND haar heeft erkend als referent voor het genoemde doel.',
    en: 'Your organisation can only submit these applications once the IND has recognised it as a sponsor for the purpose named.',
  },
  'apps.catalogue.needs': { nl: 'erkenning {category} nodig', en: 'needs recognition for {category}' },
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
    nl: 'Aantal opgeslagen aanvragen dat binnen een week wordt verwijderd: {count}. Open een aanvraag om haar te bewaren.',
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
  'apps.drafts.newApplication': { nl: 'Nieuwe aanvraag starten', en: 'Start a new application' },

  // Steps
  'apps.step': { nl: 'Stap {n} van {of}', en: 'Step {n} of {of}' },
  'apps.errorPrefix': { nl: 'Fout:', en: 'Error:' },
  'apps.optional': { nl: '(niet verplicht)', en: '(optional)' },
  'apps.select.choose': { nl: 'Maak een keuze', en: 'Choose' },
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
  'apps.page.currentPermit': { nl: 'Huidige verblijfsvergunning', en: 'Current residence permit' },
  'apps.page.employment': { nl: 'Arbeidsovereenkomst en salaris', en: 'Employment and salary' },
  'apps.page.employment.lead': {
    nl: 'Het bruto maandsalaris moet voldoen aan het inkomenscriterium voor kennismigranten van het jaar van indienen.',
    en: 'The gross monthly salary must meet the income criterion for highly skilled migrants of the year of filing.',
  },
  'apps.page.blueCard': { nl: 'Arbeidsovereenkomst en salaris', en: 'Employment and salary' },
  'apps.page.blueCard.lead': {
    nl: 'Voor de Europese blauwe kaart gelden een eigen salariscriterium en een verlaagd criterium.',
    en: 'The EU Blue Card has its own salary criterion and a lowered criterion.',
  },
  'apps.page.transfer': { nl: 'Overplaatsing binnen het concern', en: 'Transfer within the group' },
  'apps.page.research': { nl: 'Onderzoek', en: 'Research' },
  'apps.page.study': { nl: 'Opleiding', en: 'Study programme' },
  'apps.page.auPair': { nl: 'Gastgezin', en: 'Host family' },
  'apps.page.exchange': { nl: 'Uitwisselingsprogramma', en: 'Exchange programme' },
  'apps.page.family': { nl: 'Gezinsband met de werknemer', en: 'Family relationship with the employee' },
  'apps.page.family.lead': {
    nl: 'De persoonsgegevens op de vorige pagina zijn die van het gezinslid. Hier vult u in bij welke werknemer het gezinslid komt wonen.',
    en: 'The personal details on the previous page are those of the family member. Here you enter which employee the family member joins.',
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
  'apps.field.startDate': { nl: 'Begindatum', en: 'Start date' },
  'apps.field.salary': { nl: 'Bruto maandsalaris in euro', en: 'Gross monthly salary in euros' },
  'apps.field.reducedCriterion': {
    nl: 'Geldt het verlaagde criterium na afstuderen?',
    en: 'Does the reduced criterion after graduation apply?',
  },
  'apps.field.graduationDate': { nl: 'Datum van afstuderen', en: 'Date of graduation' },
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
  'apps.hint.date': { nl: 'Bijvoorbeeld 31-12-2026.', en: 'For example 31-12-2026.' },
  'apps.hint.vNumber': {
    nl: 'Het vreemdelingennummer van 10 cijfers, als de IND dat al heeft gegeven.',
    en: 'The 10-digit foreign national number, if the IND has already given one.',
  },
  'apps.hint.bsn': {
    nl: '9 cijfers, alleen als de persoon al een BSN heeft.',
    en: '9 digits, only if the person already has a BSN.',
  },
  'apps.hint.salary': {
    nl: 'Zonder 8% vakantiegeld. Bijvoorbeeld 5942,00.',
    en: 'Without the 8% holiday allowance. For example 5942.00.',
  },
  'apps.hint.reducedCriterion': {
    nl: 'Het verlaagde criterium geldt binnen 3 jaar na afstuderen in Nederland (of aan een erkende buitenlandse universiteit). Vul dan ook de datum van afstuderen in.',
    en: 'The reduced criterion applies within 3 years after graduating in the Netherlands (or at a recognised foreign university). Then also enter the date of graduation.',
  },

  'apps.option.yes': { nl: 'Ja', en: 'Yes' },
  'apps.option.no': { nl: 'Nee', en: 'No' },
  'apps.option.loweredNone': { nl: 'Nee, het gewone criterium', en: 'No, the regular criterion' },
  'apps.option.loweredShortage': {
    nl: 'Ja: beroep met een tekort aan arbeidskrachten',
    en: 'Yes: an occupation with a labour shortage',
  },
  'apps.option.loweredGraduate': {
    nl: 'Ja: afgestudeerd in de laatste 3 jaar (vul de datum in)',
    en: 'Yes: graduated in the last 3 years (enter the date)',
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
  'apps.option.phd': { nl: 'Promotie', en: 'PhD' },
  'apps.option.spouse': { nl: 'Echtgeno(o)t(e)', en: 'Spouse' },
  'apps.option.partner': { nl: 'Geregistreerd of ongehuwd partner', en: 'Registered or unmarried partner' },
  'apps.option.child': { nl: 'Minderjarig kind', en: 'Minor child' },

  // Field errors
  'apps.error.required': { nl: 'Vul dit veld in.', en: 'Fill in this field.' },
  'apps.error.wrongType': {
    nl: 'Dit veld kreeg een waarde in een vorm die we niet verwerken. Vul het opnieuw in.',
    en: 'This field received a value in a form we do not process. Please fill it in again.',
  },
  'apps.error.tooLong': { nl: 'Gebruik ten hoogste {max} tekens.', en: 'Use at most {max} characters.' },
  'apps.error.date': {
    nl: 'Vul een bestaande datum in, bijvoorbeeld 31-12-2026.',
    en: 'Enter a real date, for example 31-12-2026.',
  },
  'apps.error.option': { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' },
  'apps.error.country': { nl: 'Kies een land uit de lijst.', en: 'Choose a country from the list.' },
  'apps.error.money': {
    nl: 'Vul een bedrag in euro in, bijvoorbeeld 5942,00.',
    en: 'Enter an amount in euros, for example 5942.00.',
  },
  'apps.error.integer': { nl: 'Vul een heel getal in.', en: 'Enter a whole number.' },
  'apps.error.range': {
    nl: 'Vul een getal in van {min} tot en met {max}.',
    en: 'Enter a number from {min} to {max}.',
  },
  'apps.error.name': {
    nl: 'Gebruik alleen letters, spaties, apostrof, punt en koppelteken.',
    en: 'Use only letters, spaces, apostrophes, full stops and hyphens.',
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
    nl: 'De begindatum mag voor deze aanvraag ten hoogste {days} dagen in het verleden liggen: op of na {date}.',
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
    nl: 'Het verlaagde criterium geldt alleen binnen 3 jaar na afstuderen: de datum van afstuderen moet op of na {date} liggen.',
    en: 'The reduced criterion only applies within 3 years after graduation: the date of graduation must be on or after {date}.',
  },
  'apps.rule.salaryHsm30Plus': {
    nl: 'Inkomenscriterium kennismigrant {year}, 30 jaar of ouder: het bruto maandsalaris moet ten minste {amount} zijn (zonder vakantiegeld).',
    en: 'Highly skilled migrant income criterion {year}, aged 30 or over: the gross monthly salary must be at least {amount} (without holiday allowance).',
  },
  'apps.rule.salaryHsmUnder30': {
    nl: 'Inkomenscriterium kennismigrant {year}, jonger dan 30 jaar: het bruto maandsalaris moet ten minste {amount} zijn (zonder vakantiegeld).',
    en: 'Highly skilled migrant income criterion {year}, younger than 30: the gross monthly salary must be at least {amount} (without holiday allowance).',
  },
  'apps.rule.salaryHsmReduced': {
    nl: 'Verlaagd inkomenscriterium kennismigrant {year} (binnen 3 jaar na afstuderen): het bruto maandsalaris moet ten minste {amount} zijn (zonder vakantiegeld).',
    en: 'Reduced highly skilled migrant income criterion {year} (within 3 years after graduation): the gross monthly salary must be at least {amount} (without holiday allowance).',
  },
  'apps.rule.salaryBlueCard': {
    nl: 'Salariscriterium Europese blauwe kaart {year}: het bruto maandsalaris moet ten minste {amount} zijn (zonder vakantiegeld).',
    en: 'EU Blue Card salary criterion {year}: the gross monthly salary must be at least {amount} (without holiday allowance).',
  },
  'apps.rule.salaryBlueCardLowered': {
    nl: 'Verlaagd salariscriterium Europese blauwe kaart {year}: het bruto maandsalaris moet ten minste {amount} zijn (zonder vakantiegeld).',
    en: 'Lowered EU Blue Card salary criterion {year}: the gross monthly salary must be at least {amount} (without holiday allowance).',
  },
  'apps.rule.blueCardContract': {
    nl: 'Voor de Europese blauwe kaart is een arbeidsovereenkomst van ten minste 6 maanden nodig.',
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
    nl: 'De geboortedatum moet in het verleden liggen.',
    en: 'The date of birth must be in the past.',
  },
  'apps.rule.dobTooOld': {
    nl: 'Controleer de geboortedatum: de persoon zou ouder zijn dan 120 jaar.',
    en: 'Check the date of birth: the person would be older than 120.',
  },
  'apps.rule.auPairAge': {
    nl: 'Een au pair is op de begindatum ten minste 18 en ten hoogste 30 jaar oud (deze persoon: {age}).',
    en: 'An au pair is at least 18 and at most 30 years old on the start date (this person: {age}).',
  },
  'apps.rule.childAge': {
    nl: 'Een kind kan alleen als minderjarig kind (jonger dan 18) bij de werknemer komen wonen.',
    en: 'A child can only join the employee as a minor child (younger than 18).',
  },
  'apps.rule.ictDuration': {
    nl: 'Een overplaatsing binnen een onderneming duurt voor deze rol ten hoogste {years} jaar.',
    en: 'An intra-corporate transfer lasts at most {years} years for this role.',
  },
  'apps.rule.exchangeDuration': {
    nl: 'Een uitwisseling duurt ten hoogste 1 jaar.',
    en: 'An exchange lasts at most 1 year.',
  },
  'apps.rule.signedInFuture': {
    nl: 'De datum van ondertekening kan niet in de toekomst liggen.',
    en: 'The date of signing cannot be in the future.',
  },

  // Documents
  'apps.documents.title': { nl: 'Documenten', en: 'Documents' },
  'apps.documents.lead': {
    nl: 'Upload voor elk soort document ten minste één bestand: PDF, JPG of PNG, ten hoogste {maxSize} per bestand en {maxFiles} bestanden per aanvraag.',
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
    nl: 'PDF, JPG of PNG, ten hoogste {maxSize}.',
    en: 'PDF, JPG or PNG, at most {maxSize}.',
  },
  'apps.documents.upload': { nl: 'Uploaden', en: 'Upload' },
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
    nl: 'Deze PDF gebruikt meerdere compressies over elkaar. Zo’n bestand accepteren we niet. Druk het af naar een nieuwe PDF en probeer het opnieuw.',
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
  'apps.declaration.text1': {
    nl: 'Ik verklaar dat ik deze aanvraag indien namens de organisatie waarvoor ik ben ingelogd, en dat ik daartoe bevoegd ben.',
    en: 'I declare that I submit this application on behalf of the organisation I am logged in for, and that I am authorised to do so.',
  },
  'apps.declaration.text2': {
    nl: 'Ik verklaar dat ik alle gegevens naar waarheid heb ingevuld en dat de documenten echt en volledig zijn. Als gegevens onjuist blijken, kan de IND de vergunning weigeren of intrekken en een boete opleggen (artikel 2c en 2d Vreemdelingenwet 2000).',
    en: 'I declare that I have entered all details truthfully and that the documents are genuine and complete. If details prove incorrect, the IND may refuse or withdraw the permit and impose a fine (sections 2c and 2d of the Aliens Act 2000).',
  },
  'apps.declaration.text3': {
    nl: 'Ik weet dat de organisatie als referent verplicht is wijzigingen binnen 4 weken te melden en de administratie 5 jaar te bewaren.',
    en: 'I know that the organisation, as sponsor, must report changes within 4 weeks and keep its records for 5 years.',
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
    nl: 'Uw referentie is {reference}. Noem deze als u contact met de IND opneemt.',
    en: 'Your reference is {reference}. Mention it when you contact the IND.',
  },
  'apps.confirmation.heading': { nl: 'Bevestiging van uw aanvraag', en: 'Confirmation of your application' },
  'apps.confirmation.decisionBy': { nl: 'Uiterlijk besluit', en: 'Decision at the latest' },
  'apps.confirmation.receipt': {
    nl: 'Ontvangstbevestiging downloaden (PDF)',
    en: 'Download the receipt (PDF)',
  },
  'apps.confirmation.nextTitle': { nl: 'Wat gebeurt er nu?', en: 'What happens next?' },
  'apps.confirmation.nextMail': {
    nl: 'U ontvangt een bevestiging per e-mail op het e-mailadres van uw organisatie, met de ontvangstbevestiging als bijlage.',
    en: 'You receive a confirmation by e-mail at your organisation’s e-mail address, with the receipt attached.',
  },
  'apps.confirmation.nextStatus': {
    nl: 'U volgt de status van de aanvraag in dit portaal onder Status aanvragen.',
    en: 'You can follow the status of the application in this portal under Application status.',
  },
  'apps.confirmation.nextLetter': {
    nl: 'De IND stuurt u een betaalbrief en laat u per brief weten wanneer er een besluit is.',
    en: 'The IND sends you a payment letter and lets you know by letter when there is a decision.',
  },
  'apps.confirmation.another': { nl: 'Nog een aanvraag indienen', en: 'Submit another application' },
  'apps.receipt.title': { nl: 'Ontvangstbevestiging', en: 'Receipt' },
  'apps.receipt.filename': { nl: 'ontvangstbevestiging', en: 'receipt' },
  'apps.receipt.reference': { nl: 'Referentie', en: 'Reference' },
  'apps.receipt.submittedAt': { nl: 'Ingediend op', en: 'Submitted on' },
  'apps.receipt.type': { nl: 'Soort aanvraag', en: 'Type of application' },
  'apps.receipt.organisation': { nl: 'Ingediend door', en: 'Submitted by' },
  'apps.receipt.fee': { nl: 'Leges', en: 'Fee' },
  'apps.receipt.payment': { nl: 'Betaling', en: 'Payment' },
  'apps.receipt.decisionPeriod': { nl: 'Beslistermijn', en: 'Decision period' },
  'apps.receipt.decisionPeriodValue': {
    nl: '{days} dagen: uiterlijk {date}',
    en: '{days} days: by {date} at the latest',
  },
  'apps.receipt.footer': {
    nl: 'Deze ontvangstbevestiging is automatisch gemaakt door het Portaal Zakelijk van de IND. Bewaar haar bij uw administratie.',
    en: 'This receipt was made automatically by the IND Business Portal. Keep it with your records.',
  },
  'apps.mail.subject': {
    nl: 'Ontvangstbevestiging aanvraag {reference}',
    en: 'Receipt of application {reference}',
  },
  'apps.mail.body': {
    nl: 'Geachte heer/mevrouw,\n\nDe IND heeft de aanvraag "{type}" van {organisation} ontvangen onder referentie {reference}.\n\nLeges: {fee}. De beslistermijn is {days} dagen.\n\nDe ontvangstbevestiging zit als PDF bij deze e-mail. U kunt haar ook downloaden in het Portaal Zakelijk.\n\nMet vriendelijke groet,\nImmigratie- en Naturalisatiedienst',
    en: 'Dear Sir or Madam,\n\nThe IND has received the application "{type}" from {organisation} under reference {reference}.\n\nFee: {fee}. The decision period is {days} days.\n\nThe receipt is attached to this e-mail as a PDF. You can also download it in the IND Business Portal.\n\nKind regards,\nImmigration and Naturalisation Service',
  },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof applicationMessages> {}
}
