/**
 * A name right after a professional title with its period is a professional's, not a patient's or
 * a relative's (server/src/detection/phi/officers.ts, titledBefore; the Spanish pack's roleTitles):
 * "Lic. Marcela Ibáñez", "Ps. Tomás Quiroga", "Lic. Enf. Olga Núñez". A relation just before the
 * title keeps a relative's name. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const names = (text: string): string[] => scanPhiText(text, { language: 'es' }).filter((f) => f.kind.endsWith('-name')).map((f) => f.match);

describe('Spanish professional titles', () => {
  it.each([
    'Campaña de desparasitación escolar: niños de 2 a 12 años, dosis única de albendazol. Lote A55123, vence 08/2026. Brigada a cargo de la Lic. Enf. Olga Núñez.',
    'Psicoterapia online y presencial en Providencia. Sesión de 50 minutos. Escríbeme por DM. Ps. Tomás Quiroga, Registro SIS 99812.',
    'La ansiedad tiene tratamiento 🧠 Atiendo en Belgrano y online. Lic. Marcela Ibáñez — M.N. 44.556 #psicologia',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it("keeps a relative's name", () => {
    expect(names('Me acompañó mi cuñada Marcela Ibáñez a la quimio del jueves.')).toContain('Marcela Ibáñez');
  });
});

describe('Spanish staff named after their role', () => {
  it.each([
    'Centro Naturista Raíces 🌿 Iridología y herbolaria. Citas al 054 300 121. Atiende el naturópata Fermín Quispe.',
    'Muy buena atención, el fisioterapeuta Gonzalo me explicó cada ejercicio. Paquete de 8 sesiones a 300 soles.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
