/**
 * What replaces a vaccination just refused (README, "What the detectors catch, and what they
 * miss"): a refusal ("no shots for my kids", "nunca vacunamos", "forget the flu jab") followed,
 * in its sentence or the next ones, by the substitute ("we just use…", "all the protection your
 * family needs", "los inmuniza naturalmente"). Look-alikes: reminders asked as questions, the
 * absence of a vaccine stated as a fact, and a clinic offering the vaccine or an appointment.
 * Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);
const substitutes = (text: string, language: string): string[] =>
  analyseClaims(text, language)
    .filter((c) => c.rule.id === 'vax.substitute')
    .map((c) => text.slice(c.start, c.end));

const CLAIMS: Array<{ language: string; text: string; span: string }> = [
  { language: 'en', span: 'all the protection your family needs', text: 'Forget the flu jab this winter: our mushroom tincture is all the protection your family needs.' },
  { language: 'en', span: 'works just as well', text: 'The RSV vaccine? Nah. Elderberry syrup works just as well.' },
  { language: 'es', span: 'usamos', text: 'Nada de vacunas en esta casa, usamos miel con limón y ajo.' },
  { language: 'es', span: 'los inmuniza naturalmente', text: 'Nunca vacunamos a los niños, el té de jengibre los inmuniza naturalmente.' },
  { language: 'es', span: 'los inmuniza naturalmente', text: 'No hay que vacunar a los bebés, la leche materna los inmuniza naturalmente.' },
];

const LOOK_ALIKES: Array<[string, string]> = [
  ['en', "Haven't had your flu shot? We use walk-in slots so you can get it today."],
  ['en', "Missed your booster? Don't worry, we do catch-up visits every Tuesday."],
  ['en', 'There is no vaccine for hand, foot and mouth disease, so we use careful hand washing.'],
  ['es', '¿No se ha puesto la vacuna de la gripa? Le damos cita hoy mismo.'],
  ['es', 'Si su hijo no tiene la vacuna, le damos una cita para mañana.'],
  ['es', 'No hay vacuna contra el dengue para todos; usamos repelente y mosquiteros.'],
];

describe('a substitute for a refused vaccination', () => {
  it.each(CLAIMS)('($language) $text', ({ language, text, span }) => {
    expect(substitutes(text, language)).toContain(span);
    expect(kinds(text, language)).toContain('vaccine-alternative');
  });

  it.each(LOOK_ALIKES)('(%s) a reminder, a fact or a service is not: %s', (language, text) => {
    expect(substitutes(text, language)).toEqual([]);
    expect(kinds(text, language)).toEqual([]);
  });

  it('the substitute is not the vaccine itself', () => {
    expect(substitutes("We don't give the nasal spray to toddlers; we use the flu shot instead.", 'en')).toEqual([]);
  });
});
