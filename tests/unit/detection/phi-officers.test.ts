/**
 * Officers an organisation's notice names (server/src/detection/phi/officers.ts, the packs'
 * `officerLabels`): a name right after an office ("Preside:", "la tesorera,", "Coordina:
 * hermana …", "Chair:") is the organisation's, not a patient's. A relation of the writer's before
 * the office keeps the name. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string, language: string): string[] =>
  scanPhiText(text, { language }).filter((f) => f.kind === 'person-name' || f.kind === 'relative-name' || f.kind === 'place').map((f) => f.match);

describe('officers of an organisation', () => {
  it.each([
    ['es', 'Asamblea anual de la asociación de pacientes renales. Preside: Sra. Leticia Orozco. Orden del día: cuotas y transporte.'],
    ['es', 'Se levanta la sesión con la firma de la tesorera, Graciela Ibarra, y del vocal, Andrés Quiroga.'],
    ['es', 'Rifa a beneficio del comedor parroquial, boletos a $20. Coordina: hermana Lucía.'],
    ['en', 'Support group minutes, March meeting. Chair: Dale Whitcomb. Next session moves to the library annex.'],
  ])('%s: %s', (language, text) => {
    expect(names(text, language)).toEqual([]);
  });

  it('keeps a name the writer calls kin before the office', () => {
    expect(names('Mi mamá es la presidenta, Marta Cuevas, y la operaron ayer de la cadera.', 'es')).toContain('Marta Cuevas');
  });
});
