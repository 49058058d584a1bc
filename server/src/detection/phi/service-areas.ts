/**
 * Where a provider works or serves is no patient's place (server/src/detection/phi/README.md,
 * "Organisation context"): "Atiendo presencial en Palermo y online", "Local en Lavapiés", "our
 * audiologist covers home visits across Leeds, Bradford and Wakefield", "we deliver to Bendigo".
 * A place right after such a lead, and the places listed after it, are dropped last (index.ts); a
 * clitic before the verb makes it the patient's ("me atienden en Morelia", "a mi mamá la atienden
 * en…"). Where a private seller hands something over ("entrego en Zapopan") is the seller's town
 * and stays.
 */
import type { Candidate } from './shapes';

/** The provider's words: Spanish verbs in the first person, or the third without a clitic, the premises; English verbs of reach. */
const PROVIDER = [
  '(?<!(?:\\bme|\\bse|\\bnos|\\bte|\\ble|\\bles|\\bla|\\blo|\\blas|\\blos|\\bmi|\\bmis)[\\s\\u00a0]{1,2})\\b(?:atiendo|atendemos|atiende|atienden|acompaño|acompañamos|cubro|cubrimos|ofrezco|ofrecemos)',
  '\\b(?:doy|damos)[\\s\\u00a0]{1,2}(?:consulta|servicio|clases)',
  '\\b(?:local|sede|sucursal|consultorio|oficinas?)',
  '\\bservicio[\\s\\u00a0]{1,2}a[\\s\\u00a0]{1,2}domicilio',
  '\\b(?:we|i)[\\s\\u00a0]{1,2}(?:serve|cover|deliver|ship|visit|operate|practi[cs]e)',
  '\\b(?:covers?|serving|serves)(?:[\\s\\u00a0]{1,2}home[\\s\\u00a0]{1,2}visits)?',
];
/** The provider's lead, ending right before the place: its words, a manner ("presencial", "in person"), a preposition. */
const LEAD = new RegExp(
  `(?:${PROVIDER.join('|')})(?:[\\s\\u00a0]{1,2}(?:presencial(?:mente)?|a[\\s\\u00a0]{1,2}domicilio|en[\\s\\u00a0]{1,2}persona|in[\\s\\u00a0]{1,2}person|patients))?` +
    `[\\s\\u00a0]{1,2}(?:en|por|a|in|to|across|throughout|around)(?:[\\s\\u00a0]{1,2}(?:la[\\s\\u00a0]{1,2})?zona[\\s\\u00a0]{1,2}(?:de[\\s\\u00a0]{1,2})?)?[\\s\\u00a0]{1,2}$`,
  'iu'
);
/** A list's joiner between two places: ", ", " y ", " and ", " & ". */
const LIST_JOINER = /^(?:,[\s\u00a0]{1,2}|[\s\u00a0]{1,2}(?:y|e|and|&)[\s\u00a0]{1,2}|,[\s\u00a0]{1,2}(?:y|and)[\s\u00a0]{1,2})$/iu;

/** `found` without the places a provider serves (only removes). */
export function dropServiceAreas(text: string, found: Candidate[]): Candidate[] {
  if (!found.some((f) => f.kind === 'place')) return found;
  const dropped = new Set<Candidate>();
  let previous: Candidate | null = null;
  for (const f of found) {
    if (f.kind !== 'place') continue;
    const lead = text.slice(Math.max(0, f.start - 48), f.start);
    const listed = previous !== null && dropped.has(previous) && LIST_JOINER.test(text.slice(previous.end, f.start));
    if (listed || LEAD.test(lead)) dropped.add(f);
    previous = f;
  }
  return dropped.size ? found.filter((f) => !dropped.has(f)) : found;
}
