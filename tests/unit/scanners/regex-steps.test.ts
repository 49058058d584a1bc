/**
 * Every regular expression the scanners and detectors compile must match in time linear in its
 * input: no nested or overlapping quantifiers that backtrack (README.md#the-checklist: "no
 * regular-expression backtracking"). Steps are counted, not timed, by a backtracking matcher
 * (helpers/backtracker.ts) over adversarial inputs of growing size built from each pattern: for
 * every quantifier, the text before it, its body pumped N times, then a character that breaks
 * the match. One match attempt must cost O(N): doubling N may at most about double the steps.
 * (Scanning every start position of a long text is bounded by the windows the scanners use and
 * measured by bench/scanners.bench.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { CountingRegex, StepLimit } from './helpers/backtracker';

const ROOTS = ['server/src/scanners', 'server/src/detection'].map((dir) => path.join(__dirname, '../../..', dir));
/** Input sizes, in characters of the pumped part. */
const SIZES = [100, 200, 400];
const SUFFIXES = ['', '\u2603', '!', '\n', ' x'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });

/** Regex literals, read from the source so that none is missed. */
const literalRegexes = (): RegExp[] =>
  ROOTS.flatMap(sourceFiles).flatMap((file) => {
    const found: RegExp[] = [];
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        found.push(new RegExp(text.slice(1, slash), text.slice(slash + 1)));
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
    return found;
  });

/**
 * Regexes built at run time (from language packs, lexicons, lists): every `RegExp` the plugin's
 * code constructs while the scanners load and run. Libraries' own regexes (libphonenumber-js
 * bounds its input length) are theirs to keep linear.
 */
const constructedRegexes = (): RegExp[] => {
  const built: RegExp[] = [];
  const Native = globalThis.RegExp;
  // The frame that called the constructor: under server/src, or in a library.
  const fromPlugin = () => (new Error().stack?.split('\n')[3] ?? '').includes(`${path.sep}server${path.sep}src${path.sep}`);
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = new target(...args);
      if (fromPlugin()) built.push(regex);
      return regex;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      const regex = target(...args);
      if (fromPlugin()) built.push(regex);
      return regex;
    },
  });
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the constructor is watched
      const scanners = require('../../../server/src/scanners') as typeof import('../../../server/src/scanners');
      const texts = [
        'Call Dr. Jane Doe at 555-201-3344 or jane.doe@mail.example, MRN 4481-22, born 03/04/1961 in Springfield, IL 62704. This miracle cure is clinically proven (doi:10.1000/182) #ad, results not typical!',
        'Mi hija Inés vive en Madrid; llame al 612 345 678. Esta cura milagrosa está garantizada. Resultados no típicos.',
      ];
      for (const [index, text] of texts.entries()) {
        const segments = [{ path: ['body'], text }];
        const locale = index ? 'es' : 'en';
        scanners.scanPhi(segments, { subjectNames: ['Jane Doe'], allowedPhones: ['555-201-0000'], allowedDomains: ['clinic.example'], locale } as Parameters<typeof scanners.scanPhi>[1]);
        scanners.scanProhibitedClaims(segments, { add: ['detox'], remove: [], locale } as Parameters<typeof scanners.scanProhibitedClaims>[1]);
        scanners.findEstablishmentClaims(segments);
        scanners.findHealthClaims(segments);
        scanners.findOutcomeStatements(segments);
        scanners.findMaterialConnectionDisclosure(segments);
        scanners.findTypicalResultsStatement(segments);
        scanners.measureTone(segments);
        scanners.extractReferences([text]);
        scanners.hasReferenceText(text);
      }
    });
  } finally {
    globalThis.RegExp = Native;
  }
  return built;
};

const unique = (regexes: RegExp[]) => [...new Map(regexes.map((regex) => [`/${regex.source}/${regex.flags}`, regex])).values()];

/** Inputs of growing size that pump each quantifier of the pattern. */
const attacks = (counter: CountingRegex): Array<{ label: string; build: (size: number) => string }> => {
  const found: Array<{ label: string; build: (size: number) => string }> = [];
  const quantifiers: Array<import('@eslint-community/regexpp').AST.Quantifier> = [];
  const walk = (node: import('@eslint-community/regexpp').AST.Node) => {
    if (node.type === 'Quantifier') quantifiers.push(node);
    for (const key of ['alternatives', 'elements'] as const) {
      const children = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(children)) for (const child of children) walk(child);
    }
    if (node.type === 'Quantifier') walk(node.element);
  };
  walk(counter.ast.pattern);
  for (const quantifier of quantifiers.filter((q) => q.max > 8)) {
    const prefix = counter.prefixOf(quantifier);
    const bodies = new Set([counter.sample(quantifier.element)]);
    const element = quantifier.element;
    if (element.type === 'Group' || element.type === 'CapturingGroup') for (const alternative of element.alternatives) bodies.add(counter.sample(alternative));
    for (const body of bodies) {
      if (!body) continue;
      for (const suffix of SUFFIXES) found.push({ label: `${JSON.stringify(prefix)} + ${JSON.stringify(body)}×N + ${JSON.stringify(suffix)}`, build: (size) => prefix + body.repeat(Math.ceil(size / body.length)) + suffix });
    }
  }
  return found;
};

/** The worst growth of one attempt's steps when the input doubles, over every attack; Infinity past the step limit. */
const worstGrowth = (regex: RegExp) => {
  const counter = new CountingRegex(regex);
  let worst = { ratio: 0, label: '', steps: [] as number[] };
  for (const attack of attacks(counter)) {
    let steps: number[];
    try {
      steps = SIZES.map((size) => counter.stepsAt(attack.build(size)).steps);
    } catch (error) {
      if (error instanceof StepLimit) return { ratio: Infinity, label: attack.label, steps: [] };
      throw error;
    }
    // Slack for a constant cost: a few hundred steps are not growth.
    const ratio = (steps[2] - steps[1]) / Math.max(steps[1] - steps[0], 200);
    if (ratio > worst.ratio) worst = { ratio, label: attack.label, steps };
  }
  return worst;
};

/**
 * Sizes double, so linear steps grow by about twice the previous growth (100→200→400 characters:
 * +100a, then +200a), quadratic ones by four times, exponential ones hit the step limit.
 */
const LINEAR = 2.8;

describe('the step counter', () => {
  it('agrees with the native engine on where a match ends', () => {
    const cases: Array<[RegExp, string]> = [
      [/\d{3}-\d{2}-\d{4}/, '123-45-6789 x'],
      [/(?<=\$)\d+(?:\.\d\d)?/, '$12.50'],
      [/\b(cure[sd]?|miracle)\b/i, 'Miracle cures'],
      [/(a|ab)(c|bcd)(d*)/, 'abcd'],
      [/([a-z]+)@\1/, 'abc@abc'],
      [/x*?y/, 'xxy'],
    ];
    for (const [regex, input] of cases) {
      const native = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '') + 'y').exec(input);
      expect(new CountingRegex(regex).stepsAt(input).matched).toBe(native ? native[0].length : null);
    }
  });

  it('finds the classic catastrophic patterns, exponential and polynomial', () => {
    for (const bad of [/^(a+)+$/, /(\w+\s?)*$/, /^(a|aa)+$/, /\s*\s*\s*x/, /(\d+)*!/, /^[a-z]+[a-z0-9]*@/]) {
      expect({ regex: String(bad), ratio: worstGrowth(bad).ratio > LINEAR }).toEqual({ regex: String(bad), ratio: true });
    }
  });

  it('passes linear patterns', () => {
    for (const good of [/\d{3}-\d{2}-\d{4}/, /[a-z]+@[a-z]+\.[a-z]{2,}/, /\b(?:cure[sd]?|miracle)\b/i, /(?<![\w.])\d+(?:\.\d+)?%/]) {
      expect({ regex: String(good), growth: worstGrowth(good).ratio <= LINEAR }).toEqual({ regex: String(good), growth: true });
    }
  });
});

describe('every scanner and detector regex', () => {
  const literals = unique(literalRegexes());
  const constructed = unique(constructedRegexes());
  const regexes = unique([...literals, ...constructed]);

  it('is found: literals in the source and those built at run time', () => {
    expect({ literals: literals.length > 200, constructed: constructed.length > 50 }).toEqual({ literals: true, constructed: true });
  });

  it('needs O(N) steps per match attempt on inputs that pump its quantifiers', () => {
    const superLinear = regexes
      .map((regex) => ({ regex: `/${regex.source.slice(0, 300)}/${regex.flags}`, ...worstGrowth(regex) }))
      .filter((result) => result.ratio > LINEAR);
    expect(superLinear).toEqual([]);
  });
});
