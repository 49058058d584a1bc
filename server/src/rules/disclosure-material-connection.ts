import { findMaterialConnectionDisclosure } from '../scanners';
import type { Rule } from './types';
import { say } from './messages';

export const disclosureMaterialConnection: Rule = {
  id: 'disclosure.material-connection',
  title: 'Paid relationship disclosed',
  severity: 'blocker',
  appliesTo: () => true,
  evaluate(entry, { contentType, segments }) {
    const field = contentType.fields.sponsored;
    if (!field) return { status: 'skip', ...say('rule.disclosure.material-connection.skip') };
    if (entry[field] !== true) return { status: 'pass', ...say('rule.disclosure.material-connection.pass.unsponsored') };
    const disclosure = findMaterialConnectionDisclosure(segments);
    if (disclosure) return { status: 'pass', ...say('rule.disclosure.material-connection.pass', { match: disclosure.match }), details: { path: disclosure.path } };
    return {
      status: 'fail',
      ...say('rule.disclosure.material-connection.fail'),
      findings: [{ path: [field], match: 'sponsored', kind: 'undisclosed', offset: 0, ...say('rule.disclosure.material-connection.finding') }],
    };
  },
};
