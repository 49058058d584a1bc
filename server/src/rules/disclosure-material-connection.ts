import { findMaterialConnectionDisclosure } from '../scanners';
import type { Rule } from './types';

export const disclosureMaterialConnection: Rule = {
  id: 'disclosure.material-connection',
  title: 'Paid relationship disclosed',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(entry, { contentType, segments }) {
    const field = contentType.fields.sponsored;
    if (!field) return { status: 'skip', message: 'This type has no sponsored field' };
    if (entry[field] !== true) return { status: 'pass', message: 'Not sponsored' };
    const disclosure = findMaterialConnectionDisclosure(segments);
    if (disclosure) return { status: 'pass', message: `Disclosed: "${disclosure.match}"`, details: { path: disclosure.path } };
    return {
      status: 'fail',
      message: 'Sponsored content must say so clearly, e.g. "#ad", "Paid partnership with …" or "I received … in exchange for this review" (FTC 16 CFR 255.5)',
      findings: [{ path: [field], match: 'sponsored', kind: 'undisclosed', offset: 0, message: 'Marked sponsored, but the text carries no disclosure' }],
    };
  },
};
