/**
 * Staff roles an organisation's notice or form labels a name with (server/src/detection/phi/officers.ts,
 * the packs' `roleLabels`, `roleArticles` and `roleTitles`): "Agente comunitario: Sr. Teodoro
 * Huamaní" opening a line, or "la psicóloga del centro de salud, Maribel" in apposition, names staff, not
 * a patient. A relation of the writer's before the role keeps the name ("la madre de nuestra jefa
 * de cocina, Remedios"), and so does a role in the middle of a sentence. Sentences are written for
 * these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string): string[] =>
  scanPhiText(text, { language: 'es' }).filter((f) => f.kind === 'person-name' || f.kind === 'relative-name' || f.kind === 'place').map((f) => f.match);

describe('staff named by a role label', () => {
  it.each([
    ['Campaña de papanicolaou en la cancha techada. Agente comunitario: Sr. Teodoro Huamaní. Traer DNI.', 'Teodoro Huamaní'],
    ['Operativo de fumigación en la colonia. Inspectora de zona: Sra. Leonor Quintana. Cierren ventanas.', 'Leonor Quintana'],
    ['Fisioterapeuta responsable: Gonzalo Arrieta (col. 3310). Concertados con mutuas.', 'Gonzalo Arrieta'],
    ['La psicóloga del centro de salud, Maribel, nos orientó con los papeles de la dependencia de mi madre.', 'Maribel'],
  ])('%s', (text, staff) => {
    expect(names(text)).not.toContain(staff);
  });

  it('keeps the name of a relative of staff', () => {
    expect(names('Un abrazo a la madre de nuestra jefa de cocina, Remedios, que cumple 97 el 3 de mayo y sigue yendo a misa.')).toContain('Remedios');
  });

  it('keeps a name after a role in the middle of a sentence', () => {
    expect(names('Hoy vino la doctora: Joaquín, mi nieto, ya puede caminar desde el 4 de marzo.')).toContain('Joaquín');
  });
});
