import * as fs from 'node:fs';
import * as path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import en from '../../admin/src/translations/en.json';
import fr from '../../admin/src/translations/fr.json';
import es from '../../admin/src/translations/es.json';
import { prefixTranslations, translationsFor } from '../../admin/src/utils/getTrad';
import { CHECKLIST_MESSAGES, findingKindKey, ruleTitleKey } from '../../shared/messages';
import { RULE_IDS } from '../../shared/rule-ids';

const SOURCE = path.resolve(__dirname, '../../admin/src');

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });

/** Every `t('id', 'default')` and `{ id: getTrad('id'), defaultMessage: '…' }` in the admin source. */
const usedMessages = () => {
  const used = new Map<string, string>();
  for (const file of sourceFiles(SOURCE)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([^']+)',\s*'((?:[^'\\]|\\.)*)'/g)) used.set(match[1], match[2]);
    for (const match of text.matchAll(/id:\s*(?:getTrad\(\s*)?'([^']+)'\)?,\s*defaultMessage:\s*'((?:[^'\\]|\\.)*)'/g)) used.set(match[1], match[2]);
  }
  return used;
};

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }> };
/** The argument names of an ICU message (plural and select arguments included, option texts excluded). */
const argumentsOf = (message: string): string[] => {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string') names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst() as unknown as Element[]);
  return [...names].sort();
};

/** The kind ids of the tables under tests/corpus/README.md "Kinds". */
const corpusKinds = () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../corpus/README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Kinds'));
  return [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]);
};

describe('translations', () => {
  // English: the admin's own texts and the checklist's (shared/messages.ts, rendered by the server too).
  const english: Record<string, string> = { ...CHECKLIST_MESSAGES, ...(en as Record<string, string>) };
  const french = fr as Record<string, string>;
  const spanish = es as Record<string, string>;
  const translated = [
    ['fr', french],
    ['es', spanish],
  ] as const;

  it('has every message the UI shows, with the same English text as its default', () => {
    const used = usedMessages();
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used.keys()].filter((id) => !(id in english));
    expect(missing).toEqual([]);
    const different = [...used].filter(([id, text]) => english[id] !== text).map(([id]) => id);
    expect(different).toEqual([]);
  });

  it.each(translated)('translates every message into %s with the same placeholders', (_locale, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    const mismatched = Object.keys(english).filter((id) => JSON.stringify(argumentsOf(english[id])) !== JSON.stringify(argumentsOf(messages[id])));
    expect(mismatched).toEqual([]);
    const untranslated = Object.keys(english).filter((id) => id.startsWith('rule.') && messages[id] === english[id]);
    expect(untranslated).toEqual([]);
  });

  it('keeps each checklist text in one place: shared/messages.ts, not en.json', () => {
    expect(Object.keys(en).filter((id) => id in CHECKLIST_MESSAGES)).toEqual([]);
    expect(translationsFor('en', { 'panel.title': 'Compliance' })).toMatchObject({ 'compliance.panel.title': 'Compliance', 'compliance.rule.phi.scan.title': 'No patient identifiers in the text' });
    expect(translationsFor('es', { 'panel.title': 'Cumplimiento' })).toEqual({ 'compliance.panel.title': 'Cumplimiento' });
  });

  it('has a title for every built-in rule and a label for every finding kind of the corpus', () => {
    expect(RULE_IDS.filter((id) => !(ruleTitleKey(id) in english))).toEqual([]);
    const kinds = corpusKinds();
    expect(kinds).toEqual(expect.arrayContaining(['phone', 'relative-name', 'cure', 'suppressed-knowledge', 'fda-approval']));
    expect(kinds.length).toBeGreaterThan(30);
    expect(kinds.filter((kind) => !(findingKindKey(kind) in english))).toEqual([]);
  });

  it('formats every message (valid ICU syntax) in every language', () => {
    for (const [locale, messages] of [['en', english] as const, ...translated]) {
      for (const [id, message] of Object.entries(messages)) {
        const values = Object.fromEntries(argumentsOf(message).map((name) => [name, name === 'count' ? 2 : 'x']));
        expect(() => new IntlMessageFormat(message, locale).format(values)).not.toThrow();
        expect(typeof id).toBe('string');
      }
    }
  });

  it('registers keys under the plugin prefix', () => {
    expect(prefixTranslations({ 'panel.title': 'Compliance' })).toEqual({ 'compliance.panel.title': 'Compliance' });
  });
});
