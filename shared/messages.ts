/**
 * The checklist's words, in one place: every rule title, rule message and finding kind has an id
 * and an English default here. The server renders a check's English `message` from these (for API
 * users); the admin renders the same id and values with react-intl in the admin's language (the
 * French and Spanish texts are in admin/src/translations). See README "Checklist languages".
 *
 * Keys are unprefixed like the admin's translation files; on the wire (`titleId`, `messageId`) they
 * carry the plugin prefix, e.g. `compliance.rule.phi.scan.fail`.
 */

export const MESSAGE_PREFIX = 'compliance.';

/** A message's values: strings and numbers only, so they travel as JSON. */
export type MessageValues = Record<string, string | number>;

const RULE_TITLES = {
  'consent.present': 'Patient authorization on file',
  'consent.valid': 'Linked consents are valid',
  'consent.scope': 'Use is within the consent’s scope',
  'phi.scan': 'No patient identifiers in the text',
  'claims.prohibited': 'No unrealistic health promises',
  'claims.evidence': 'Claims are backed by references',
  'disclosure.material-connection': 'Paid relationship disclosed',
  'disclosure.typical-results': 'Typical results stated',
  'marketing.tone': 'Measured tone',
  'review.approval': 'Reviewer sign-off',
} as const;

/** `{count} noun(s) found: "a", "b", "c", …` as an ICU plural (values `count`, `matches`). */
const found = (one: string, other: string) => `{count, plural, one {# ${one} found} other {# ${other} found}}: {matches}`;

const RULE_MESSAGES = {
  'rule.consent.present.pass': '{count, plural, one {# active consent linked} other {# active consents linked}}',
  'rule.consent.present.fail.none': 'No signed patient authorization is linked: record the consent (HIPAA 164.508) and link it to this entry',
  'rule.consent.present.fail.inactive': 'No linked consent is currently in effect: record a new signed authorization and link it',

  'rule.consent.valid.skip': 'No consent linked',
  'rule.consent.valid.pass': 'Every linked consent is in effect and complete',
  'rule.consent.valid.fail': 'Linked consent {consents} cannot be relied on: unlink it or record a new one',

  'rule.consent.scope.skip': 'No consent in effect to compare with',
  'rule.consent.scope.pass': 'Channel, media and remuneration are covered by a consent',
  'rule.consent.scope.channel': 'No consent covers the "{channel}" channel (consents cover: {covered})',
  'rule.consent.scope.no-channel': 'Choose the channel this entry is published on, so it can be compared with the consent',
  'rule.consent.scope.photo': 'The entry uses a photo, but no consent covers photos (scope.media lacks "photo")',
  'rule.consent.scope.remuneration': 'The entry is sponsored, but no consent discloses remuneration (45 CFR 164.508(a)(3)(ii))',
  'rule.consent.scope.combination':
    'No single consent covers this use: one consent must cover the channel, the photo and the sponsorship together (the closest lacks {count, plural, one {one of them} other {# of them}})',
  'rule.consent.scope.fail': 'The linked consents do not cover this use ({count} problems): see each one below',

  'rule.phi.scan.pass': 'No HIPAA Safe Harbor identifiers found',
  'rule.phi.scan.fail': `${found('identifier', 'identifiers')}. Remove them or replace them with the clinic's details (45 CFR 164.514(b)(2))`,

  'rule.claims.prohibited.pass': 'No prohibited claims found',
  'rule.claims.prohibited.fail': `${found('prohibited claim', 'prohibited claims')}. Rephrase without promises of cures, guarantees or absolute results (FTC/FDA health-fraud guidance)`,

  'rule.claims.evidence.pass.none': 'No claims that need evidence',
  'rule.claims.evidence.pass': '{claims} claim(s) supported by {references} reference(s)',
  'rule.claims.evidence.pass.cited': '{claims, plural, one {# claim} other {# claims}} cited in their paragraph',
  'rule.claims.evidence.fail': `${found('claim', 'claims')} without a citation. Add a DOI, a PMID or a link to a journal, PubMed, a guideline body or a health agency{hasField, select, yes { in "{field}"} other {}} or in the claim's paragraph; links to the clinic's own site do not count (FTC: competent and reliable scientific evidence)`,

  'rule.disclosure.material-connection.skip': 'This type has no sponsored field',
  'rule.disclosure.material-connection.pass.unsponsored': 'Not sponsored',
  'rule.disclosure.material-connection.pass': 'Disclosed: "{match}"',
  'rule.disclosure.material-connection.fail':
    'Sponsored content must say so clearly, e.g. "#ad", "Paid partnership with …" or "I received … in exchange for this review" (FTC 16 CFR 255.5)',
  'rule.disclosure.material-connection.finding': 'Marked sponsored, but the text carries no disclosure',

  'rule.disclosure.typical-results.pass.none': 'No outcome claims',
  'rule.disclosure.typical-results.pass': 'Outcome claims carry a typical-results statement: "{match}"',
  'rule.disclosure.typical-results.fail': `${found('outcome claim', 'outcome claims')}. Add what results people can generally expect, e.g. "Individual results vary; most patients …" (FTC 16 CFR 255.2(b))`,

  'rule.marketing.tone.pass': 'Tone is within the threshold',
  'rule.marketing.tone.fail':
    '{superlatives, plural, one {# superlative} other {# superlatives}} and {pressure, plural, one {# pressure phrase} other {# pressure phrases}} in {words} words (density {density} > {threshold}): tone it down',

  'rule.review.approval.pass.none': 'No review required for this type',
  'rule.review.approval.pass': 'Approved by {approvals}',
  'rule.review.approval.fail':
    '{count, plural, one {Waiting for the {roles} review} other {Waiting for the {roles} reviews}}{stale, select, yes { (earlier approvals are for a previous version of the text)} other {}}{sameSigner, select, yes { (one person approved several roles; each needs a different reviewer)} other {}}',

  /** Any other result (a custom rule, or a built-in message with no id yet): the English as is. */
  'check.message': '{message}',
  'check.error': 'Rule {rule} could not be evaluated: {error}',
  'check.waived': '{count, plural, one {# finding} other {# findings}} waived by a reviewer',
} as const;

/** Labels of finding kinds: the identifiers and claims of tests/corpus/README.md "Kinds", and the other rules' kinds. */
const FINDING_KINDS = {
  // phi.scan (45 CFR 164.514(b)(2)(i))
  'subject-name': 'Patient’s name',
  'relative-name': 'Name of a relative or household member',
  place: 'Place smaller than a state',
  'zip-code': 'ZIP code',
  'street-address': 'Street address',
  email: 'Email address',
  phone: 'Phone or fax number',
  ssn: 'Social Security number',
  date: 'Date more precise than the year',
  'age-over-89': 'Age over 89',
  'medical-record-number': 'Medical record number',
  'health-plan-number': 'Health plan or member number',
  'account-number': 'Account number',
  'certificate-license-number': 'Certificate or license number',
  'vehicle-identifier': 'Vehicle identifier (plate or VIN)',
  'device-identifier': 'Device identifier or serial number',
  'personal-url': 'Personal web address',
  'social-handle': 'Social media handle',
  'ip-address': 'IP address',
  // claims.prohibited
  cure: 'Promise of a cure',
  'cure-claim': 'Promise of a cure',
  miracle: 'Miracle claim',
  guarantee: 'Guaranteed health outcome',
  'universal-efficacy': 'Claims it works for everyone',
  'absolute-efficacy': 'Claims it always works',
  'zero-risk': 'Claims there is no risk',
  'no-side-effects': 'Claims there are no side effects',
  'risk-free': 'Claims there is no risk',
  permanence: 'Promise of permanent results',
  'treatment-replacement': 'Discourages proven treatment',
  'anti-treatment': 'Discourages proven treatment',
  'instant-results': 'Promise of instant results',
  'quick-fix': 'Promise of unrealistically fast results',
  'effortless-weight-loss': 'Effortless weight loss',
  'cure-all': 'Cure-all claim',
  'disease-reversal': 'Claims to reverse a disease',
  'vaccine-alternative': 'Alternative to vaccines',
  'suppressed-knowledge': 'Suppressed-knowledge claim',
  'fda-approval': 'FDA approval without a reference',
  custom: 'Phrase on this site’s prohibited list',
  // claims.evidence, disclosures, tone, consent scope
  'establishment-claim': 'Claim of scientific proof',
  'health-claim': 'Health claim',
  outcome: 'Outcome claim',
  undisclosed: 'Undisclosed paid relationship',
  superlative: 'Superlative',
  pressure: 'Pressure phrase',
  channel: 'Channel not covered by a consent',
  media: 'Photo not covered by a consent',
  remuneration: 'Remuneration not disclosed in a consent',
} as const;

export type RuleTitleKey = keyof typeof RULE_TITLES;
export type RuleMessageKey = keyof typeof RULE_MESSAGES;

export const ruleTitleKey = (ruleId: string) => `rule.${ruleId}.title`;
export const findingKindKey = (kind: string) => `finding.kind.${kind}`;
/** The id on the wire and in react-intl: the key with the plugin prefix. */
export const prefixed = (key: string) => `${MESSAGE_PREFIX}${key}`;
export const unprefixed = (id: string) => (id.startsWith(MESSAGE_PREFIX) ? id.slice(MESSAGE_PREFIX.length) : id);

/** Every checklist message with its English default, keyed like the admin's translation files. */
export const CHECKLIST_MESSAGES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(RULE_TITLES).map(([id, title]) => [ruleTitleKey(id), title])),
  ...RULE_MESSAGES,
  ...Object.fromEntries(Object.entries(FINDING_KINDS).map(([kind, label]) => [findingKindKey(kind), label])),
};

export const ruleTitle = (ruleId: RuleTitleKey) => RULE_TITLES[ruleId];
export const FINDING_KIND_IDS = Object.keys(FINDING_KINDS);

// ---------------------------------------------------------------------------------------------
// A small ICU MessageFormat renderer for the server (the admin uses react-intl): plain text,
// `{name}`, `{name, plural, =0 {…} one {…} other {…}}` with `#`, and `{name, select, a {…} other {…}}`.
// Apostrophes are plain text. tests/unit checks it agrees with intl-messageformat on every message.

/** The index just after the `}` closing the `{` at `open`. */
const closing = (message: string, open: number): number => {
  let depth = 0;
  for (let index = open; index < message.length; index += 1) {
    if (message[index] === '{') depth += 1;
    else if (message[index] === '}' && --depth === 0) return index + 1;
  }
  throw new Error(`Unbalanced braces in message: ${message}`);
};

/** `key {text} key {text}` → [[key, text], …]. */
const options = (body: string): Array<[string, string]> => {
  const result: Array<[string, string]> = [];
  let index = 0;
  while (index < body.length) {
    const open = body.indexOf('{', index);
    if (open < 0) break;
    const end = closing(body, open);
    result.push([body.slice(index, open).trim(), body.slice(open + 1, end - 1)]);
    index = end;
  }
  return result;
};

// Intl constructors cost about a tenth of a millisecond each: one of each per locale, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormat = (locale: string) => numberFormats.get(locale) ?? numberFormats.set(locale, new Intl.NumberFormat(locale)).get(locale)!;
const pluralRule = (locale: string) => pluralRules.get(locale) ?? pluralRules.set(locale, new Intl.PluralRules(locale)).get(locale)!;

const render = (message: string, values: MessageValues, locale: string, pound?: number): string => {
  let output = '';
  let index = 0;
  while (index < message.length) {
    const char = message[index];
    if (char === '#' && pound !== undefined) {
      output += numberFormat(locale).format(pound);
      index += 1;
      continue;
    }
    if (char !== '{') {
      output += char;
      index += 1;
      continue;
    }
    const end = closing(message, index);
    const inner = message.slice(index + 1, end - 1);
    index = end;
    const [name, type, ...rest] = inner.split(',');
    const key = name.trim();
    if (type === undefined) {
      output += key in values ? String(values[key]) : `{${key}}`;
      continue;
    }
    const choices = options(rest.join(','));
    const value = values[key];
    let chosen: string | undefined;
    if (type.trim() === 'plural') {
      const count = Number(value);
      chosen = choices.find(([option]) => option === `=${count}`)?.[1];
      chosen ??= choices.find(([option]) => option === pluralRule(locale).select(count))?.[1];
      chosen ??= choices.find(([option]) => option === 'other')?.[1] ?? '';
      output += render(chosen, values, locale, count);
    } else {
      chosen = choices.find(([option]) => option === String(value))?.[1] ?? choices.find(([option]) => option === 'other')?.[1] ?? '';
      output += render(chosen, values, locale, pound);
    }
  }
  return output;
};

/** Renders an ICU message with its values (missing values stay as `{name}`). */
export const formatIcu = (message: string, values: MessageValues = {}, locale = 'en'): string => render(message, values, locale);

/** English texts already rendered, by key and values: every evaluation renders the same titles and passes. */
const rendered = new Map<string, string>();
const RENDERED_LIMIT = 2000;

/** Texts of catalog messages without values, by id: rule titles and passes, rendered on every evaluation (at most two entries per catalog message). */
const plain = new Map<string, string>();

const hasValues = (values: MessageValues): boolean => {
  for (const name in values) if (Object.prototype.hasOwnProperty.call(values, name)) return true;
  return false;
};

/** The English text of a checklist message key (unprefixed or prefixed); `undefined` when unknown. */
export const englishMessage = (id: string, values: MessageValues = {}): string | undefined => {
  if (!hasValues(values)) {
    let text = plain.get(id);
    if (text === undefined) {
      const message = CHECKLIST_MESSAGES[unprefixed(id)];
      // Unknown ids are not kept: only the catalog's can fill this map.
      if (message === undefined) return undefined;
      text = formatIcu(message);
      plain.set(id, text);
    }
    return text;
  }
  const key = unprefixed(id);
  const message = CHECKLIST_MESSAGES[key];
  if (message === undefined) return undefined;
  const cacheKey = `${key}\u0000${JSON.stringify(values)}`;
  let text = rendered.get(cacheKey);
  if (text === undefined) {
    text = formatIcu(message, values);
    if (rendered.size >= RENDERED_LIMIT) rendered.clear();
    rendered.set(cacheKey, text);
  }
  return text;
};
