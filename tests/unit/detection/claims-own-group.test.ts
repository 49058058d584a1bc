/**
 * A stop of proven treatment credited to the writer's own clients ("many of our members have
 * stopped their inhalers", "muchos de nuestros pacientes han dejado la insulina") is a count of the
 * clinic's results, not a hedge (features.ts, OWN_GROUP); what many patients do in general ("many
 * patients stop their statins because of muscle pain") stays informational. The Spanish
 * `repl.stop` also reads a surgery others cancelled ("cancelaron la cirugía").
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe("a stop credited to the writer's own clients", () => {
  it.each([
    ['en', 'FAQ: Can I stop my inhaler? Many of our members have stopped their inhalers safely using the salt room.'],
    ['en', 'Q: Will I still need insulin? A: Most of my clients are off insulin within 8 weeks on the protocol.'],
    ['en', 'Many of our graduates have cancelled their hip replacement after the retreat.'],
    ['es', 'Muchas de mis alumnas cancelaron la cirugía después del taller de respiración.'],
    ['es', 'Muchos de nuestros pacientes han dejado la insulina con el protocolo de jugos.'],
    ['es', 'La mayoría de nuestros clientes dejan los antidepresivos al mes de tomar las gotas.'],
  ])('%s: %s', (language, text) => {
    expect(kinds(text, language)).toContain('treatment-replacement');
  });

  it.each([
    ['en', 'Many patients stop their statins because of muscle pain, so ask your doctor before you do.'],
    ['en', 'Most of our patients keep taking their inhalers during the program, as their doctors advise.'],
    ['es', 'Muchos pacientes dejan la insulina por miedo a las agujas, y eso es peligroso.'],
    ['es', 'Tuvieron que cancelar la cirugía porque la paciente tenía fiebre.'],
  ])('stays informational (%s): %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
