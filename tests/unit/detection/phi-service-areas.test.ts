/**
 * Where a provider works or serves is no patient's place (server/src/detection/phi/service-areas.ts):
 * "Atendemos a domicilio en Coyoacán y Tlalpan", "our hygienist covers home visits across Derby
 * and Belper". A clitic before the verb makes it the patient's ("a mi papá lo atienden en Celaya"),
 * and a private seller's hand-over place stays. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const places = (text: string, language: 'en' | 'es'): string[] => scanPhiText(text, { language }).filter((f) => f.kind === 'place').map((f) => f.match);

describe('a provider service area', () => {
  it.each([
    ['Fisioterapia neurológica 🧠 Atendemos a domicilio en Coyoacán y Tlalpan, lunes a sábado. Primera valoración sin costo.', 'es'],
    ['Consulta de psicología perinatal. Atiendo presencial en Chamberí y online, sesiones de 50 minutos.', 'es'],
    ['Mi terapeuta es genial, cobra $15.000 la sesión y atiende por Recoleta, pero no paso su contacto por acá, escríbanme por privado.', 'es'],
    ['Mi kinesióloga atiende en Caballito los martes, me hizo factura para reintegro. Pregunten por privado.', 'es'],
  ] as const)('%s', (text, language) => {
    expect(places(text, language)).toEqual([]);
  });

  it.each([
    ['A mi papá lo atienden en Celaya desde que le dio el infarto.', 'es', 'Celaya'],
    ['Vendo silla de ruedas que era de mi abuela, entrego en Irapuato, whats 462 100 2030.', 'es', 'Irapuato'],
  ] as const)('keeps: %s', (text, language, place) => {
    expect(places(text, language)).toContain(place);
  });
});
