/**
 * A signature that names a role, not a person (the packs' `notNames`: "— Administración", "—
 * Equipo Canguritos", "— Admin", "— Team Kangaroo", "— Management"): no person's name. A
 * signature with a given name still is one. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string, language: string): string[] =>
  scanPhiText(text, { language }).filter((f) => f.kind === 'person-name' || f.kind === 'relative-name').map((f) => f.match);

describe('signatures that name a role', () => {
  it.each([
    ['es', 'Recordamos que no se publican fotos de recetas ni de resultados en el muro. — Administración'],
    ['es', 'Tu paquete salió hoy; el seguimiento llega por correo en 24 horas. — Equipo Pañalitos'],
    ['es', 'Cerramos el hilo por comentarios ofensivos. Gracias por entender. — Moderación'],
    ['en', 'Reminder: no photos of prescriptions or lab results in the feed, please. — Admin'],
    ['en', 'Your package left today; tracking arrives by email within 24 hours. — Team Sprout'],
    ['en', 'Lobby renovations run through Friday; use the north entrance. — Management'],
  ])('%s: %s', (language, text) => {
    expect(names(text, language)).toEqual([]);
  });

  it.each([
    ['es', 'Gracias a todos por las oraciones, mi papá ya salió del quirófano. — Yolanda', 'Yolanda'],
    ['en', 'Thank you all for the prayers, my dad is out of surgery. — Rhonda', 'Rhonda'],
  ])('%s: a given name still signs: %s', (language, text, name) => {
    expect(names(text, language)).toEqual([name]);
  });
});
