/**
 * One unit of treatment as the speed promise (README, "What the detectors catch, and what they
 * miss"): "one round of X and…", "with one quick session", "after my first session", "after one
 * cup" in English; "un solo/una sola + unit" wherever it stands in Spanish, with an illness or a
 * weight loss in its sentence. Look-alikes: schedules, dosages, logistics and a vaccine's number
 * of doses. Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { analyseClaims, detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);
const rules = (text: string, language: string): string[] => analyseClaims(text, language).map((c) => c.rule.id);

const PROMISES: Array<[string, string]> = [
  ['en', 'One round of ozone sauna therapy and my eczema cleared.'],
  ['en', 'She got rid of her plantar warts with one quick laser session.'],
  ['en', 'After my first session of dry needling my shoulder pain was gone.'],
  ['en', 'I woke up without bloating after one cup of this tea.'],
  ['es', 'Una sola aplicación y adiós a los hongos de las uñas.'],
  ['es', 'Un solo masaje de este aceite y el dolor de rodilla se fue.'],
  ['es', 'El dolor de espalda desapareció con una sola sesión de acupuntura.'],
];

const LOOK_ALIKES: Array<[string, string]> = [
  ['en', 'Physical therapy usually starts with one long evaluation session, then two visits a week.'],
  ['en', 'Take one capsule with a glass of water and food.'],
  ['en', 'After your first visit we will send a summary to your doctor.'],
  ['es', 'Tome solo una pastilla al día con el desayuno.'],
  ['es', 'La vacuna contra el VPH para niños de 9 a 14 años ahora es de una sola dosis según la OMS.'],
  ['es', 'En una sola cita le hacemos la limpieza y la revisión completa.'],
];

describe('one unit of treatment', () => {
  it.each(PROMISES)('(%s) a single unit with an illness around it is a speed promise: %s', (language, text) => {
    expect(kinds(text, language)).toContain('instant-results');
  });

  it.each(LOOK_ALIKES)('(%s) a schedule, a dosage or logistics is not: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });

  it('Spanish "un solo/una sola" is its own rule, and needs an illness or a weight loss in its sentence', () => {
    expect(rules('Una sola aplicación y adiós a los hongos de las uñas.', 'es')).toContain('instant.single');
    expect(rules('En una sola cita le hacemos la limpieza y la revisión completa.', 'es')).not.toContain('instant.single');
  });
});
