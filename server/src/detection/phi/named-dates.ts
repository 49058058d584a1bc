/**
 * Dates that are names, a product's shelf life or a policy's, not anybody's day
 * (server/src/detection/phi/README.md, "Dates in stories"): a day and month right after a
 * capitalised institution or a street type of the pack name it ("Hospital 12 de Octubre", "Avenida
 * 9 de Julio"); a date right after a product's expiry is no one's ("Caducidad 08/2026", "Lote
 * 2311B, vence 11/2026", a blood unit's label), nor a form's revision ("Form IA-1 rev. 01/2023"),
 * nor a clinical note's shorthand for a duration ("x 5/7", "review 1/52"), nor a policy's or a
 * product's date in a sentence about no one ("banned since 1 July 2024", "recalled in July 2019"),
 * nor an observance's ("World COPD Day is 19 November", "el 30 de mayo se conmemora su día mundial"),
 * nor a law's number or its day ("Ley 8/2021, de 2 de junio").
 * Dropped last, with the organisations' officers (index.ts).
 */
import { escapeRegex } from '../../scanners/match-utils';
import { nativeRegExp } from '../../scanners/native-regexp';
import { sentenceAround } from '../text';
import { perPack } from './compile';
import type { CompiledPack } from './compile';
import type { Candidate } from './shapes';
import { EN_FIRST_PERSON } from './org-context';

/**
 * A product's expiry right before a date, in either language the packs cover: its own words
 * ("Caducidad 08/2026", "best before"), or an expiry's word after a lot or batch number ("Lote
 * 2311B, vence 11/2026"). A person's card, pass, licence or prescription that expires keeps its
 * date ("Certificate expires 11/20/2025", "Rx exp 10/03/2025").
 */
const SHELF_LIFE_BEFORE = /(?:\b(?:caducidad|caduca|cad|use[\s\u00a0]+by|best[\s\u00a0]+before|consumir[\s\u00a0]+antes[\s\u00a0]+de|consumo[\s\u00a0]+preferente)\.?)[\s\u00a0:.-]{0,3}$/iu;
const EXPIRY_BEFORE = /(?:\b(?:exp|expiry|expires|expiration|vence|vencimiento|vto|venc)\.?)[\s\u00a0:.-]{0,3}$/iu;
const LOT_BEFORE = /\b(?:lot|lote|batch|ndc|label|etiqueta|pads|kit|vial|vials|bottle|frasco|envase|ampolla|cartridge|unit|bag|bolsa)\b/iu;
/** A person's document that expires keeps its date: "card", "licence", "pass", "Rx", "passport", "tarjeta", "carnet". */
const DOCUMENT_BEFORE = /\b(?:card|licen[cs]e|pass|passport|prescription|rx|certificate|permit|visa|id|tarjeta|carnet|licencia|receta|pasaporte|permiso|credencial)\b[^.;!?\n]{0,24}$/iu;
/** A revision's word right before a date: "rev. ", "Rev ", "revisión ", "version ", "versión ". */
const REVISION_BEFORE = /\b(?:rev|revised|revision|revisión|revisado|version|versión|ver)\.?[\s\u00a0:]{0,3}\(?$/iu;
/** A form's name and an opening parenthesis right before a month and year: "Form 0006A (", "Formulario TF0001 (". */
const FORM_BEFORE = /\b(?:form|formulario|formato|forma)[\s\u00a0]+[\p{L}\p{N}.-]{1,12}[\s\u00a0]*\($/iu;
/**
 * A law's or a register's number is no date ("Ley 8/2021", "LO 3/2018", "RGPD (UE) 2016/679", "registro nº 07/2019-SS",
 * "Act 12/2020"), nor is the day of the law named right after its number ("Ley 8/2021, de 2 de junio", "Real Decreto
 * 1093/2010, de 3 de septiembre").
 */
const LAW_BEFORE =
  /(?:\b(?:ley|leyes|decreto|real[\s\u00a0]+decreto|rd|lo|orden|resoluci[oó]n|reglamento|directiva|norma|nom|circular|acuerdo|registro|act|law|regulation|directive|decree|ordinance|statute)\.?|\b(?:n|nr|no|núm|num)[º°.]|[º°])[\s\u00a0:.-]{0,3}(?:\((?:ue|eu|ce|ec)\)[\s\u00a0]{0,2})?(?:(?:n[º°o]|núm)\.?[\s\u00a0]{0,2})?$/iu;
const LAW_NUMBER_THEN =
  /\b(?:ley|decreto|real[\s\u00a0]+decreto|rd|lo|orden|resoluci[oó]n|reglamento|directiva|norma|act|law|regulation|decree)\.?[\s\u00a0]+(?:(?:n[º°o]|núm)\.?[\s\u00a0]{0,2})?\d{1,4}\/\d{2,4},?[\s\u00a0]+(?:de[\s\u00a0]+|of[\s\u00a0]+)?$/iu;
/**
 * A seller's offer and its deadline right before a date, English or Spanish: "Offer ends 8/31", "20% off until 28 Feb.",
 * "discount code valid through 9/30", "promoción válida hasta el 30 de junio". The seller's date, not anybody's day.
 */
const OFFER_BEFORE =
  /\b(?:offers?|sales?|deals?|promos?|promotions?|discounts?|pricing|coupons?|vouchers?|rebates?|specials?|early[\s\u00a0-]?bird|\d{1,2}[\s\u00a0]?%[\s\u00a0]?off|ofertas?|promoci(?:ón|on|ones)|descuentos?|cupones|cup[oó]n|rebajas?|preventa)(?![\p{L}])[^.;!?\n]{0,40}?(?:\b(?:valid|ends?|ending|expires?|runs?|good|lasts?|v[aá]lid[oa]s?|vigentes?|termina|acaba|vence)(?![\p{L}])(?:[\s\u00a0]{1,2}(?:till|until|til|through|thru|to|on|by|hasta|el))?|\b(?:till|until|til|through|thru|hasta))[\s\u00a0]{1,2}(?:(?:the|el)[\s\u00a0]{1,2})?$/iu;
/** A duration's lead in a clinical note: "x ", "review in ", "tds x ", "f/u " (not "for": "scheduled for 6/12" is a day). */
const DURATION_BEFORE = /(?:\bx|\breview(?:[\s\u00a0]+in)?|\bf\/u|\btto)[\s\u00a0]{0,2}$/iu;

/**
 * A policy's, a programme's or a product's event before a date with its year: banned, recalled,
 * approved, covered, funded, listed, introduced, launched, withdrawn, in force, collecting, charges
 * or prices, then "since", "from", "in", "on" (English and Spanish).
 */
const POLICY_BEFORE =
  /\b(?:banned|recalled|approved|licensed|covered|funded|listed|introduced|launched|withdrawn|discontinued|effective|in[\s\u00a0]force|collecting|charges|prices|fees|rates|prohibid[oa]s?|retirad[oa]s?|aprobad[oa]s?|vigente|en[\s\u00a0]vigor|tarifas|precios|cuotas)\b[^.;!?\n]{0,48}?\b(?:since|from|in|on|as[\s\u00a0]of|desde|a[\s\u00a0]partir[\s\u00a0]del?|en|el)[\s\u00a0]{1,2}(?:the[\s\u00a0]{1,2})?$|^(?:[\s\S]*[.!?\n][\s\u00a0]*)?(?:from|as[\s\u00a0]of|desde|a[\s\u00a0]partir[\s\u00a0]del?)[\s\u00a0]{1,2}(?:el[\s\u00a0]{1,2})?$/iu;

/**
 * An observance named in the date's sentence: "World Asthma Day", "Organ Donor Awareness Week",
 * "#WorldKidneyDay", "Día Mundial de la EPOC", "Semana Nacional de…", "se conmemora", "Día de la
 * Bandera" (a capital after "Día de": "el día de la operación" is somebody's day).
 */
const OBSERVANCE =
  /(?:\b(?:world|international|national|global)[\s\u00a0]+(?:[\p{L}'\u2019-]+[\s\u00a0]+){0,4}?(?:day|week|month)\b|\bawareness[\s\u00a0]+(?:day|week|month)\b|#\p{L}+(?:day|week|month)\b|\bd[ií]a[\s\u00a0]+(?:mundial|internacional|nacional)\b|\bsemana[\s\u00a0]+(?:mundial|internacional|nacional)\b|\bmes[\s\u00a0]+(?:mundial|internacional|nacional|de[\s\u00a0]+(?:la[\s\u00a0]+)?(?:concientizaci[oó]n|sensibilizaci[oó]n|prevenci[oó]n|lucha))\b|\bse[\s\u00a0]+(?:conmemora|celebra)\b|\bconmemoraci[oó]n\b)/iu;
const OBSERVANCE_NAMED = /\b(?:Día|DÍA)[\s\u00a0]+(?:del?|DEL?)(?:[\s\u00a0]+(?:la|los|las|LA|LOS|LAS))?[\s\u00a0]+\p{Lu}/u;

/** Is an observance named in the sentence around `at` (OBSERVANCE)? */
function observanceSentence(text: string, at: number): boolean {
  const { start, end } = sentenceAround(text, at);
  const sentence = text.slice(start, end);
  return OBSERVANCE.test(sentence) || OBSERVANCE_NAMED.test(sentence);
}

/**
 * Does the sentence around `at` hold a first person, a relation or a life event of the pack (a
 * personal cue)? `inNames`: false leaves out the relations and life events written with a capital,
 * which are words of a name there ("Stroke Awareness Month", "Día del Niño Hospitalizado").
 */
function personalSentence(text: string, at: number, c: CompiledPack, inNames = true): boolean {
  const { start, end } = sentenceAround(text, at);
  const words = text.slice(start, end).match(/\p{L}+/gu) ?? [];
  const self = c.pack.firstPersonWords ?? EN_FIRST_PERSON;
  return words.some((word) => {
    const w = word.toLowerCase();
    return self.includes(w) || ((inNames || w === word) && (c.relations.has(w) || c.personalCues.has(w)));
  });
}

/** A capitalised institution or street type of the pack, ending right before the date. */
const namerBeforeOf = perPack((c) => {
  const words = [...c.institutionWords, ...(c.pack.streetTypes ?? []).map((w) => w.toLowerCase())].filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return null;
  const alternatives = [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  return nativeRegExp(`(?<![\\p{L}])(?:${alternatives})\\.?[\\s\\u00a0]{1,2}$`, 'iu');
});

/** `found` without the dates that name an institution or a street, or a product's expiry (it only removes). */
export function dropNamedDates(text: string, found: Candidate[], c: CompiledPack): Candidate[] {
  if (!found.some((f) => f.kind === 'date')) return found;
  const namer = namerBeforeOf(c);
  const kept = found.filter((f) => {
    if (f.kind !== 'date') return true;
    const lead = text.slice(Math.max(0, f.start - 24), f.start);
    if (SHELF_LIFE_BEFORE.test(lead)) return false;
    // A number and a year, or a year and a number, as laws are numbered; "registro 12/03" may be a patient's day.
    if (/^(?:\d{1,4}[/.-]\d{4}|\d{4}[/.-]\d{1,4})$/.test(text.slice(f.start, f.end)) && LAW_BEFORE.test(lead)) return false;
    if (LAW_NUMBER_THEN.test(text.slice(Math.max(0, f.start - 48), f.start))) return false;
    // A form's revision ("Form IA-1 rev. 01/2023", "Formulario TF0001 (Rev. 09/2023)", "Form 0006A (05/22)").
    if (REVISION_BEFORE.test(lead) || (/^\d{1,2}[/.-]\d{2,4}$/.test(text.slice(f.start, f.end)) && FORM_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)))) return false;
    // A note's shorthand for a duration ("ibuprofen 400mg tds x 5/7", "review in 2/52").
    if (DURATION_BEFORE.test(lead) && /^\d{1,2}\/(?:7|12|52)$/.test(text.slice(f.start, f.end))) return false;
    if (EXPIRY_BEFORE.test(lead) && LOT_BEFORE.test(text.slice(Math.max(0, f.start - 64), f.start)) && !DOCUMENT_BEFORE.test(lead)) return false;
    // A seller's offer and its deadline in a sentence about no one: "Offer ends 8/31", "20% off until 28 Feb.".
    if (OFFER_BEFORE.test(text.slice(Math.max(0, f.start - 72), f.start)) && !personalSentence(text, f.start, c)) return false;
    // A policy's or a product's date in a sentence about no one: "banned since 1 July 2024", "recalled worldwide in July 2019",
    // "collecting data since October 2016", "NHS charges from 1 April 2025".
    if (POLICY_BEFORE.test(text.slice(Math.max(0, f.start - 72), f.start)) && /\d{4}/.test(text.slice(f.start, f.end)) && !personalSentence(text, f.start, c)) return false;
    // An observance's date in a sentence about no one: "World COPD Day is 19 November", "el 30 de mayo se conmemora su día mundial".
    if (observanceSentence(text, f.start) && !personalSentence(text, f.start, c, false)) return false;
    // A day and a month name ("12 de Octubre"), not a number ("Unit 4/12 Smith St").
    if (!namer || !/^\d/.test(text.slice(f.start, f.end)) || !/\p{L}/u.test(text.slice(f.start, f.end))) return true;
    // The word's capital marks a name ("Hospital 12 de Octubre"); "el hospital 12 de octubre" is a day.
    const m = namer.exec(lead);
    return !(m && /\p{Lu}/u.test(lead.charAt(m.index)));
  });
  return kept.length === found.length ? found : kept;
}
