/**
 * Dates that are names or a product's shelf life, not anybody's day (server/src/detection/phi/
 * README.md, "Dates in stories"): a day and month right after a capitalised institution or a
 * street type of the pack name it ("Hospital 12 de Octubre", "Avenida 9 de Julio", "Calle 5 de
 * Mayo"), and a date right after a product's expiry is no one's ("Caducidad 08/2026", "Lote 2311B,
 * vence 11/2026"). Dropped last, with the organisations' officers (index.ts).
 */
import { escapeRegex } from '../../scanners/match-utils';
import { nativeRegExp } from '../../scanners/native-regexp';
import { perPack } from './compile';
import type { CompiledPack } from './compile';
import type { Candidate } from './shapes';

/**
 * A product's expiry right before a date, in either language the packs cover: its own words
 * ("Caducidad 08/2026", "best before"), or an expiry's word after a lot or batch number ("Lote
 * 2311B, vence 11/2026"). A person's card, pass, licence or prescription that expires keeps its
 * date ("Certificate expires 11/20/2025", "Rx exp 10/03/2025").
 */
const SHELF_LIFE_BEFORE = /(?:\b(?:caducidad|caduca|cad|use[\s\u00a0]+by|best[\s\u00a0]+before|consumir[\s\u00a0]+antes[\s\u00a0]+de|consumo[\s\u00a0]+preferente)\.?)[\s\u00a0:.-]{0,3}$/iu;
const EXPIRY_BEFORE = /(?:\b(?:exp|expiry|expires|expiration|vence|vencimiento|vto|venc)\.?)[\s\u00a0:.-]{0,3}$/iu;
const LOT_BEFORE = /\b(?:lot|lote|batch|ndc)\b/iu;
/** A revision's word right before a date: "rev. ", "Rev ", "revisión ", "version ", "versión ". */
const REVISION_BEFORE = /\b(?:rev|revised|revision|revisión|revisado|version|versión|ver)\.?[\s\u00a0:]{0,3}\(?$/iu;
/** A form's name and an opening parenthesis right before a month and year: "Form 0006A (", "Formulario TF0001 (". */
const FORM_BEFORE = /\b(?:form|formulario|formato|forma)[\s\u00a0]+[\p{L}\p{N}.-]{1,12}[\s\u00a0]*\($/iu;
/** A duration's lead in a clinical note: "x ", "review in ", "tds x ", "f/u " (not "for": "scheduled for 6/12" is a day). */
const DURATION_BEFORE = /(?:\bx|\breview(?:[\s\u00a0]+in)?|\bf\/u|\btto)[\s\u00a0]{0,2}$/iu;

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
    // A form's revision ("Form IA-1 rev. 01/2023", "Formulario TF0001 (Rev. 09/2023)", "Form 0006A (05/22)").
    if (REVISION_BEFORE.test(lead) || (/^\d{1,2}[/.-]\d{2,4}$/.test(text.slice(f.start, f.end)) && FORM_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)))) return false;
    // A note's shorthand for a duration ("ibuprofen 400mg tds x 5/7", "review in 2/52").
    if (DURATION_BEFORE.test(lead) && /^\d{1,2}\/(?:7|12|52)$/.test(text.slice(f.start, f.end))) return false;
    if (EXPIRY_BEFORE.test(lead) && LOT_BEFORE.test(text.slice(Math.max(0, f.start - 64), f.start))) return false;
    // A day and a month name ("12 de Octubre"), not a number ("Unit 4/12 Smith St").
    if (!namer || !/^\d/.test(text.slice(f.start, f.end)) || !/\p{L}/u.test(text.slice(f.start, f.end))) return true;
    // The word's capital marks a name ("Hospital 12 de Octubre"); "el hospital 12 de octubre" is a day.
    const m = namer.exec(lead);
    return !(m && /\p{Lu}/u.test(lead.charAt(m.index)));
  });
  return kept.length === found.length ? found : kept;
}
