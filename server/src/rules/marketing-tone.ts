import { measureTone } from '../scanners';
import type { Rule } from './types';
import { say } from './messages';
import { toCheckFindings } from './text-rules-helpers';

export const marketingTone: Rule = {
  id: 'marketing.tone',
  title: 'Measured tone',
  severity: 'warning',
  appliesTo: () => true,
  evaluate(_entry, { segments, config }) {
    const tone = measureTone(segments, { threshold: config.toneThreshold });
    const details = { words: tone.words, density: Number(tone.density.toFixed(2)), threshold: tone.threshold };
    if (!tone.exceeded) return { status: 'pass', ...say('rule.marketing.tone.pass'), details };
    return {
      status: 'fail',
      ...say('rule.marketing.tone.fail', { superlatives: tone.superlatives.length, pressure: tone.pressure.length, words: tone.words, density: details.density, threshold: tone.threshold }),
      findings: toCheckFindings([...tone.pressure, ...tone.superlatives]),
      details,
    };
  },
};
