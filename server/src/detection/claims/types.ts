/**
 * Types of the claim detector (README, "Checklist": claims.prohibited). A pack holds one
 * language's lexicons and grammar rules; the engine compiles a pack once and reuses it.
 */

/** The claim kinds of the red-flag families (tests/corpus/README.md, "Kinds"). */
export type ClaimKind =
  | 'cure'
  | 'miracle'
  | 'guarantee'
  | 'universal-efficacy'
  | 'zero-risk'
  | 'permanence'
  | 'treatment-replacement'
  | 'instant-results'
  | 'effortless-weight-loss'
  | 'cure-all'
  | 'disease-reversal'
  | 'vaccine-alternative'
  | 'suppressed-knowledge'
  | 'fda-approval'
  | 'custom';

/**
 * What a rule needs near its trigger to be a candidate: a health object after it (`health`),
 * before it (`health-before`) or either side (`health-around`), a proven treatment after it
 * (`treatment`) or before it (`treatment-before`), a vaccine word near it (`vaccine`), a list of several health objects (`list`),
 * or a vaccination refused shortly before it (`vaccine-refused`, the pack's vaccineRefusal: "we never vaccinated, we just…"),
 * or a health object ending at most 160 characters before it on its line, across sentences
 * (`health-line-before`: "Tenía migraña todos los días… y ahora nunca más"), or a proven treatment the same way
 * (`treatment-line-before`: "Mi cardiólogo quería ponerme un stent… Ya no lo necesito").
 */
export type ClaimNeed = 'health' | 'health-before' | 'health-around' | 'health-line-before' | 'treatment-line-before' | 'treatment' | 'treatment-before' | 'vaccine' | 'list' | 'vaccine-refused';

export interface ClaimRule {
  /** Stable id ("cure.word"); a feature of the classifier and a name for `lexicon.remove`. */
  id: string;
  kind: ClaimKind;
  /** Regex source, matched on the lower-cased text at a word start. */
  pattern: string;
  needs?: ClaimNeed;
}

export interface KindMeta {
  why: string;
  reference: string;
  suggestion?: string;
}

/**
 * Scope checks every one of a pack's `rules` (not its `flaggedTextRules`) must pass, compiled once
 * for the whole pack and run on each match (docs/architecture.md, "Regexps and V8's code budget"):
 * written into each rule's pattern, they cost their size once per rule.
 */
export interface RuleScope {
  /** A look-behind (or lookahead) that must hold at the start of a match: no negation opens its clause. */
  before: string;
  /** `before` for the rules of kind `guarantee`, when it differs. */
  beforeGuarantee?: string;
  /** Lookaheads that must hold at the end of a match: no hedge or refutation follows it. */
  after: string;
}

export interface ClaimPack {
  language: string;
  /** Checked at each match of `rules` (see RuleScope). */
  ruleScope?: RuleScope;
  /** Regex alternations of the lexicons. */
  healthObject: string;
  /**
   * More health words, read only where the sentence reader reports a sentence in which the grammar
   * found nothing (its `bareAdd`): such a sentence must name a health object, a proven treatment or
   * one of these (index.ts, bareHits).
   */
  bareHealth?: string;
  treatment: string;
  vaccine: string;
  negators: readonly string[];
  /**
   * A negator with the words after it that make it an intensifier or an addition, not a negation
   * ("nothing short of", "no doubt", "not only"): one, two or three words, space-separated.
   */
  notNegations?: readonly string[];
  /**
   * Words that open a condition ("if", "si"): a negator right after one negates the condition, not
   * a guarantee that follows it ("if your migraines don't stop we guarantee they will after two",
   * "si no bajas 5 kilos te devolvemos el dinero").
   */
  conditionals?: readonly string[];
  /**
   * A refund promised later in the sentence ("…, le devolvemos su dinero"): after it the negated
   * condition of any claim is the result promised, not denied ("si no camina sin dolor desde el
   * primer día, le devolvemos su dinero" promises walking free of pain from the first day).
   * Optional; without it only a guarantee's condition is read so.
   */
  refundAfter?: string;
  hedges: readonly string[];
  /** The supplement disclaimer ("not intended to diagnose, treat, cure or prevent any disease"). */
  disclaimer: string;
  /**
   * A provider's list of what it treats ("Atendemos diabetes, hipertensión, asma…"): information like
   * the disclaimer, unless `altCare` names an alternative provider or method in the sentence or the
   * three sentences either side ("Centro Naturista…: tratamos diabetes, gastritis y hasta tumores"),
   * when the list is the promise to treat them all.
   */
  serviceList?: string;
  altCare?: string;
  /** The start of a sentence that answers the previous question with "no". */
  answeredNo: string;
  /**
   * The start of a yes/no question that asks about a claim ("Does turmeric cure arthritis?", "¿Puede
   * el ajo curar…?"), not a rhetorical one ("Did you know…?", "Tired of…?"): the claim is asked
   * about, not made, unless the next sentence answers yes (`answeredYes`).
   */
  polarQuestion?: string;
  answeredYes?: string;
  /**
   * Negation that scopes its whole clause, however far the trigger ("there is no pill that…",
   * "no such thing as…"): the claim is denied, not made.
   */
  clauseNegation?: string;
  /**
   * Words between a negator and the trigger's end that end the negator's scope ("no tiene riesgos y
   * todos nuestros pacientes…": a new subject after "y"). Optional; without it a negator reaches
   * the end of its clause.
   */
  scopeBreak?: string;
  /**
   * Negators that scope only the noun phrase they open ("without", "no"): "walked out without
   * them after one visit" negates "them", not "after one visit". `nounScopeEnd` is tested on the
   * words between such a negator and the trigger's end; a match ends the negator's scope there.
   */
  nounNegators?: readonly string[];
  /**
   * Negators of the pack that only say how many ("muchos", "algunos", "la mayoría"): they rule a
   * promise out as hedges do, but not a treatment left behind ("muchos papás ya no necesitan
   * antibióticos" still tells parents to stop them; features.ts).
   */
  quantityNegators?: readonly string[];
  nounScopeEnd?: string;
  /**
   * Proven care credited for a recovery in the sentence ("my tumor is shrinking after 6 weeks of
   * radiation", "thanks to the surgery"): a cure or a reversal there tells a patient's story, not a
   * remedy's promise (README, "Checklist": claims.prohibited, informational statements).
   */
  creditedCare?: string;
  /**
   * Words that join or sum up several conditions ("and", "or", "every", "todos"): with a list's
   * punctuation or two health objects, they let the reader name a cure-all as a second kind
   * (docs/architecture.md, "The sentence reader").
   */
  severalWords?: string;
  /**
   * The trigger refuted right after it, in its clause ("miracle cures don't exist", "overnight
   * results are a myth"): tested on the words after the trigger, up to the clause's end.
   */
  refutedAfter?: string;
  /**
   * A proven treatment called a scam ("statins are a scam"): an attack on care, not the refutation
   * of a claim, so it does not make its sentence a refutation.
   */
  dismissedTreatment?: string;
  /**
   * Phrases of each family that count only in a text the detector already flags (README.md, "What
   * the detectors catch"): regex sources over the lower-cased text, without a leading word
   * boundary (checked in code), each closed by `(?![\\p{L}])`. "resultados en 48 horas", "sin
   * efectos secundarios", "ya no necesita la insulina" are red flags next to a cure claim and
   * ordinary words in a clinic's notice; a text with no other claim gets nothing from them.
   */
  flaggedTextPhrases?: Partial<Record<ClaimKind, string>>;
  /** A warning about the act the trigger names ("…can raise your risk", "…is dangerous"). */
  warning?: string;
  /** A referral to a professional, ending right before it ("see a", "ask your"): care, not its replacement. */
  referral?: string;
  /** A trigger that names the act as a noun, the subject of a sentence ("stopping", "quitting"). */
  gerund?: string;
  /** Someone else's words reported before the claim ("people keep telling me", "the guy at the gym said"). */
  reported?: string;
  /** The verbs `reported` ends with: a sentence without one is not tested. */
  reportingVerbs?: readonly string[];
  /**
   * A quoted claim named as someone else's words ("that \"…\" video", "the \"…\" ads", "every time
   * I see that phrase"): the text discusses claims, it does not make them.
   */
  quotedClaim?: string;
  /**
   * Words that distance the text from what it quotes (falsehood, warnings, "doesn't mean", "used to
   * believe"): a claim inside quotation marks, in a text with such a word near it, is the quoted words
   * of someone else held up to doubt ("'melt fat while you sleep' ❌ that's not how it works").
   */
  distancing?: string;
  /**
   * Someone else's words introduced before a claim in its clause ("posts saying", "a viral video
   * urged", "cadenas de que", "por asegurar que"): with distancing near it, the claim is reported
   * to be doubted, like a quoted one.
   */
  reportFrame?: string;
  /**
   * An expectation or a wish before the claim in its clause ("I had hoped…", "not me thinking…",
   * "wish there was…", "esperaba…"), and a let-down after it in its sentence or the next ("but…",
   * "there isn't", "pero…"): the claim was hoped for, not delivered.
   */
  expectation?: string;
  letDown?: string;
  /**
   * A vaccination refused or belittled ("no shots for my kids", "we never vaccinated", "forget the
   * flu shot", "nada de vacunas"): a rule that needs `vaccine-refused` is a candidate only after one,
   * in its sentence or the one or two before (at most REFUSAL_CHARS characters back).
   */
  vaccineRefusal?: string;
  /** Family and pets, words or two-word phrases: "our little miracle" is a baby, not a product. */
  kin?: readonly string[];
  /**
   * A trigger that only states a weight loss ("lost 12 lbs", "lose weight"), and a realistic pace
   * ("over six months", "a pound a week"): with effort words or such a pace in its sentence, the
   * loss is not effortless.
   */
  weightLoss?: string;
  slowPace?: string;
  /** Effort words of weight loss, words or two-word phrases (exercise, walking, "cut out"). */
  effort?: readonly string[];
  /** Words that, capitalised after a capitalised trigger, make it an organisation's name ("Cure Alzheimer's Fund", "Miracle-Ear"). */
  orgWords?: readonly string[];
  /**
   * What follows a quantifier over patients when it describes a service, not an outcome ("every
   * patient is offered…", "each client gets a dedicated nurse"): tested right after the trigger.
   */
  serviceAfter?: string;
  /**
   * What follows the closing quotation mark of a quoted claim that names the quotation as words, not
   * their use: a noun ("the 'one weird trick' ads", "those \"painless\" places") or the writer
   * having seen it ("\"…\" — I see this a lot"). `quotedSubject`: a quotation that opens its
   * sentence and is the subject of a copula ("'X' is the biggest tell", "'X' is a great conspiracy").
   * Both are tested right after the closing mark (README, "Checklist": claims.prohibited).
   */
  quotedMention?: string;
  quotedSubject?: string;
  /**
   * What comes right before the opening quotation mark when the quotation is words handled, not
   * used: removed, avoided, flagged, reverted or listed ("remove 'cures' and 'miracle'", "Phrases to
   * avoid: 'cure'", "Flagged text: 'Reverse diabetes in 30 days.'", "the label statement '…'").
   * Tested on the sentence's last 300 characters before the mark, so that it may end with the list's
   * earlier quoted items.
   */
  quotedMentionBefore?: string;
  /**
   * The trigger as a subject whose verb is negated right after it ("Big Pharma isn't hiding…",
   * "healing doesn't always look like…"): tested right after the trigger, when at most a few words
   * open its clause before it.
   */
  negatedAfter?: string;
  /**
   * Someone's words introduced in a condition or a generic situation before the claim in its clause
   * ("if anyone tells you…", "when the dentist says '…'"): the text warns about the words, it does
   * not say them.
   */
  reportCondition?: string;
  /**
   * A question that offers rather than asks ("Tired of…?", "Looking for…?"), tested at its start: a
   * claim asked about in any other question and answered with a hedge or doubt in the next two
   * sentences is asked, not made.
   */
  invitation?: string;
  /** A statement of what an FDA approval does not cover ("it is not approved for autism"): the approval is stated with its scope. */
  approvalScope?: string;
  /**
   * A topic announced by a teaching verb and an embedded question ("will explain palpitations, when
   * they're harmless"): tested on the sentence before the trigger, ending right before it.
   */
  lesson?: string;
  /** Words, lower case and without their dot, whose dot ends no sentence ("dr", "mr"): "Dr. Patel treats…" is one sentence. */
  abbreviations?: readonly string[];
  /**
   * A claim limited to some of the people it concerns: at the start of its sentence or clause
   * (`limitedBefore`: "Some migraine patients become…", "For many people, …") or right after the
   * claim's span (`limitedAfter`: "…heart risk for some people").
   */
  limitedBefore?: string;
  limitedAfter?: string;
  /**
   * Permanence of a harm, not of a benefit: a harm verb or noun before the permanence word in its
   * clause (`harmBefore`: "can cause permanent…", "damages nerves permanently", "…need insulin for
   * life"), or a harm right after it (`harmAfter`: "permanently deaf", "permanent nerve damage").
   */
  harmBefore?: string;
  harmAfter?: string;
  /** Proven care named as the subject of the claim's clause, ending right before the trigger ("the antibiotics cleared…"): a patient's story. */
  careSubject?: string;
  /** A trigger in the past tense ("cleared", "got rid of"): with careSubject, what care did in a story. */
  pastTrigger?: string;
  /** An FDA approval's reference written in the text ("510(k) K123456", "NDA 021234"): a sourced statement, as with the references field. */
  approvalReference?: string;
  /**
   * An FDA approval stated as a fact about named drugs or a class of them: the approval year in
   * parentheses after "FDA" ("… aprobado por la FDA es Epidiolex (2018)", "(Viagra, 1998; Cialis,
   * 2003)", "(approved June 2018)"), or a class of medicines with no owner ("FDA-approved
   * medications", "medicamentos aprobados por la FDA"): information, not a product's promise.
   */
  approvalFact?: string;
  /**
   * Proven care as the subject of a modal, ending right before the trigger ("knee replacement can
   * restore…", "antibiotics usually clear…"): what care can do in general, not a product's promise.
   */
  careModal?: string;
  /** A health authority the sentence attributes its statement to ("according to the ADA", "the CDC says"). */
  attribution?: string;
  /** A clinic or its staff offering care ("our neurology department treats", "we see"): services, not a cure-all. */
  service?: string;
  rules: ClaimRule[];
  /**
   * Rules of the grammar that count only in a text another rule already flags (README.md, "What
   * the detectors catch"): the weaker forms of a family ("regenera el esmalte", "skip the
   * gastroenterologist", "no longer need dialysis"), an action with its object but without the
   * quantifier or the certainty the family's own rules need. Their candidates are judged by the
   * same context (negation, hedges, refutation), never change the features of another candidate
   * and never flag a text alone, so no look-alike gains a finding from them.
   */
  flaggedTextRules?: ClaimRule[];
  /**
   * Words that join two clauses ("and", "because"; "y", "porque"), lower case. In a flagged text the
   * sentence reader reads each clause of a sentence on its own, split at these and at punctuation
   * (docs/architecture.md, "The sentence reader"). Absent: punctuation alone.
   */
  clauseWords?: readonly string[];
  /**
   * Proper names that hold a red-flag word, lower case: a law, an event, a charity, a brand
   * ("21st Century Cures Act", "Race for the Cure", "Miracle-Gro"). A hit inside one is no claim
   * and does not flag its text.
   */
  namedPhrases?: readonly string[];
  meta: Record<ClaimKind, KindMeta>;
}

/** A grammar match before the context and the classifier have judged it. */
export interface Candidate {
  rule: ClaimRule;
  /** Offsets in the segment text of the claim span (trigger plus the object it needed). */
  start: number;
  end: number;
  /** Offsets of the trigger alone. */
  triggerStart: number;
  triggerEnd: number;
}

/** Logistic-regression weights (scripts/train-claims.ts writes them to model.en.json). */
export interface ClaimModel {
  language: string;
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  trainedOn: string;
}
