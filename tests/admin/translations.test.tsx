import * as fs from 'node:fs';
import * as path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import en from '../../admin/src/translations/en.json';
import fr from '../../admin/src/translations/fr.json';
import { prefixTranslations } from '../../admin/src/utils/getTrad';

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

const argumentsOf = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*(\w+)/g)].map((match) => match[1]))].filter((name) => !['plural', 'one', 'other'].includes(name)).sort();

describe('translations', () => {
  const english = en as Record<string, string>;
  const french = fr as Record<string, string>;

  it('has every message the UI shows, with the same English text as its default', () => {
    const used = usedMessages();
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used.keys()].filter((id) => !(id in english));
    expect(missing).toEqual([]);
    const different = [...used].filter(([id, text]) => english[id] !== text).map(([id]) => id);
    expect(different).toEqual([]);
  });

  it('translates every message into French with the same placeholders', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    const mismatched = Object.keys(english).filter((id) => JSON.stringify(argumentsOf(english[id])) !== JSON.stringify(argumentsOf(french[id])));
    expect(mismatched).toEqual([]);
  });

  it('formats every message (valid ICU syntax) in both languages', () => {
    for (const [locale, messages] of [
      ['en', english],
      ['fr', french],
    ] as const) {
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
