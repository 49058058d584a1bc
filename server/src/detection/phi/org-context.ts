/**
 * The organisation's own details are not the patient's: a clinic phone in "call 608-555-0190 to
 * book", the office address in "find us at…", an event date in "Save the date: our picnic is
 * June 7". A finding of these kinds is dropped when its text speaks as the organisation (the
 * pack's `orgCues`) and its sentence is not about a person (no first person, relation or life
 * event). The clinic's configured phones and domains pass in any case (options).
 */
import { isCapitalized, sentenceAround, tokenize } from '../text';
import type { Word } from '../text';
import type { CompiledPack } from './compile';
import type { Candidate } from './shapes';

const CONTACT_KINDS = new Set(['phone', 'email', 'street-address', 'zip-code']);
const FREE_MAIL = /(?:@|\bat\b|\[at\]|\(at\))[\s\u00a0]*(?:gmail|googlemail|yahoo|ymail|aol|outlook|hotmail|live|msn|icloud|me|mac|protonmail|proton|pm|fastmail|gmx|zoho|comcast|att|sbcglobal|verizon|bellsouth|earthlink|cox|charter|frontiernet)\b/i;
/** Mailboxes of a role, not a person: "frontdesk@", "privacy@", "smiles@". */
const ROLE_MAILBOX = /^(?:info|hello|contact|frontdesk|front\.desk|desk|office|privacy|appointments?|billing|records|scheduling|admin|support|team|smiles|reception|help|care|referrals|marketing|press|media|news|events|careers|jobs|feedback|noreply|no-reply|citas|cita|ayuda|contacto|informes|info|soporte|atencion|atención|recepcion|recepción|pacientes|consultas|facturacion|facturación|administracion|administración|hola|clinica|clínica)@/i;
const TOLL_FREE = /^(?:\+?1[\s.-]?)?\(?8(?:00|88|77|66|55|44|33)\)?[\s.-]/;
/** "Call 555…", "Questions? Text us at", "Llame al": the sentence opens with the imperative. */
const IMPERATIVE_CALL = /(?:^|[.!?:;\u2014]\s*|\bor\s)(?:Call|CALL|Text|Phone|Fax|Llame|Llámenos|Llamenos|Marque)(?:\s(?:us|now|today|al|a))?(?:\s(?:at|on))?[\s:]{0,2}$/;
const THIRD_PERSON = new Set(['he', 'she', 'his', 'her', 'him', 'hers', "he's", "she's"]);

export interface TextContext {
  /** The text speaks as the organisation somewhere. */
  org: boolean;
  sentenceWords(offset: number): Set<string>;
}

export function textContext(text: string, c: CompiledPack): TextContext {
  const lower = text.toLowerCase();
  let org = c.orgPhrases.some((p) => lower.includes(p));
  if (!org) for (const w of tokenize(text)) if (c.orgCues.has(w.lower)) { org = true; break; }
  const cache = new Map<string, Set<string>>();
  return {
    org,
    sentenceWords(offset: number): Set<string> {
      const { start, end } = sentenceAround(text, offset);
      const key = `${start}:${end}`;
      let set = cache.get(key);
      if (!set) {
        set = new Set(tokenize(text.slice(start, end)).map((w) => w.lower));
        cache.set(key, set);
      }
      return set;
    },
  };
}

/** Relation words that name one person ("wife", "son"), not a group ("children", "friends"). */
const GROUP_RELATIONS = new Set(['children', 'child', 'kids', 'kid', 'baby', 'friends', 'friend', 'parents', 'caregiver', 'twins', 'siblings', 'sibling', 'cousins', 'neighbors', 'neighbours']);
const personalCache = new WeakMap<CompiledPack, Set<string>>();
function personalRelations(c: CompiledPack): Set<string> {
  let set = personalCache.get(c);
  if (!set) {
    set = new Set([...c.relations].filter((r) => !GROUP_RELATIONS.has(r)));
    personalCache.set(c, set);
  }
  return set;
}

function some(words: Set<string>, list: Set<string>): boolean {
  for (const w of words) if (list.has(w)) return true;
  return false;
}

export function isFirstPersonAt(ctx: TextContext, offset: number, c: CompiledPack): boolean {
  const words = ctx.sentenceWords(offset);
  return words.has('my') || words.has('i') || words.has("i'm") || words.has('me') || words.has('mine') || some(words, c.relations);
}

/**
 * Does the sentence at `offset` name a clinician? A short title ("Dr") counts before a name, not
 * as a street suffix after one ("300 Hillcrest Dr").
 */
function staffIn(text: string, offset: number, c: CompiledPack): boolean {
  const { start, end } = sentenceAround(text, offset);
  const words = tokenize(text.slice(start, end));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!c.staffCues.has(w.lower)) continue;
    if (w.lower.length > 3) return true;
    const prev = words[i - 1];
    const next = words[i + 1];
    const afterName = !!prev && isCapitalized(prev.text) && /^[\s\u00a0]$/.test(text.slice(start + prev.end, start + w.start));
    if (!afterName && !!next && isCapitalized(next.text)) return true;
  }
  return false;
}

/** An offset in the sentence before the one at `offset` (or `offset` itself in the first sentence). */
function sentenceBefore(text: string, offset: number): number {
  const { start } = sentenceAround(text, offset);
  let i = start - 1;
  while (i > 0 && /[\s.!?]/.test(text.charAt(i))) i--;
  return Math.max(0, i);
}

/** Drops the organisation's own contact details and event dates (see the module comment). */
export function dropOrganisationDetails(text: string, found: Candidate[], c: CompiledPack, ctx: TextContext): Candidate[] {
  const role = (f: Candidate): boolean => f.kind === 'email' && ROLE_MAILBOX.test(text.slice(f.start, f.end));
  const staffBio = (f: Candidate): boolean => {
    if (f.kind !== 'place') return false;
    const words = ctx.sentenceWords(f.start);
    if (words.has('my') || words.has('i') || words.has("i'm") || words.has('me')) return false;
    return staffIn(text, f.start, c) && !some(words, personalRelations(c));
  };
  if (!ctx.org) return found.filter((f) => !role(f) && !staffBio(f));
  const relations = personalRelations(c);
  const orgSpeaks = (words: Set<string>): boolean => some(words, c.orgCues) || c.orgPhrases.some((p) => [...words].join(' ').includes(p));
  return found.filter((f) => {
    if (role(f)) return false;
    if (f.kind === 'phone' && /^[\s\u00a0,]{0,2}(?:ext\.?|extension|x)[\s\u00a0]?\d/i.test(text.slice(f.end, f.end + 14))) return false;
    if (CONTACT_KINDS.has(f.kind)) {
      const words = ctx.sentenceWords(f.start);
      if (f.kind === 'email') {
        const address = text.slice(f.start, f.end);
        if (FREE_MAIL.test(address) || !some(words, c.orgCues)) return true;
        return words.has('my') || words.has('i') || words.has("i'm") || words.has('me');
      }
      if (some(words, c.personalCues) || some(words, relations) || some(words, THIRD_PERSON)) return true;
      // Toll-free numbers, and a number after an imperative to the reader ("Questions? Call …"), are an organisation's.
      if (f.kind === 'phone' && TOLL_FREE.test(text.slice(f.start, f.end))) return false;
      if (f.kind === 'phone' && IMPERATIVE_CALL.test(text.slice(Math.max(0, f.start - 24), f.start))) return false;
      // The organisation speaks in this sentence or one of the two before ("Visit us! 12 Elm St").
      const before = sentenceBefore(text, f.start);
      return !(orgSpeaks(words) || orgSpeaks(ctx.sentenceWords(before)) || orgSpeaks(ctx.sentenceWords(sentenceBefore(text, before))));
    }
    if (f.kind === 'place' || f.kind === 'relative-name') {
      // A staff member's biography ("Dr. Brandt grew up near Chadron") or the organisation's
      // address ("Find us at …, Houston, TX") is not about the patient.
      const words = ctx.sentenceWords(f.start);
      const firstPerson = words.has('my') || words.has('i') || words.has("i'm") || words.has('me');
      if (firstPerson) return true;
      if (f.kind === 'place' && staffIn(text, f.start, c)) return false;
      return !(f.kind === 'place' && c.orgPhrases.some((p) => [...words].join(' ').includes(p)));
    }
    if (f.kind === 'date') {
      const words = ctx.sentenceWords(f.start);
      if (!some(words, c.orgCues) && !c.orgPhrases.some((p) => [...words].join(' ').includes(p))) return true;
      return some(words, c.personalCues) || some(words, relations) || some(words, THIRD_PERSON);
    }
    return true;
  });
}
