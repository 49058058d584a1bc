/**
 * An identifier whose label sits in the sentence before (server/src/detection/phi/labels.ts,
 * `labelInSentenceBefore`): the token is shaped like nothing but an identifier and the writer
 * speaks of their own or a relative's number ("have the chart number ready. My son's was
 * CH-0093315"). Phone groups, the organisation's numbers ("su factura … (787) 754-3600") and
 * tokens after a measurement context stay negative. Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

const POSITIVES: Array<[PhiOptions, string, string, string]> = [
  [EN, 'Bring your chart number to the desk. Mine is KX-4471902 and they found me fast.', 'KX-4471902', 'medical-record-number'],
  [EN, 'They asked for my driving license twice?? Fine, W512-7730-9921, write it down.', 'W512-7730-9921', 'certificate-license-number'],
  [ES, '¿Dónde viene el número de póliza? A mi esposo le pusieron 7781-22-0093 en la tarjeta.', '7781-22-0093', 'health-plan-number'],
];

const NEGATIVES: Array<[PhiOptions, string]> = [
  [ES, '¿Preguntas sobre su factura? Llame a nuestra oficina de facturación al (787) 754-3600.'],
  [EN, 'Update your insurance card at check-in. The new form is HF-220314 on our website.'],
  [EN, 'What is a good A1C? Mine was 6.8 last month, down from 7.4.'],
];

describe('a label in the sentence before', () => {
  it.each(POSITIVES)('%#: the identifier is reported', (options, text, span, kind) => {
    const start = text.indexOf(span);
    expect(scanPhiText(text, options).some((f) => f.kind === kind && f.offset <= start && start < f.offset + f.match.length)).toBe(true);
  });
  it.each(NEGATIVES)('%#: the look-alike stays negative', (options, text) => {
    expect(scanPhiText(text, options)).toEqual([]);
  });
});
