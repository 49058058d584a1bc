/**
 * Spanish forms: national identity numbers after their label (the Spanish pack's idLabels: DNI,
 * NIE, NIF, RUT, RUN, CC, CI, DUI, "cédula de identidad"), a form's age field with a colon (the
 * pack's ageLabels: "Edad: 96"), and Mexico's postcode labels ("C.P. 83150", "código postal").
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, textGate = true): string[] => scanPhiText(text, { language: 'es', textGate }).map((f) => `${f.kind}: ${f.match}`);

describe('Spanish forms', () => {
  it.each([
    ['Recibe la silla de ruedas su hijo, RUT 14.302.877-5, por estar el titular hospitalizado.', 'ssn: 14.302.877-5'],
    ['Denunciante con DNI 31.448.092 extravió su credencial del hospital.', 'ssn: 31.448.092'],
    ['Para la cita traiga su NIE Y-4471022-M y la tarjeta del ambulatorio.', 'ssn: Y-4471022-M'],
    ['Autorización pendiente para mi papá, CC 79.552.310, desde hace un mes.', 'ssn: 79.552.310'],
    ['Ficha — Paciente: Rigoberto Sáenz — Edad: 97 — Diagnóstico: EPOC.', 'age-over-89: 97'],
    ['Entregar el concentrador en calle Morelos 114, C.P. 44100, segundo piso.', 'zip-code: 44100'],
    ['Mándelo a mi casa, código postal 58000, en la colonia Centro.', 'zip-code: 58000'],
  ])('found: %s', (text, expected) => {
    // The rules alone (textGate: false): the text gate (gate.ts) may clear a short impersonal text; phi-text-gate.test.ts tests it.
    expect(found(text, false)).toContain(expected);
  });
  it.each(['Tome 5 cc del jarabe cada 8 horas.', 'Edad: 45 — Peso: 96 kg — Talla: 1,62 m.', 'Empresa proveedora RUC 20512345678, factura adjunta.'])('none: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
