/**
 * A professional title abbreviated before a name ("Farm.", "Bioq.", "Lic."; the pack's roleTitles)
 * makes the name a professional's, not a patient's (server/src/detection/phi/officers.ts), and the
 * PHI reader never reads such a title standing alone as a name or a town
 * (server/src/detection/phi/reader.ts, readNames). Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import { compilePack } from '../../../server/src/detection/phi/compile';
import { es } from '../../../server/src/detection/phi/packs/es';
import { readNames } from '../../../server/src/detection/phi/reader';
import type { PhiReaderFile } from '../../../server/src/detection/phi/reader';

describe('professional titles (es)', () => {
  it('a pharmacist signing a report is no patient', () => {
    const text = 'Reporte de farmacovigilancia. Medicamento: warfarina 5 mg, lote 31B220, venc. 04/2027. Evento: sangrado leve. Paciente: M, 64 a. Notifica: Farm. Ignacio Quiroga, MP 5512.';
    expect(scanPhiText(text, { language: 'es' }).map((f) => f.match)).not.toContain('Ignacio Quiroga');
  });

  it('the reader does not read a title alone, and still reads a street that ends like one', () => {
    // A reader that scores every run 0.5, over its catch: it reads every run it is allowed to.
    const half = { bias: 0, weights: {} };
    const file: PhiReaderFile = { language: 'es', trainedOn: 'test', catch: 0.4, phi: half, place: { bias: -5, weights: {} }, placeShare: 0.5, numberCatch: 1.01, number: half };
    const read = (text: string): string[] => readNames(text, compilePack(es), [], [], file).map((f) => text.slice(f.start, f.end));
    expect(read('firmado por Bioq. Rocío Benítez')).toEqual(['Rocío Benítez']);
    expect(read('la caja quedó en 41 Renwick Dr')).toEqual(['Renwick Dr']);
  });
});

describe('staff named by a role of the pack (es)', () => {
  // A vaccinator or a lawyer signing for the clinic before a name is staff (the pack's professions, session 34), as a
  // midwife or an anaesthetist was already; a relative who holds such a role is still a relative.
  it.each([
    ['La matrona Inés Carrasco pasa visita los martes por la tarde.', 'Inés Carrasco'],
    ['Vacunador: Rigoberto Pimentel. Dosis aplicadas en la jornada: 42.', 'Rigoberto Pimentel'],
    ['Firma la letrada Marisol Echeverría, en representación de la clínica.', 'Marisol Echeverría'],
    ['El anestesista Tomás Ugarte explicó la sedación a todos los pacientes.', 'Tomás Ugarte'],
  ])('no identifier: %s', (text, name) => {
    expect(scanPhiText(text, { language: 'es' }).map((f) => f.match)).not.toContain(name);
  });
  it('a relative who holds the role is still a relative', () => {
    const text = 'Mi hermana Lucía, abogada, me acompañó a la consulta.';
    expect(scanPhiText(text, { language: 'es' }).map((f) => `${f.kind}: ${f.match}`)).toContain('relative-name: Lucía');
  });
});
