/**
 * The organisation's voice versus a patient's story (server/src/detection/phi/org-context.ts), by
 * mechanism: a place a patient comes from stays an identifier when the organisation is named after
 * it; the patient's own clinician ("her doctor") is no staff biography; a state code in capitals
 * ("MA", "PA") is neither a relation nor the first person; the towns of an organisation's address
 * go with the address. Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

function kindsAt(text: string, span: string, options: PhiOptions): string[] {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" is not in "${text}"`);
  return scanPhiText(text, options)
    .filter((f) => f.offset < start + span.length && start < f.offset + f.match.length)
    .map((f) => f.kind);
}

describe('places in patient stories told by the organisation', () => {
  const positives: Array<[PhiOptions, string, string]> = [
    [EN, 'Ronan Pike, 58, rode the bus from Kalispell to our clinic every Tuesday for six weeks.', 'Kalispell'],
    [EN, 'After her doctor felt a lump, Nadia drove in from Ellensburg to see our team.', 'Ellensburg'],
    [ES, 'Ofelia Ríos, costurera de Pasadena, llegó a nuestra clínica con dolor de espalda.', 'Pasadena'],
    [ES, 'Cuando Gustavo Pardo vino desde Brownsville, nuestro equipo de cirugía lo recibió esa noche.', 'Brownsville'],
  ];
  it.each(positives)('%#: the place before the organisation is reported', (options, text, span) => {
    expect(kindsAt(text, span, options)).toContain('place');
  });

  const negatives: Array<[PhiOptions, string]> = [
    [EN, 'Find us at 88 Birch Ave, Missoula, MT 59801, next to the library.'],
    [EN, 'Write to our billing office at 410 Oak St, Worcester, MA 01608.'],
    [EN, 'Welcome Dr. Imani Cole, who trained in Baltimore and joins our cardiology team.'],
    [ES, 'Nuestra clínica en Pasadena abre los sábados.'],
    [ES, 'Abrimos una nueva oficina: 2200 Main St, Pasadena, CA 91101. ¡Los esperamos!'],
  ];
  it.each(negatives)('%#: the organisation\'s own place is not reported', (options, text) => {
    expect(scanPhiText(text, options).filter((f) => f.kind === 'place' || f.kind === 'street-address' || f.kind === 'zip-code')).toEqual([]);
  });
});
