/**
 * One quantity however it is written (server/src/detection/claims/packs: `HUNDRED` and
 * `ZERO_PERCENT` in en.ts, `hundred` and `zero` in es.ts): a hundred percent in digits or words
 * ("100%", "100 percent", "one hundred percent", "cien por ciento") and zero percent ("0% risk",
 * "0% de riesgo", "0 riesgos", "Risk: 0%") stand in every rule that names one; protection or
 * prevention promised in full ("protege al 100%"). Look-alikes: statistics of a study, a
 * percentage of patients, a count of zero that is no risk. Every sentence here is written for
 * these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

const CLAIMS: Array<[string, string, string]> = [
  ['en', 'Our knee gel is one hundred percent effective, whatever your age.', 'universal-efficacy'],
  ['en', 'This detox wrap works 100 percent of the time.', 'universal-efficacy'],
  ['en', 'Laser vein removal with 0% risk and no downtime!', 'zero-risk'],
  ['en', 'Our surgeons have a 0% complication rate, so there is nothing to fear.', 'zero-risk'],
  ['en', 'Side effects? Risk: 0%. Just results.', 'zero-risk'],
  ['en', 'The cleanse is a hundred percent safe for kids and seniors.', 'zero-risk'],
  ['es', 'Blanqueamiento dental con 0% de riesgo para tus encías.', 'zero-risk'],
  ['es', 'Este té tiene 0 riesgos y quita la gastritis.', 'zero-risk'],
  ['es', 'La pulsera protege al 100% contra el dengue y el zika.', 'universal-efficacy'],
  ['es', 'Esta fórmula previene los resfriados al cien por ciento.', 'universal-efficacy'],
  ['es', 'Clínicamente probado al 100% para la caída del cabello.', 'universal-efficacy'],
];

const LOOK_ALIKES: Array<[string, string]> = [
  ['en', 'About 40 percent of patients notice less pain after six weeks of therapy.'],
  ['en', 'In the trial, 0% of the placebo group reached the primary endpoint.'],
  ['en', 'We had 0 missed appointments last month thanks to text reminders.'],
  ['es', 'Alrededor del 40 por ciento de los pacientes mejora con fisioterapia.'],
  ['es', 'Tenemos 0 quejas este mes en la recepción, gracias a todo el equipo.'],
  ['es', 'El 0% de los pacientes del estudio tuvo complicaciones graves, según el informe publicado.'],
];

describe('one quantity however it is written', () => {
  it.each(CLAIMS)('(%s) %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each(LOOK_ALIKES)('(%s) a statistic or a count is no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
