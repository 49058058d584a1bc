/**
 * Spanish constructions seen across several writers (es.ts): a clean record claimed and a remedy
 * said to mix with any drug (zero.safe, zero.mix), no case that ever failed (universal.every),
 * and the suppressor's motive named outright (supp.more; a business notice is none). Each look-alike is the same words said
 * as a question, a limit or a denial. Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('a clean record and a remedy that mixes with anything (zero.safe, zero.mix)', () => {
  it.each([
    'En doce años de consultorio nunca hemos tenido una sola complicación.',
    'Con el láser de nueva generación las complicaciones son prácticamente imposibles.',
    'Operamos sin una sola complicación desde que abrimos.',
    'Tranquila, el té de hojas de olivo lo puede tomar junto con su warfarina sin ningún problema.',
    'Son hierbitas, puede tomarlas con la insulina y con todo.',
    'Cápsulas de cúrcuma: no interfiere con ningún medicamento.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('zero-risk');
  });

  it.each([
    'Doctora, ¿lo puedo tomar junto con la metformina sin problema?',
    'Mi reumatóloga dice que la cúrcuma no interfiere con el tratamiento, pero no sustituye nada.',
    'La pastilla se puede tomar con la comida sin problema.',
  ])('leaves a question, one drug cleared by a doctor, food: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('no case that ever failed (universal.every)', () => {
  it.each([
    'De los cuarenta pacientes tratados, ningún paciente ha recaído.',
    'Trescientas cirugías y ni una sola rodilla fallida.',
    'Cero casos de recaída con nuestro protocolo.',
    'Test de ovulación digital 100% fiable.',
    'Remisión comprobada incluso en casos terminales.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('universal-efficacy');
  });

  it.each([
    'Ninguna prueba casera es 100% fiable; confirme con un análisis de sangre.',
    'En la unidad de paliativos acompañamos a las familias incluso en casos terminales.',
  ])('leaves a denied certainty and care without a result: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe("the suppressor's motive (supp.more)", () => {
  it.each([
    'Los cardiólogos siguen poniendo stents porque es negocio.',
    'Los de la clínica defienden las quimios porque de eso viven.',
    'El colesterol alto es un invento para vender pastillas.',
    'La farmacéutica necesita que sigas enfermo.',
    'A los laboratorios no les conviene que te cures.',
    'Ganan miles por cada operación, por eso nunca te dicen que el aceite de ricino lo disuelve.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('suppressed-knowledge');
  });

  it.each([
    'El consultorio cierra los domingos porque no es negocio abrir.',
    'Por eso no les dicen nada hasta que llegan los resultados de la biopsia.',
    'Te conviene que sepas cuándo ir a urgencias: dolor en el pecho, falta de aire o desmayo.',
  ])('leaves logistics and advice: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('still reads a remedy kept from sale because it pays nothing (supp.know)', () => {
    expect(kinds('La cura del cáncer existe, pero no la venden porque no es negocio.')).toContain('suppressed-knowledge');
  });
});
