/**
 * A backtracking matcher that counts its steps, for the regex growth test
 * (regex-steps.test.ts). It follows the shape of a backtracking engine like V8's: one step per
 * node tried, alternatives and quantifier iterations retried on failure, lookbehinds matched
 * right to left. Character membership is asked of the native engine, one character at a time, so
 * classes, escapes and Unicode properties mean what they mean to V8.
 */
import { parseRegExpLiteral, visitRegExpAST, type AST } from '@eslint-community/regexpp';

export class StepLimit extends Error {}

type Next = (pos: number) => boolean;
type Single = AST.Character | AST.CharacterClass | AST.CharacterSet | AST.ExpressionCharacterClass;

const isSingle = (node: AST.Node): node is Single =>
  node.type === 'Character' || node.type === 'CharacterClass' || node.type === 'CharacterSet' || node.type === 'ExpressionCharacterClass';

/** Characters tried, in order, when a sample of a class is needed. */
const CANDIDATES = [
  ...'aA0 .-@/:#+_,\'"é\n',
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...'ñáíóúüçàèÉÑ\t\u00a0',
];

export class CountingRegex {
  readonly ast: AST.RegExpLiteral;
  private readonly flags: string;
  private readonly groups: AST.CapturingGroup[] = [];
  private readonly singles = new Map<Single, RegExp>();
  private readonly memo = new Map<Single, Map<string, boolean>>();
  private input = '';
  private steps = 0;
  private limit = 0;
  private captures: Array<[number, number] | undefined> = [];

  constructor(readonly regex: RegExp) {
    this.ast = parseRegExpLiteral(regex);
    this.flags = [...regex.flags].filter((flag) => 'iusv'.includes(flag)).join('');
    visitRegExpAST(this.ast, { onCapturingGroupEnter: (group) => void this.groups.push(group) });
  }

  /** The steps of one match attempt at `start`; throws StepLimit past `limit`. */
  stepsAt(input: string, start = 0, limit = 2_000_000): { steps: number; matched: number | null } {
    this.input = input;
    this.steps = 0;
    this.limit = limit;
    this.captures = [];
    let end: number | null = null;
    const matched = this.alternatives(this.ast.pattern.alternatives, start, 1, (pos) => {
      end = pos;
      return true;
    });
    return { steps: this.steps, matched: matched ? end : null };
  }

  /** Does `char` match this single-character node? */
  accepts(node: Single, char: string): boolean {
    let memo = this.memo.get(node);
    if (!memo) this.memo.set(node, (memo = new Map()));
    const known = memo.get(char);
    if (known !== undefined) return known;
    let native = this.singles.get(node);
    if (!native) this.singles.set(node, (native = new RegExp(`^(?:${node.raw})$`, this.flags)));
    const result = native.test(char);
    memo.set(char, result);
    return result;
  }

  /** One string the node matches (the first alternative, the fewest iterations, one sample character per class). */
  sample(node: AST.Node): string {
    if (isSingle(node)) {
      if (node.type === 'Character') return String.fromCodePoint(node.value);
      return CANDIDATES.find((char) => this.accepts(node, char)) ?? '';
    }
    switch (node.type) {
      case 'Alternative':
        return node.elements.map((element) => this.sample(element)).join('');
      case 'Group':
      case 'CapturingGroup':
      case 'Pattern':
        return node.alternatives.length ? this.sample(node.alternatives[0]) : '';
      case 'Quantifier':
        return this.sample(node.element).repeat(Math.max(node.min, 1));
      default:
        return '';
    }
  }

  /** What the pattern matches before `node`, as samples, from the start of the pattern. */
  prefixOf(node: AST.Node): string {
    let prefix = '';
    let child: AST.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (parent.type === 'Alternative') {
        const before = parent.elements.slice(0, parent.elements.indexOf(child as AST.Element));
        prefix = before.map((element) => this.sample(element)).join('') + prefix;
      }
      if (parent.type === 'Assertion') break;
    }
    return prefix;
  }

  private step() {
    if (++this.steps > this.limit) throw new StepLimit(`more than ${this.limit} steps`);
  }

  private charAt(pos: number, dir: 1 | -1): string | undefined {
    return dir > 0 ? this.input[pos] : pos > 0 ? this.input[pos - 1] : undefined;
  }

  private alternatives(alternatives: AST.Alternative[], pos: number, dir: 1 | -1, next: Next): boolean {
    for (const alternative of alternatives) {
      if (this.sequence(alternative.elements, dir > 0 ? 0 : alternative.elements.length - 1, pos, dir, next)) return true;
    }
    return false;
  }

  private sequence(elements: AST.Element[], index: number, pos: number, dir: 1 | -1, next: Next): boolean {
    if (index < 0 || index >= elements.length) return next(pos);
    return this.match(elements[index], pos, dir, (after) => this.sequence(elements, index + dir, after, dir, next));
  }

  private isWord(pos: number): boolean {
    const char = this.input[pos];
    return char !== undefined && /\w/.test(char);
  }

  private match(node: AST.Element, pos: number, dir: 1 | -1, next: Next): boolean {
    this.step();
    if (isSingle(node)) {
      const char = this.charAt(pos, dir);
      return char !== undefined && this.accepts(node, char) && next(pos + dir);
    }
    switch (node.type) {
      case 'Group':
        return this.alternatives(node.alternatives, pos, dir, next);
      case 'CapturingGroup': {
        const index = this.groups.indexOf(node);
        return this.alternatives(node.alternatives, pos, dir, (end) => {
          const before = this.captures[index];
          this.captures[index] = dir > 0 ? [pos, end] : [end, pos];
          if (next(end)) return true;
          this.captures[index] = before;
          return false;
        });
      }
      case 'Quantifier':
        return this.repeat(node, 0, pos, dir, next);
      case 'Backreference': {
        const targets = Array.isArray(node.resolved) ? node.resolved : [node.resolved];
        const span = targets.map((group) => this.captures[this.groups.indexOf(group)]).find(Boolean);
        if (!span) return next(pos);
        const text = this.input.slice(span[0], span[1]);
        const at = dir > 0 ? pos : pos - text.length;
        const here = this.input.slice(at, at + text.length);
        const same = this.flags.includes('i') ? here.toLowerCase() === text.toLowerCase() : here === text;
        return at >= 0 && same && next(pos + dir * text.length);
      }
      case 'Assertion': {
        if (node.kind === 'start') return (pos === 0 || (this.regex.multiline && /[\n\r\u2028\u2029]/.test(this.input[pos - 1]))) && next(pos);
        if (node.kind === 'end') return (pos === this.input.length || (this.regex.multiline && /[\n\r\u2028\u2029]/.test(this.input[pos]))) && next(pos);
        if (node.kind === 'word') return this.isWord(pos - 1) !== this.isWord(pos) !== node.negate && next(pos);
        if (node.kind !== 'lookahead' && node.kind !== 'lookbehind') return false;
        const found = this.alternatives(node.alternatives, pos, node.kind === 'lookahead' ? 1 : -1, () => true);
        return found !== node.negate && next(pos);
      }
    }
  }

  private repeat(node: AST.Quantifier, count: number, pos: number, dir: 1 | -1, next: Next): boolean {
    const again = () =>
      count < node.max &&
      this.match(node.element, pos, dir, (after) => (after === pos && count >= node.min ? false : this.repeat(node, count + 1, after, dir, next)));
    if (count < node.min) return again();
    return node.greedy ? again() || next(pos) : next(pos) || again();
  }
}
