import { measureTone } from '../scanners';
import type { Rule } from './types';
import { toCheckFindings } from './text-rules-helpers';

export const marketingTone: Rule = {
  id: 'marketing.tone',
  title: 'Measured tone',
  severity: 'warning',
  appliesTo: () => true,
  evaluate(_entry, { segments, config }) {
    const tone = measureTone(segments, { threshold: config.toneThreshold });
    const details = { words: tone.words, density: Number(tone.density.toFixed(2)), threshold: tone.threshold };
    if (!tone.exceeded) return { status: 'pass', message: 'Tone is within the threshold', details };
    return {
      status: 'fail',
      message: `${tone.superlatives.length} superlative(s) and ${tone.pressure.length} pressure phrase(s) in ${tone.words} words (density ${details.density} > ${tone.threshold}): tone it down`,
      findings: toCheckFindings([...tone.pressure, ...tone.superlatives]),
      details,
    };
  },
};
