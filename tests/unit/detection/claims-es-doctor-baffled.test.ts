/**
 * The doctor baffled by the result (the Spanish pack's miracle.baffled; docs/architecture.md, "The
 * grammar"): after the illness on the line, "la doctora no lo podía creer" or "el oncólogo no se lo
 * explicaba" is the testimonial's mark of a miracle, and "mano de santo" is a remedy that works
 * wonders. Disbelief at a delay, a doctor with no illness before it and a helping hand stay clear.
 * The grammar alone is read (reader: null). Every sentence here is written for these tests, not
 * taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('the doctor baffled', () => {
  it.each([
    'Tomé las gotas y en tres días mi glaucoma había mejorado, la doctora no lo podía creer.',
    'Tenía un tumor en el hígado y con el té se redujo; el oncólogo todavía no se lo explica.',
    'Mis niveles de azúcar bajaron a la mitad y mi médico de cabecera quedó asombrado.',
    'El curandero me dio una pomada para las varices, mano de santo oiga.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('miracle');
  });

  it.each([
    'Me dolía la rodilla y mi médico no podía creer lo que tardaron en darme la cita.',
    'Mi médico no lo podía creer: ganamos el torneo de pádel del barrio.',
    'Le echó una mano de santo al vecino con la mudanza.',
  ])('stays clear: %s', (text) => {
    expect(kinds(text)).not.toContain('miracle');
  });
});
