import type { Registered } from '../platform/i18n/catalogue.ts';
import type { Messages } from '../platform/i18n/i18n.ts';

/** Messages of the sponsor API (issue 16): problem details and the API-client pages. */
export const apiMessages = {
  // Problem details (RFC 9457): title per kind, language from Accept-Language.
  'api.problem.badRequest': { nl: 'Ongeldige invoer', en: 'Invalid input' },
  'api.problem.badRequest.detail': {
    nl: 'Een of meer parameters zijn niet geldig; zie invalidParams.',
    en: 'One or more parameters are not valid; see invalidParams.',
  },
  'api.problem.unauthorized': { nl: 'Niet geauthenticeerd', en: 'Not authenticated' },
  'api.problem.unauthorized.detail': {
    nl: 'Stuur een geldig access token als Bearer in de Authorization-header.',
    en: 'Send a valid access token as Bearer in the Authorization header.',
  },
  'api.problem.forbidden': { nl: 'Geen toegang', en: 'Forbidden' },
  'api.problem.forbidden.scope': {
    nl: 'Deze client heeft voor deze organisatie niet de scope {scope}.',
    en: 'This client does not have the scope {scope} for this organisation.',
  },
  'api.problem.forbidden.recognition': {
    nl: 'Deze organisatie is geen erkend referent.',
    en: 'This organisation is not a recognised sponsor.',
  },
  'api.problem.forbidden.events': {
    nl: 'Voor deze soorten gebeurtenissen mist de client een scope: {types}.',
    en: 'The client lacks a scope for these event types: {types}.',
  },
  'api.problem.notFound': { nl: 'Niet gevonden', en: 'Not found' },
  'api.problem.notFound.detail': {
    nl: 'Dit bestaat niet, of deze client mag het niet zien.',
    en: 'This does not exist, or this client may not see it.',
  },
  'api.problem.tooMany': { nl: 'Te veel verzoeken', en: 'Too many requests' },
  'api.problem.tooMany.detail': {
    nl: 'Deze client heeft te veel verzoeken gedaan. Probeer het na {after} opnieuw.',
    en: 'This client made too many requests. Try again after {after}.',
  },
  'api.problem.conflict': { nl: 'Nog in behandeling', en: 'Still being processed' },
  'api.problem.conflict.detail': {
    nl: 'Een verzoek met deze Idempotency-Key wordt nog verwerkt.',
    en: 'A request with this Idempotency-Key is still being processed.',
  },
  'api.problem.refused': { nl: 'Niet mogelijk', en: 'Not possible' },
  'api.problem.unknownEmployee': {
    nl: 'De organisatie heeft geen werknemer met dit V-nummer.',
    en: 'The organisation has no employee with this V-number.',
  },
  'api.problem.keyReused': { nl: 'Idempotency-Key al gebruikt', en: 'Idempotency-Key already used' },
  'api.problem.keyReused.detail': {
    nl: 'Deze Idempotency-Key is gebruikt voor een ander verzoek.',
    en: 'This Idempotency-Key was used for a different request.',
  },
  'api.problem.keyMissing': {
    nl: 'Stuur een Idempotency-Key-header (1 tot 255 tekens) mee.',
    en: 'Send an Idempotency-Key header (1 to 255 characters).',
  },
  'api.problem.unsupportedMediaType': { nl: 'Niet-ondersteund formaat', en: 'Unsupported media type' },
  'api.problem.error': { nl: 'Onverwachte fout', en: 'Unexpected error' },
  'api.problem.error.detail': {
    nl: 'Er ging iets mis. Noem de instance als u contact opneemt.',
    en: 'Something went wrong. Quote the instance when you contact us.',
  },
  'api.problem.unavailable': {
    nl: 'Het document is nu niet beschikbaar in het zaaksysteem.',
    en: 'The document is not available in the case system now.',
  },
  'api.problem.webhookUrl': {
    nl: 'Gebruik een https-adres.',
    en: 'Use an https address.',
  },
  'api.problem.webhookUrlInvalid': {
    nl: 'Dit is geen geldig adres (URL).',
    en: 'This is not a valid address (URL).',
  },
  'api.problem.webhookUrlCredentials': {
    nl: 'Zet geen gebruikersnaam of wachtwoord in het adres: het portaal ondertekent elk bericht (webhook-signature).',
    en: 'Leave the user name and password out of the address: the portal signs every message (webhook-signature).',
  },
  'api.problem.webhookUrlPrivate': {
    nl: 'Dit adres ligt in een lokaal of privénetwerk. Het portaal bezorgt alleen op adressen die via internet bereikbaar zijn.',
    en: 'This address is in a local or private network. The portal delivers only to addresses reachable over the internet.',
  },

  // The pages: Account → API clients
  'nav.apiClients': { nl: 'API-koppelingen', en: 'API clients' },
  'api.clients.title': { nl: 'API-koppelingen', en: 'API clients' },
  'api.clients.lead': {
    nl: 'Koppel uw HR- of relocatiesoftware aan het portaal. Een koppeling (client) leest de status van aanvragen, dossierstukken en werknemers van uw organisatie, binnen de rechten die u hier kiest.',
    en: "Connect your HR or relocation software to the portal. A client reads your organisation's applications, file documents and employees, within the rights you choose here.",
  },
  'api.clients.docs': {
    nl: 'Technische documentatie van de API (Engelstalig)',
    en: 'Technical documentation of the API',
  },
  'api.clients.none': {
    nl: 'Uw organisatie heeft nog geen API-koppelingen.',
    en: 'Your organisation has no API clients yet.',
  },
  'api.clients.caption': { nl: 'API-koppelingen van {organisation}', en: 'API clients of {organisation}' },
  'api.clients.col.name': { nl: 'Naam', en: 'Name' },
  'api.clients.col.id': { nl: 'Client-id', en: 'Client id' },
  'api.clients.col.scopes': { nl: 'Rechten', en: 'Scopes' },
  'api.clients.col.state': { nl: 'Status', en: 'Status' },
  'api.clients.col.created': { nl: 'Aangemaakt', en: 'Created' },
  'api.clients.col.lastUsed': { nl: 'Laatst gebruikt', en: 'Last used' },
  'api.clients.state.active': { nl: 'Actief', en: 'Active' },
  'api.clients.state.revoked': { nl: 'Ingetrokken', en: 'Revoked' },
  'api.clients.never': { nl: 'Nog niet', en: 'Not yet' },
  'api.clients.new': { nl: 'Nieuwe koppeling registreren', en: 'Register a new client' },
  'api.clients.field.name': { nl: 'Naam van de koppeling', en: 'Name of the client' },
  'api.clients.field.name.hint': {
    nl: 'Bijvoorbeeld de naam van uw HR-pakket. Alleen voor uzelf, zodat u de koppeling herkent.',
    en: 'For example the name of your HR software. Only for you, to recognise the client.',
  },
  'api.clients.field.scopes': { nl: 'Rechten', en: 'Scopes' },
  'api.clients.field.scopes.hint': {
    nl: 'Kies alleen wat de software nodig heeft.',
    en: 'Choose only what the software needs.',
  },
  'api.scope.status': { nl: 'Status van aanvragen', en: 'Status of applications' },
  'api.scope.employees': { nl: 'Werknemers', en: 'Employees' },
  'api.scope.documents': { nl: 'Dossierstukken', en: 'File documents' },
  'api.scope.reports': {
    nl: 'Meldingen (wijzigingen en afmeldingen)',
    en: 'Reports (changes and de-registrations)',
  },
  'api.clients.field.key': { nl: 'Publieke sleutel', en: 'Public key' },
  'api.clients.field.key.hint': {
    nl: 'De publieke sleutel van de software, als JWK (JSON) of PEM ("-----BEGIN PUBLIC KEY-----"). RSA van minstens 2048 bits of EC P-256. Plak nooit een privésleutel.',
    en: 'The public key of the software, as a JWK (JSON) or PEM ("-----BEGIN PUBLIC KEY-----"). RSA of at least 2048 bits or EC P-256. Never paste a private key.',
  },
  'api.clients.register': { nl: 'Koppeling registreren', en: 'Register client' },
  'api.clients.error.name': { nl: 'Vul een naam in.', en: 'Enter a name.' },
  'api.clients.error.nameLength': {
    nl: 'Gebruik voor de naam hoogstens 100 tekens.',
    en: 'Use at most 100 characters for the name.',
  },
  'api.clients.error.scopes': { nl: 'Kies minstens één recht.', en: 'Choose at least one scope.' },
  'api.clients.error.key.unreadable': {
    nl: 'Dit is geen publieke sleutel als JWK of PEM.',
    en: 'This is not a public key as a JWK or PEM.',
  },
  'api.clients.error.key.private': {
    nl: 'Dit is een privésleutel. Plak alleen de publieke sleutel, en maak een nieuw sleutelpaar: deze privésleutel is niet meer geheim.',
    en: 'This is a private key. Paste only the public key, and make a new key pair: this private key is no longer secret.',
  },
  'api.clients.error.key.weak': {
    nl: 'Deze RSA-sleutel is te kort. Gebruik minstens 2048 bits.',
    en: 'This RSA key is too short. Use at least 2048 bits.',
  },
  'api.clients.error.key.unsupported': {
    nl: 'Dit soort sleutel wordt niet ondersteund. Gebruik RSA (minstens 2048 bits) of EC P-256.',
    en: 'This kind of key is not supported. Use RSA (at least 2048 bits) or EC P-256.',
  },
  'api.clients.registered': {
    nl: 'De koppeling is geregistreerd. Gebruik dit client-id in de software: {id}',
    en: 'The client is registered. Use this client id in the software: {id}',
  },
  'api.clients.notAllowed': {
    nl: 'Alleen wie zelf voor de organisatie inlogt (niet als gemachtigde) kan API-koppelingen beheren.',
    en: 'Only a user logged in for the organisation itself (not as a representative) can manage API clients.',
  },
  'api.client.title': { nl: 'Koppeling {name}', en: 'Client {name}' },
  'api.client.details': { nl: 'Gegevens', en: 'Details' },
  'api.client.thumbprint': { nl: 'Vingerafdruk sleutel', en: 'Key thumbprint' },
  'api.client.tokenUrl': { nl: 'Token-adres', en: 'Token URL' },
  'api.client.revoke': { nl: 'Koppeling intrekken', en: 'Revoke client' },
  'api.client.revoke.hint': {
    nl: 'Na intrekken werkt de koppeling direct niet meer, en worden de webhooks beëindigd. Dit kan niet ongedaan worden gemaakt.',
    en: 'Once revoked the client stops working at once, and its webhooks end. This cannot be undone.',
  },
  'api.client.revoked': { nl: 'De koppeling is ingetrokken.', en: 'The client has been revoked.' },
  'api.client.webhooks': { nl: 'Webhooks', en: 'Webhooks' },
  'api.client.webhooks.none': {
    nl: 'De software heeft zich niet aangemeld voor webhooks.',
    en: 'The software has not subscribed to webhooks.',
  },
  'api.client.webhooks.caption': { nl: 'Webhook-abonnementen', en: 'Webhook subscriptions' },
  'api.client.webhooks.url': { nl: 'Adres', en: 'URL' },
  'api.client.webhooks.events': { nl: 'Gebeurtenissen', en: 'Events' },
  'api.client.webhooks.organisation': { nl: 'Organisatie', en: 'Organisation' },
  'api.client.attempts': { nl: 'Afleverpogingen', en: 'Delivery attempts' },
  'api.client.attempts.none': { nl: 'Nog geen afleverpogingen.', en: 'No delivery attempts yet.' },
  'api.client.attempts.caption': {
    nl: 'De laatste 50 afleverpogingen',
    en: 'The latest 50 delivery attempts',
  },
  'api.client.attempts.at': { nl: 'Tijdstip', en: 'Time' },
  'api.client.attempts.event': { nl: 'Gebeurtenis', en: 'Event' },
  'api.client.attempts.result': { nl: 'Resultaat', en: 'Result' },
  'api.client.attempts.ok': { nl: 'Afgeleverd (HTTP {status})', en: 'Delivered (HTTP {status})' },
  'api.client.attempts.failed': { nl: 'Mislukt: {error}', en: 'Failed: {error}' },
  'api.client.attempts.gaveUp': {
    nl: 'Opgegeven na {attempts} pogingen',
    en: 'Given up after {attempts} attempts',
  },
  'api.event.case.status-changed': { nl: 'Status van aanvraag gewijzigd', en: 'Case status changed' },
  'api.event.document.created': { nl: 'Nieuw dossierstuk', en: 'New file document' },
  'api.client.back': { nl: 'Terug naar API-koppelingen', en: 'Back to API clients' },

  // The reference page
  'api.reference.title': { nl: 'API-referentie', en: 'API reference' },
  'api.reference.lead': {
    nl: 'De referentie van de API van het Zakelijk Portaal, gemaakt uit het OpenAPI-document. De beschrijvingen zijn in het Engels.',
    en: "The reference of the Business Portal's API, made from the OpenAPI document.",
  },
  'api.reference.download': { nl: 'OpenAPI-document (JSON)', en: 'OpenAPI document (JSON)' },
  'api.reference.operations': { nl: 'Operaties', en: 'Operations' },
  'api.reference.parameters': { nl: 'Parameters', en: 'Parameters' },
  'api.reference.requestBody': { nl: 'Verzoek', en: 'Request body' },
  'api.reference.responses': { nl: 'Antwoorden', en: 'Responses' },
  'api.reference.schemas': { nl: 'Schema’s', en: 'Schemas' },
  'api.reference.required': { nl: 'verplicht', en: 'required' },
  'api.reference.scope': { nl: 'Scope', en: 'Scope' },
  'api.reference.auth': { nl: 'Authenticatie', en: 'Authentication' },
} as const satisfies Messages;

declare module '../platform/i18n/catalogue.ts' {
  interface MessageRegistry extends Registered<typeof apiMessages> {}
}
