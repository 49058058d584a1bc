import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { nativeRegExp, PRIMING_SUBJECT_LENGTH } from '../../../server/src/scanners/native-regexp';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * nativeRegExp (docs/architecture.md, "Regexps and V8's code budget"): the same regexp as
 * `new RegExp`, compiled by V8 to machine code without interpreter bytecode first.
 */
describe('nativeRegExp', () => {
  it('keeps the source, the flags and a fresh lastIndex', () => {
    for (const flags of ['', 'g', 'y', 'gu', 'iu', 'uy', 'giy']) {
      const re = nativeRegExp('(?<![\\p{L}])cur(?:e|ed|es)(?![\\p{L}])', flags);
      expect(re.source).toBe(new RegExp('(?<![\\p{L}])cur(?:e|ed|es)(?![\\p{L}])', flags).source);
      expect(re.flags).toBe(new RegExp('x', flags).flags);
      expect(re.lastIndex).toBe(0);
    }
  });

  it('matches exactly as new RegExp does, global and sticky included', () => {
    const text = 'It cured my back. Cures? No. It curedx nothing, she cures\u2019 everything \u2014 cure';
    const starts = (re: RegExp): number[] => {
      const found: number[] = [];
      for (let m = re.exec(text); m !== null && found.length < 20; m = re.exec(text)) {
        found.push(m.index);
        if (!re.global) break;
      }
      return found;
    };
    for (const [source, flags] of [['cur(?:e|ed|es)(?![\\p{L}])', 'giu'], ['(?<![\\p{L}])cures?', 'iu'], ['\\u2014[\\s\\u00a0]cure', 'gu']] as const) {
      const found = starts(nativeRegExp(source, flags));
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(starts(new RegExp(source, flags)));
    }
    const sticky = nativeRegExp('it', 'iy');
    sticky.lastIndex = 18;
    expect(sticky.test(text)).toBe(false);
    sticky.lastIndex = 29;
    expect(sticky.test(text)).toBe(true);
    expect(sticky.lastIndex).toBe(31);
    const global = nativeRegExp('cure', 'g');
    expect(global.exec(text)?.index).toBe(3);
    expect(global.lastIndex).toBe(7);
  });

  it('primes on a subject longer than V8\u2019s 1,000-character tier-up threshold', () => {
    expect(PRIMING_SUBJECT_LENGTH).toBeGreaterThanOrEqual(1000);
  });

  it('leaves V8 no interpreter bytecode to compile, where new RegExp does (--trace-regexp-tier-up)', () => {
    const run = (build: string): string =>
      execFileSync(
        process.execPath,
        ['--trace-regexp-tier-up', '-r', './scripts/register-ts.js', '-e', `const { nativeRegExp } = require('./server/src/scanners/native-regexp'); const re = ${build}; console.log('BUILT'); re.test('a short subject about knee pain'); re.test('another short one');`],
        { cwd: ROOT, encoding: 'utf8' }
      ).split('BUILT')[1] ?? '';
    const source = "'(?:hoping|wished|expected)[\\\\s\\\\u00a0]{1,3}(?:to|that)'";
    expect(run(`new RegExp(${source}, 'u')`)).toMatch(/bytecode size/);
    expect(run(`nativeRegExp(${source}, 'u')`)).not.toMatch(/bytecode size/);
  });
});
