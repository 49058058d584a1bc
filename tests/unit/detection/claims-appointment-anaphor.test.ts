/**
 * Care named as whom an appointment is with ("cancela tu cita con el cirujano", "cancel your
 * appointment with the surgeon") or as what a stop verb drops ("con ColaFlex cancelé la cirugía")
 * is not care credited for a recovery (the packs' `creditedCare`). And a treatment named before and
 * left as a pronoun ("…un stent… Ya no lo necesito") is given up (es.ts, repl.anaphorNeed), unless a
 * course was finished, an operation done or the doctor changed the dose.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('an appointment with care is no care credited', () => {
  it.each([
    ['es', 'Cancela tu cita con el cirujano: con nuestras plantillas magnéticas la hernia se acomoda sola.'],
    ['es', 'El traumatólogo me quería operar y con GelFlex cancelé la cirugía de hombro.'],
    ['en', 'Please cancel my consult with the surgeon, the turmeric patches fixed my knee.'],
  ])('%s: %s', (language, text) => {
    expect(kinds(text, language)).toContain('treatment-replacement');
  });

  it('reads the claim after an appointment with a surgeon (en): Cancel that appointment with the spine surgeon…', () => {
    expect(kinds('Cancel that appointment with the spine surgeon: our decompression table fixes discs.', 'en')).not.toEqual([]);
  });

  it.each([
    ['es', 'Con la cirugía de cadera y la fisioterapia volví a caminar sin bastón.'],
    ['en', 'After her knee replacement and rehab she put the walker away.'],
  ])('keeps proven care credited (%s): %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});

describe('the treatment left as a pronoun (repl.anaphorNeed)', () => {
  it.each([
    'El neumólogo me recetó un inhalador de por vida, pero con el jarabe de cebolla morada ya no lo necesito.',
    'Mi cuñada se inyectaba insulina tres veces al día. Con estas cápsulas ya no la necesita.',
    'A mi papá le iban a poner marcapasos, y con el té de espino tampoco lo necesita.',
  ])('%s', (text) => {
    expect(kinds(text, 'es')).toContain('treatment-replacement');
  });

  it.each(['Vendo faja para hernia, talla M; me operaron y ya no la ocupo.', 'El médico le quitó el cabestrillo a las seis semanas: ya no lo necesita.'])(
    'leaves an operation done and the doctor’s decision: %s',
    (text) => {
      expect(kinds(text, 'es')).toEqual([]);
    }
  );
});
