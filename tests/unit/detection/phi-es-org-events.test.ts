/**
 * The organisation's own events in Spanish (server/src/detection/phi/org-context.ts; the Spanish
 * pack's orgCues and eventNouns, session 34): a congress, a training day, an assembly or a camp
 * the organisation announces has a date and a venue that are nobody's, while the same words in a
 * sentence about a relative keep the relative's date. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string): string[] => scanPhiText(text, { language: 'es' }).map((f) => `${f.kind}: ${f.match}`);

describe("the organisation's events (es)", () => {
  it.each([
    'Congreso regional de enfermería: viernes 14 de marzo, Hotel Plaza, Rosario.',
    'Capacitación para promotoras: 22 de agosto, auditorio del hospital, Chiclayo.',
  ])('no identifier: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
  it("a relative's meeting keeps its date", () => {
    expect(found('Mi mamá tiene su reunión con el cardiólogo el 9 de mayo.')).toContain('date: 9 de mayo');
  });
});
