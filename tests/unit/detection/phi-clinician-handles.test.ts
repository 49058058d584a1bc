/**
 * A clinician's or a health organisation's handle is staff's, not a patient's identifier
 * (server/src/detection/phi/contact.ts, isBusinessName with the pack's `businessWords`): "@dra.…",
 * "@kine_…", "@nutriologa…", "@fisio…". A relative's handle stays an identifier whatever its words
 * ("sigan a mi prima @…_enfermera"). Sentences are written for these tests, not copied from
 * tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const handles = (text: string, language: string): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'social-handle').map((f) => f.match);

describe("a clinician's handle", () => {
  it.each([
    ['es', 'Hilo de lo que aprendí con la tendinitis: hielo, excéntricos y paciencia. Gracias a mi kine @kine_sofi.mendez por aguantarme'],
    ['es', '@dra.vale.pediatra hola 🙈 mi bebé tiene 3 meses, ¿la consulta online cuesta igual que la presencial?'],
    ['es', 'Respuesta de @NutriologaAnaRuiz: ¡Hola! Sí doy consulta en línea, agenda en el link de mi perfil.'],
    ['es', 'Sesión de hoy con mi fisio @fisioandes.cusco: bici 20 min y hielo 🐢 #runnersperu'],
    ['es', '@ginecologa_latina gracias por explicar en español!! mi mamá de 70 por fin entendió'],
  ])('%s: not an identifier: %s', (language, text) => {
    expect(handles(text, language)).toEqual([]);
  });
  it.each([
    ['es', 'Mi tía tiene 93 años y se recuperó bien, sigan a mi prima @rocio_enfermera_mty que lo cuenta todo.', '@rocio_enfermera_mty'],
    ['es', 'Mi mamá salió del hospital el martes; las fotos las sube mi hermana @la_gaby_89.', '@la_gaby_89'],
    ['en', 'Dad is home after the stent, my sister @nurse_kelly_b posts the updates.', '@nurse_kelly_b'],
  ])('%s: a relative: %s', (language, text, handle) => {
    expect(handles(text, language)).toEqual([handle]);
  });
});
