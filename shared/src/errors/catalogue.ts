/**
 * One catalogue of problems with stable codes. The API sends them as application/problem+json;
 * the portal maps the code to B1 text in `locales/*.json` under `problem.<code>`.
 */
import type { Problem } from '../api/problem.ts';

export const problems = {
  'ongeldige-invoer': { status: 400, title: 'Wat u stuurde klopt niet.' },
  'niet-ingelogd': { status: 401, title: 'U bent niet ingelogd.' },
  'sessie-verlopen': { status: 401, title: 'U was te lang weg. Log opnieuw in.' },
  'passkey-onbekend': { status: 401, title: 'Deze inlogsleutel kennen wij niet.' },
  'passkey-mislukt': { status: 400, title: 'Het maken of controleren van de inlogsleutel lukte niet.' },
  'stap-verlopen': { status: 400, title: 'Deze stap duurde te lang. Begin opnieuw.' },
  'verkeerde-herkomst': { status: 403, title: 'Dit verzoek komt niet van Ons Plan.' },
  'niet-toegestaan': { status: 403, title: 'Dit mag u niet doen.' },
  'niet-gevonden': { status: 404, title: 'Dit bestaat niet, of u mag het niet zien.' },
  // An old portal (a tab left open, a write queued offline) asked for a path from before /api/v1.
  'nieuwe-versie': { status: 410, title: 'Er is een nieuwe versie van Ons Plan. Laad de pagina opnieuw.' },
  'laatste-inlogsleutel': { status: 409, title: 'Dit is uw laatste inlogsleutel.' },
  'uitnodiging-onbekend': { status: 404, title: 'Deze code kennen wij niet.' },
  'uitnodiging-gebruikt': { status: 410, title: 'Deze code is al gebruikt.' },
  'uitnodiging-verlopen': { status: 410, title: 'Deze code is verlopen.' },
  'einddatum-te-ver': { status: 422, title: 'Kies een einddatum binnen 12 maanden.' },
  'te-jong-voor-account': { status: 409, title: 'Een kind onder de 12 jaar krijgt geen eigen account.' },
  'uitleg-nodig': { status: 400, title: 'Schrijf erbij waarom.' },
  'plan-veranderd': { status: 409, title: 'Het plan is veranderd. Lees eerst de nieuwe versie.' },
  'concept-veranderd': { status: 409, title: 'Iemand anders heeft het concept net veranderd.' },
  'reden-nodig': { status: 422, title: 'Kies waarom u dit afschermt.' },
  'ontvanger-ziet-het-niet': { status: 422, title: 'Een gezinslid dat u koos, mag dit niet zien.' },
  'gesprek-contactverbod': { status: 422, title: 'Tussen twee gezinsleden die u koos, is een contactverbod.' },
  'al-herinnerd': { status: 409, title: 'U stuurde vandaag al een herinnering.' },
  'toestemming-niet-gegeven': { status: 409, title: 'U heeft deze toestemming nu niet gegeven.' },
  'al-besloten': { status: 409, title: 'Hierover is al besloten.' },
  'contactverbod-beeindigen': { status: 409, title: 'Een contactverbod haalt u niet weg. Geef de laatste dag op.' },
  'al-beantwoord': { status: 409, title: 'U gaf al antwoord op deze vraag.' },
  'al-gegeven-deze-maand': { status: 409, title: 'U gaf deze maand al uw mening. Volgende maand kan het weer.' },
  'vraag-ingetrokken': { status: 409, title: 'Deze vraag is ingetrokken. U hoeft niets te doen.' },
  'verwijderen-niet-toegestaan': { status: 403, title: 'U kunt alleen vragen om gegevens over uzelf te verwijderen.' },
  'verlenging-al-gebruikt': { status: 409, title: 'Dit verzoek kreeg al een keer meer tijd.' },
  'verlenging-te-laat': { status: 409, title: 'De eerste maand is voorbij. Meer tijd vragen kan niet meer.' },
  'eigen-verklaring-kan-niet': { status: 409, title: 'Een eigen verklaring kan pas als uw verzoek (deels) is afgewezen.' },
  'te-groot': { status: 413, title: 'Wat u stuurde is te groot.' },
  'opslag-vol': { status: 413, title: 'Er is geen ruimte meer voor bestanden van dit gezin.' },
  'eigen-opslag-vol': { status: 413, title: 'Er is niet genoeg ruimte meer voor uw bestanden.' },
  'bestandstype-niet-toegestaan': { status: 415, title: 'Dit soort bestand kan niet. Stuur een foto (JPG of PNG) of een PDF.' },
  'bestand-klopt-niet': { status: 422, title: 'Dit bestand is niet wat het lijkt.' },
  'bestand-onveilig': { status: 422, title: 'Er zit iets in dit bestand dat niet veilig is.' },
  'delen-zonder-toestemming': { status: 409, title: 'Delen met deze organisatie kan nu niet. Er is geen geldige toestemming.' },
  'verkeerd-formaat': { status: 415, title: 'Stuur de gegevens als JSON.' },
  'adres-te-lang': { status: 414, title: 'Het adres is te lang.' },
  'te-traag': { status: 408, title: 'Het versturen duurde te lang.' },
  'pushdienst-onbekend': { status: 422, title: 'Meldingen werken niet met deze browser.' },
  'kopregels-te-groot': { status: 431, title: 'Uw browser stuurde te veel gegevens mee.' },
  'te-veel-pogingen': { status: 429, title: 'U probeerde het te vaak. Wacht even.' },
  'te-veel-tegelijk': { status: 429, title: 'U stuurde veel in korte tijd. Wacht even.' },
  'interne-fout': { status: 500, title: 'Er ging iets mis bij ons.' },
  'niet-beschikbaar': { status: 503, title: 'Ons Plan is even niet bereikbaar.' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problems;

export type { Problem } from '../api/problem.ts';

/** The `type` URI of a problem code. */
export function problemType(code: ProblemCode): string {
  return `urn:onsplan:problem:${code}`;
}

/** Builds the wire body for a problem code. */
export function problemOf(code: ProblemCode, extra: Partial<Pick<Problem, 'detail' | 'retryAfter' | 'fields'>> = {}): Problem {
  const { status, title } = problems[code];
  return { type: problemType(code), title, status, code, ...extra };
}

/** True for a value that looks like a problem body from our API. */
export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && typeof (value as Problem).code === 'string' && (value as Problem).code in problems;
}
