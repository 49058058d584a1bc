/**
 * Spanish claim pack: the lexicons and grammar rules of the red-flag families (README,
 * "Checklist": claims.prohibited) for entries in an `es` locale. Same structure as ./en.ts; the
 * engine in ../grammar.ts compiles it once. Patterns run on a lower-cased copy of the text; every
 * repetition is bounded, so each rule stays linear in the text length.
 *
 * Spanish has no trained classifier weights yet, so a candidate is kept unless its context vetoes
 * it (../features.ts: a negator in its clause, a question answered with "no", the supplement
 * disclaimer). The rules therefore carry their own look-alike exclusions (service guarantees,
 * "maquillaje permanente", "el cura de la parroquia", dated FDA approvals), and the negator list
 * also holds the strong hedges and reporting verbs ("suelen", "algunos", "prometen", "dicen").
 * Accents are optional everywhere: posts often drop them ("me curo", "instantaneo").
 */
import type { ClaimKind, ClaimPack, ClaimRule } from '../types';
import { en } from './en';

const PLAIN: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ñ: 'n' };
/** Spelling slips common in posts: seseo ("garantisado", "eficás") and b/v ("bacuna", "nunca bolverás"). */
const SLIPS: Record<string, string> = { z: 's', v: 'b', b: 'v' };
/**
 * Makes every accented vowel (and ñ) also match its plain form: "curó" → "cur[oó]"; inside a
 * character class the plain letter is added ("[oó]" stays "[ooó]"). Outside a class, z, v and b
 * also match their usual misspelling ("garanti[zs]ado").
 */
const fold = (s: string): string => {
  let out = '';
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '\\') {
      out += ch + (s[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const plain = PLAIN[ch];
    const slip = inClass ? undefined : SLIPS[ch];
    out += slip !== undefined ? `[${ch}${slip}]` : plain === undefined ? ch : inClass ? `${plain}${ch}` : `[${plain}${ch}]`;
  }
  return out;
};

/** Words of a phrase: bounded whitespace or hyphen. */
const S = '[\\s\\u00a0\\-]{1,3}';
/** Optional space or hyphen ("100%", "100 %"). */
const S0 = '[\\s\\u00a0\\-]{0,3}';
/** One word of filler. */
const W = `[\\p{L}\\p{N}'\\u2019\\-]{1,20}${S}`;
const alt = (xs: readonly string[]): string => `(?:${xs.join('|')})`;
/** A phrase: words separated by bounded whitespace, accents optional. */
const p = (s: string): string => fold(s.trim().replace(/ +/g, S));
const any = (xs: readonly string[]): string => alt(xs.map(p));

const STRESSED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };
/** Object pronouns a verb may carry ("cúrate", "quitármelo", "curándose"). */
const CLITIC = '(?:me|te|se|le|les|lo|la|los|las|nos)(?:lo|la|los|las)?';
/**
 * The forms of a regular -ar verb from its stem, so a rule names the verb once instead of the
 * conjugations a corpus happened to use: "cur" → cura, curan, curó, curará, curaría, curaba,
 * cure, curen, cúrate, cúrese, curarse, curándose, curado, curada… (accents optional, by `fold`).
 * Before e the stem takes its spelling change: "erradic" → erradique, "garantiz" → garantice.
 */
const ar = (plainStem: string): string => {
  // Forms with a pronoun stress the stem ("cúrate", "elimínalo"): its vowels may carry an accent.
  const stem = plainStem.replace(/[aeiou]/g, (v) => `[${v}${STRESSED[v] as string}]`);
  const eStem = stem.replace(/c$/, 'qu').replace(/z$/, 'c').replace(/g$/, 'gu');
  // with the forms of "vosotros" Spain writes ("dejad", "curáis", "no dejéis")
  const a = `(?:o|a|as|an|amos|ó|aron|aste|aba|aban|ará|arás|arán|aremos|aría|arían|ando|ad[oa]s?|ad|áis|ar|a${CLITIC}|ar${CLITIC}|ándo${CLITIC})`;
  const e = `(?:é|e|es|en|emos|éis|e${CLITIC}|en${CLITIC})`;
  return `(?:${stem}${a}|${eStem}${e})(?![\\p{L}])`;
};

/**
 * `ar` for several verbs at once: one alternation of stems before one set of endings, so a rule
 * naming many verbs compiles to a small regex (docs/architecture.md, "Regexps and V8's code budget").
 */
const arAny = (...plainStems: string[]): string => {
  const stems = plainStems.map((plain) => plain.replace(/[aeiou]/g, (v) => `[${v}${STRESSED[v] as string}]`));
  const eStems = stems.map((stem) => stem.replace(/c$/, 'qu').replace(/z$/, 'c').replace(/g$/, 'gu'));
  // with the forms of "vosotros" Spain writes ("dejad", "curáis", "no dejéis")
  const a = `(?:o|a|as|an|amos|ó|aron|aste|aba|aban|ará|arás|arán|aremos|aría|arían|ando|ad[oa]s?|ad|áis|ar|a${CLITIC}|ar${CLITIC}|ándo${CLITIC})`;
  const e = `(?:é|e|es|en|emos|éis|e${CLITIC}|en${CLITIC})`;
  return `(?:(?:${stems.join('|')})${a}|(?:${eStems.join('|')})${e})(?![\\p{L}])`;
};

/**
 * The forms of a regular -er or -ir verb from its stems, every person and tense: "escond" → esconde,
 * esconden, escondió, escondieron, escondía, esconderá, escondiendo, escondido, esconderlo… A
 * stem-changing verb gives each of its stems ("revert", "reviert", "revirt"); the forms a stem does
 * not take are not words, so matching them costs nothing.
 */
const erIr = (...stems: string[]): string =>
  `(?:${stems.join('|')})(?:o|es|e|emos|imos|en|í|iste|ió|ieron|ía|ías|íamos|ían|iendo|id[oa]s?|er|ir|erá|erás|erán|eremos|irá|irás|irán|iremos|ería|erían|iría|irían|a|as|an|amos|e${CLITIC}|er${CLITIC}|ir${CLITIC}|iéndo${CLITIC})(?![\\p{L}])`;

/** Diseases, conditions, symptoms, organs and body systems. */
/** Medicines regulators and health ministries of the Spanish-speaking world, and the WHO, as writers name them ("aprobado por la AEMPS"). */
const REGULATORS_ES = [
  'cofepris', 'invima', 'anmat', 'digemid', 'anvisa', 'isp', 'aemps', 'agencia española de medicamentos(?: y productos sanitarios)?', 'sanidad',
  'arcsa', 'cecmed', 'anamed', 'digesa', 'minsa', 'oms', 'organización mundial de la salud', 'secretaría de salud', 'ministerio de salud',
].map((r) => r.replace(/ /g, '\\s+')).join('|');

export const HEALTH_OBJECTS: readonly string[] = [
  'dolor(?:es)?', 'artritis', 'artrosis', 'reumas?', 'reumatismo', 'diabetes', 'diabétic[oa]s?', 'prediabetes', 'az[uú]car', 'glucosa',
  'insulino\\s?resistencia', 'resistencia a la insulina', 'c[aá]nceres', 'cáncer', 'tumor(?:es)?', 'leucemia', 'linfoma', 'melanoma',
  'células (?:malignas|cancerosas)', 'asma', 'epoc', 'eczema', 'eccema', 'psoriasis', 'acné', 'rosácea', 'migrañas?', 'jaquecas?',
  'dolor(?:es)? de cabeza', 'ansiedad', 'depresión', 'insomnio', 'tdah', 'autismo', 'alzh?éimer', 'demencia', 'párkinson', 'esclerosis',
  'esclerosis múltiple', 'lupus', 'lyme', 'crohn', 'colitis', 'colon', 'gastritis', 'úlceras?', 'reflujo', 'acidez', 'agruras',
  'hipertensión', 'presión(?: arterial| alta)?', 'tensión(?: arterial| alta)', 'colesterol', 'triglicéridos', 'tiroides', 'hipotiroidismo', 'hipertiroidismo',
  'hashimoto', 'ovario poliquístico', 'endometriosis', 'miomas?', 'quistes?', 'infertilidad', 'fertilidad', 'disfunción eréctil',
  'impotencia', 'neuropatía(?: diabética)?', 'ciática', 'tinnitus', 'zumbido', 'sordera', 'visión', 'vista cansada', 'miopía',
  'cataratas', 'glaucoma', 'degeneración macular', 'caries', 'encías', 'piorrea', 'caída del cabello', 'calvicie', 'alopecia',
  'arrugas', 'manchas', 'celulitis', 'grasa(?: abdominal)?', 'panza', 'barriga', 'lonjas', 'llantitas', 'obesidad', 'sobrepeso',
  'peso', 'kilos', 'riñón', 'riñones', 'insuficiencia (?:renal|cardiaca|cardíaca)', 'hígado(?: graso)?', 'cirrosis', 'corazón',
  'infartos?', 'derrames?', 'embolias?', 'alergias?', 'fibromialgia', 'fatiga(?: crónica)?', 'cansancio', 'covid(?:-19)?', 'gripe',
  'gripa', 'influenza', 'resfriados?', 'tos', 'infecciones', 'infección', 'hongos', 'herpes', 'vih', 'sida', 'hepatitis',
  'sarampión', 'adicción', 'adicciones', 'metabolismo', 'abdomen', 'vientre', 'estrés', 'convulsiones', 'epilepsia', 'vértigo', 'mareos', 'osteoporosis', 'escoliosis',
  'hernias?(?: de disco)?', 'discos?', 'cartílago', 'meniscos?', 'nervios?', 'mielina', 'neuronas', 'cerebro', 'columna',
  'articulaciones', 'rodillas?', 'espalda', 'cuello', 'caderas?', 'hombros?', 'dientes', 'muelas?', 'cabello', 'pelo', 'ojos', 'pulmones', 'páncreas',
  'próstata', 'gota', 'ácido úrico', 'ronquidos', 'apnea(?: del sueño)?', 'menopausia', 'bochornos', 'sofocos', 'hormonas',
  'testosterona', 'inflamación', 'memoria', 'síntomas', 'enfermedad(?:es)?', 'padecimientos?', 'males', 'dolencias', 'afecciones',
  'trastornos?', 'placa', 'arterias', 'várices', 'hemorroides', 'verrugas', 'estreñimiento', 'parásitos',
  'toxinas', 'metales pesados', 'defensas', 'sistema inmune', 'sistema inmunológico', 'anemia', 'células', 'tejidos?',
  'vesícula', 'cálculos', 'piedras', 'caspa', 'canas', 'piojos', 'halitosis', 'mal aliento', 'juanetes', 'hongos en las uñas', 'sinusitis',
  'rinitis', 'bronquitis', 'neumonía', 'diverticulitis', 'lumbago', 'tendinitis', 'túnel carpiano', 'incontinencia', 'ojeras',
  'estrías', 'flacidez', 'vitiligo', 'melasma', 'paño', 'ronquera', 'colon irritable', 'gastritis crónica', 'cólicos', 'piedras en (?:el|los) riñ(?:ón|ones)', 'circulación', 'retención de líquidos', 'cicatrices',
  // infections and inflammations by name (-itis, -osis), tropical and childhood illnesses
  'dengue', 'malaria', 'paludismo', 'zika', 'chikungunya', 'c[oó]lera', 'tuberculosis', 'tifoidea', 'sarna', 'varicela', 'paperas', 'rubéola',
  'otitis', 'amigdalitis', 'anginas', 'faringitis', 'laringitis', 'conjuntivitis', 'cistitis', 'dermatitis', 'bursitis', 'fascitis(?: plantar)?',
  'gingivitis', 'periodontitis', 'pancreatitis', 'nefritis', 'encefalitis', 'tiroiditis', 'esofagitis', 'vaginitis', 'prostatitis', 'uveítis',
  'bronquiolitis', 'rinitis alérgica', 'fibrosis', 'trombosis', 'candidiasis', 'micosis', 'psicosis', 'neurosis', 'aterosclerosis', 'arteriosclerosis',
  'osteopenia', 'carcinoma', 'sarcoma', 'glioma', 'mieloma', 'metástasis', 'neuralgia', 'lumbalgia', 'cervicalgia', 'esquizofrenia',
  'bipolaridad', 'trastorno bipolar', 'ataques de pánico', 'pánico', 'retinopatía', 'cardiopatía', 'miopatía', 'nefropatía', 'hernia hiatal',
  'sop', 'envejecimiento(?: celular)?', 'audición', 'oídos?', 'olfato', 'libido', 'discos herniados', 'hernia discal', 'continencia', 'incontinencia urinaria',
  // Conditions named by their medical suffix (-itis, -osis, -emia, -patía, -algia, -oma), from the stems of common diagnoses
  // rather than a bare suffix: "dosis", "idioma", "empatía" and "nostalgia" share the endings and are no illness.
  '(?:tendin|burs|dermat|gastr|gastroenter|diverticul|pancreat|sinus|bronqu|bronquiol|conjuntiv|amigdal|laring|faring|cist|vagin|prostat|nefr|encefal|mening|apendic|esofag|gingiv|periodont|uve|querat|blefar|ot|mast|miocard|pericard|endocard|vascul|espondil|fasc|epicondil|costocondr|tiroid|osteomiel|colecist|hepat|artr|col|rin|neur)itis',
  '(?:diverticul|endometri|fibr|tromb|tubercul|escoli|cif|cirr|sarcoid|psori|halit|cetoacid|acid|osteopor|osteopen|arterioscler|arterioescler|ateroscler|escler|esten|necr|mic|neur|psic)osis',
  '(?:an|leuc|isqu|septic|hipogluc|hipergluc|bacteri|vir|hiperlipid|dislipid|talas|ur)emias?',
  '(?:neuro|retino|cardio|cardiomio|mio|nefro|encefalo|radiculo|entero|adeno)pat[ií]as?',
  '(?:neur|mi|fibromi|artr|lumb|cervic|dors)algias?',
  '(?:carcin|sarc|linf|melan|miel|gli|aden|fibr|lip|hemat|angi|neur|meningi|blast|neuroblast|retinoblast|terat|papil|mesoteli|glauc|astrocit)omas?',
  '(?:hiper|dis|neo|a|hipo)plasias?(?:\\s(?:benigna|prostática|de\\spróstata|cervical|de\\scadera|mamaria))?',
  // Symptoms, organs and body systems of everyday complaints (the README's "health object").
  'diarreas?', 'náuseas?', 'vómitos?', 'comezón', 'picazón', 'ronchas', 'sarpullidos?', 'urticaria', 'hinchazón', 'calambres', 'entumecimiento',
  'hormigueo', 'palpitaciones', 'arritmias?', 'angina de pecho', 'estómago', 'vejiga', 'hongos en los pies', 'pie de atleta', 'quemaduras',
  'esguinces?', 'fracturas?', 'indigestión', 'empacho', 'flemas', 'congestión(?: nasal)?', 'bronquios', 'huesos', 'músculos', 'tendones',
  'ligamentos', 'vértebras', 'tobillos?', 'alcoholismo', 'tabaquismo', 'clamidia', 'sífilis', 'gonorrea', 'vph', 'papiloma(?: humano)?',
  'varices', 'arañitas', 'sudores nocturnos', 'ataques de ansiedad', 'crisis de ansiedad', 'dolor crónico', 'sepsis', 'ceguera',
  // Diagnoses named by their head word (síndrome, parálisis, daño, lesión…) and the conditions of neurology, fertility,
  // development and rare disease that the lists above lack ("revierte la parálisis cerebral", "regenera la médula",
  // "curo la esterilidad", "me curé la celiaquía", "ya no tiene síndrome de Down").
  'síndromes?(?: de [\\p{L}\\-]{2,20})?', 'parálisis(?: cerebral| facial)?', 'médula(?: espinal| ósea)?', 'lesi(?:ón|ones) medular(?:es)?',
  'daño (?:cerebral|neurológico|neuronal|pulmonar|hepático|renal|celular|vacunal)', 'secuelas', 'esterilidad', 'celiaquía', 'fibrilación(?: auricular)?',
  'taquicardias?', 'ictus', 'acv', 'distrofia(?: muscular)?', 'atrofia(?: muscular)?', 'ela', 'hemofilia', 'drepanocitosis', 'anemia falciforme',
  'fibrosis quística', 'espectro autista', 'dislexia', 'tartamudez', 'hiperactividad', 'retraso (?:madurativo|del desarrollo)',
  'nódulos?', 'pólipos?', 'reserva ovárica', 'eyaculación precoz', 'preeclampsia', 'desnutrición', 'burnout', 'ludopatía', 'drogadicción',
  'bruxismo', 'ciegos?', 'sordos?', 'paralíticos?',
  // what a regenerating remedy names ("regenera los folículos muertos", "regeneran órganos dañados", "reactiva sus cartílagos
  // de crecimiento", "mata las células cancerígenas")
  'acúfenos?', 'folículos?(?: pilosos)?', '(?:órganos|tejidos) dañados', 'células cancerígenas', 'cartílagos de crecimiento',
  // more diagnoses by their stem and suffix (-spermia, -penia, -plejia, -trofia), failing organs and the values that track them
  // ("revierte la azoospermia", "revierte la autoinmunidad", "revertir mi insuficiencia cardíaca", "regenera las nefronas")
  '(?:azoo|oligo|asteno|astenozoo|oligoasteno|teratozoo)spermias?', '(?:leuco|leu|osteo|sarco|neutro|tromboci?to|linfo|cito)penias?',
  '(?:hemi|para|cuadri|tetra)plej[ií]as?', '(?:hiper|dis)trofias?', 'autoinmun(?:idad|es)?', 'insuficiencias? (?:cardíaca|cardiaca|renal|hepática|respiratoria|venosa|ovárica)',
  'creatinina', 'nefronas?',
  // common diagnoses by their everyday head word, checked against a list of common conditions by specialty, not against the corpus
  'aneurismas?', 'enfisema', 'deseo sexual', '(?:re)?sequedad vaginal', 'latigazo cervical',
  'conmoción cerebral', 'culebrilla', 'toc', 'anorexia', 'bulimia', 'ojos? secos?', 'pérdida auditiva', 'vitíligo', 'sensibilidad dental',
  'boca seca', 'anafilaxia',
  'pérdida de dientes', 'retracción de encías', 'encías retraídas', 'sarro', 'mordida (?:cruzada|abierta|profunda)', 'maloclusión', 'abscesos?',
  'cambios de humor', '(?:suelo|piso) pélvico', 'prolapsos?', '(?:pérdidas|escapes) de orina', 'angioedema', 'histamina',
  'líneas de expresión', 'queloides?', 'moscas volantes', 'ojo vago', 'ambliopía', 'estrabismo', 'trauma', 'fobias?', 'retraso del habla',
  'problemas de aprendizaje', 'peyronie', 'intestino permeable', 'sibo', 'helicobacter(?: pylori)?', 'gastroparesia', 'falta de aire',
  'sibilancias', 'bronquiectasias', 'temblores?', 'tiña', 'norovirus', 'ébola',
  'proteinuria', 'mareos? (?:en|por el) (?:viaje|movimiento|coche|carro|auto)', 'quemaduras de sol', 'narcolepsia', 'crup', 'orzuelos?',
  // singular forms of what the lists name in the plural ("ni una convulsión", "la arruga", "el síntoma", "una recaída")
  'convulsión', 'arruga', 'mancha', 'várice', 'hemorroide', 'verruga', 'catarata', 'encía', 'articulación', 'neurona', 'bochorno', 'sofoco',
  'hormona', 'síntoma', 'dolencia', 'afección', 'arteria', 'toxina', 'célula', 'parásito', 'piojo', 'juanete', 'mareo', 'ronquido', 'recaídas?',
  'ataques? de (?:pánico|ansiedad|asma|epilepsia|migraña|gota)', 'crisis (?:de (?:asma|ansiedad|pánico|migraña|dolor)|convulsivas?|epilépticas?|asmáticas?)',
  'diente', 'pulmón', 'tendón', 'ligamento', 'lesión', 'hongo', 'ojera', 'estría', 'cólico', 'cicatriz', 'roncha', 'calambre', 'quemadura',
  'flema', 'hueso', 'músculo', 'vértebra', 'varice', 'secuela', 'inflamaciones',
  // more conditions by specialty (heart, skin, women's health, bones, eyes, tropical and parasitic disease, children, blood)
  'soplos?(?: cardíacos?| en el corazón)?', 'coágulos?', 'trombos?', 'flebitis', 'gases', 'adormecimiento', 'lunares', 'queratosis', 'espinillas',
  'puntos negros', 'menstruación', 'vaginosis', 'espolón(?: calcáneo)?', 'bocio', 'astigmatismo', 'presbicia', 'chagas', 'leishmaniasis',
  'lombrices', 'amibas', 'giardias?', 'enuresis', 'costra láctea', 'mal de ojo', 'plaquetas', 'glóbulos (?:rojos|blancos)',
  // common conditions checked chapter by chapter against a list of lay names (ICD-10's chapters)
  'dedos? en martillo', 'pies? planos?', 'espolones', 'callos', 'callosidades', 'uñas? encarnadas?', 'onicomicosis', 'almorranas',
  'escaras', 'llagas', 'espasticidad', 'gangrena', 'linfedema', 'espina bífida', 'hidrocefalia', 'aftas', 'pie diabético',
  'zóster', 'tos ferina',
  // inflammations by the stems of common diagnoses, as the English pack names them ("curan la periostitis", "me curó la
  // epicondilitis"; not a bare suffix, which would leave the lexicon's prefilter nothing to look for),
  // softening of cartilage, chemical sensitivity and spinal muscular atrophy by its initials after an article ("sanará a Matías
  // de su AME"; not the verb, "que me ame")
  '(?:tendin|burs|dermat|gastr|gastroenter|diverticul|pancreat|sinus|bronqu|bronquiol|conjuntiv|amigdal|laring|faring|traque|cist|uretr|vagin|vulv|prostat|nefr|pielonefr|glomerulonefr|encefal|mening|mening[oe]encefal|miel|apendic|esofag|gingiv|periodont|estomat|uve|querat|blefar|ot|mast|miocard|pericard|endocard|vascul|espondil|fasc|epicondil|costocondr|tiroid|osteomiel|colecist|colangi|hepat|artr|osteoartr|poliartr|espondiloartr|col|proctocol|ile|neur|rin|rinosinus|periost|sinov|fleb|trombofleb|cervic|orqu|epididim|salping|endometr|dermatomios|polimios|mios|arter|aort|linfang|celul|folicul|onic|paroniqu|balan|dacriocist)itis',
  '(?:condro|osteo|traqueo|bronco|laringo)malacias?', 'sensibilidad química(?: múltiple)?',
  '(?<=(?<![\\p{L}])(?:la|su|tu|de|con|mi)[\\s\\u00a0]{1,3})ame',
];

/**
 * Body parts, states and everyday conditions that make a sentence the sentence reader reads alone a
 * health claim (the pack's `bareHealth`; docs/architecture.md, "The sentence reader"), but are too
 * common in ordinary talk to be the grammar's health objects ("se me cansó la mandíbula a los 10
 * minutos"). They are what the English pack names and the Spanish HEALTH_OBJECTS lacked, checked
 * entry by entry against en.ts's HEALTH_OBJECTS (scalp, bowels, ovaries, uterus,
 * adrenals, celiac, intolerance, jaw, feet, veins, fever, sore throat, wounds, bruises, pregnancy,
 * miscarriage, postpartum, milk supply, tongue-tie, hangover, jaundice, bedwetting, chills,
 * sneezing, allergic), and the risks of a remedy (side effects, contraindications, reactions,
 * dependence). Not the skin and its pores: a cosmetic that "funciona para todo tipo de piel" is
 * no health claim.
 */
export const BARE_HEALTH: readonly string[] = [
  'cuero cabelludo', 'intestinos?', 'ovarios', 'útero', '(?:glándulas )?suprarrenales', 'fatiga adrenal',
  'celíac[oa]s?', 'enfermedad celíaca', 'intoleranci(?:a|as)(?: a la lactosa| al gluten)?', 'mandíbula', 'pies', 'venas',
  'fiebres?', 'dolor de garganta', 'garganta', 'heridas?', 'moretones', 'hematomas?', 'embarazos?', 'abortos? espontáneos?', 'pérdidas? gestacionales?',
  'posparto', 'postparto', 'leche materna', 'producción de leche', 'frenillos?(?: lingual)?', 'resacas?', 'ictericia', 'mojar la cama',
  'escalofríos', 'estornudos', 'alérgic[oa]s?', 'dopamina', 'serotonina', 'sistema nervioso', 'vías respiratorias', 'senos paranasales',
  'efectos? (?:secundarios?|adversos?|colaterales?)', 'contraindicaci(?:ón|ones)', 'reacci(?:ón|ones)(?: alérgicas?| adversas?)?', 'dependencia',
  // what an addiction is to and who has one, and the body's weight and shape, which the English health objects name
  // ("addiction", "withdrawal", "weight", "belly fat"): "nunca más volví a desear la droga", "alcohólicos que no han vuelto
  // a beber", "no engordas nunca más", "la cintura se queda fija"
  'drogas?', 'vicios?', 'alcohol', 'heroína', 'cocaína', 'metanfetaminas?', 'nicotina', 'tabaco', 'cigarros?', 'cigarrillos?', 'fumar',
  'alcohólic[oa]s', 'adict[oa]s', 'drogadict[oa]s', 'autistas', 'cintura', 'tallas', 'sobrepeso', 'engord\\p{L}{1,5}', 'adelgaz\\p{L}{1,5}', 'uñas',
  // health itself, the sick, healing, pregnancy and nursing, germs and immunity, diet, the teeth a dentist sells, which the
  // English health objects name ("health", "the sick", "heal", "pregnant", "breastfeeding", "virus", "immunity", "diet",
  // "veneers"): "Paleo es la única dieta que funciona para el 100% de la gente", "Carillas que duran para siempre"
  'salud', 'enferm[oa]s', 'enfermedades', 'sanaci(?:ón|ones)', 'sanar(?:te|se|me|lo|la|los|las)?', 'curar(?:te|se|me|lo|la|los|las)?',
  'embarazad[oa]s?', 'lactancia', 'amamantar', 'virus', 'bacterias', 'inmunidad', 'sistema inmune', 'sistema inmunológico', 'dieta', 'carillas', 'implantes dentales', 'fértil(?:es)?', 'matriz',
];

/** Proven treatments and the people who give them (for stop/replace claims). Vaccines have their own list. */
export const TREATMENTS: readonly string[] = [
  'medicamentos?', 'medicinas?', 'medicación', 'pastillas?', 'píldoras', 'tabletas', 'insulina', 'inhaladore?s?', 'metformina',
  'ozempic', 'wegovy', 'mounjaro', 'estatinas?', 'antidepresivos?', 'anticonvulsivos?', 'antibiótic[oa]s?', 'antiinflamatorios?',
  'analgésicos?', 'esteroides?', 'corticoides?', 'quimio(?:terapia)?s?', 'radioterapia', 'radiación', 'cirugías?', 'operación',
  'operaciones', 'operar(?:me|te|se|lo|la|los|las|nos)?', 'operaron', 'operó', 'inyectar(?:me|te|se|le|les)', 'medicar(?:me|te|se|lo|la)', 'diálisis', 'trasplantes?', 'lentes', 'anteojos', 'gafas', 'aparatos auditivos',
  'audífonos', 'tratamientos?', 'terapias?', 'fisioterapia', 'doctor(?:es)?', 'médicos?', 'oncólog[oa]s?',
  'cardiólog[oa]s?', 'especialistas?', 'neurólog[oa]s?', 'endocrinólog[oa]s?', 'psiquiatras?', 'psicólog[oa]s?', 'dentistas?',
  'cirujan[oa]s?', 'hospital(?:es)?', 'receta del doctor', 'tratamiento médico', 'inyecciones', 'parches de nicotina',
  'levotiroxina', 'anticoagulantes?', 'biológicos', 'hormonas', 'cpap', 'marcapasos', 'bypass',
  'cateterismos?', 'escleroterapia', 'litotricia', 'pediatras?', 'reemplazos? de (?:rodilla|cadera)', 'prótesis de (?:rodilla|cadera)',
  'endodoncias?', 'epidurale?s?', 'quirófano', 'bisturí', 'hemodiálisis', 'cesárea', 'lentes de contacto',
  // colloquial names: the inhaler is "la bomba"/"el puff" in Mexico and the Caribbean
  'bombas?(?![\\s\\u00a0]{1,3}de[\\s\\u00a0]{1,3}(?:vitaminas|sabor|nutrientes|energía|proteínas?|tiempo))', 'bombitas?', 'puff', 'nebulizador(?:es)?', 'nebulizaciones',
  'salbutamol', 'ventolin', 'pastillitas', 'quimios', 'pepas',
  // the English words of US Spanish ("mis meds", "las pills")
  'meds', 'pills', 'inhaler', 'insulin', 'surgery', 'chemo',
  // drug classes by their everyday names, the machines of dialysis and sleep apnea, and US brand names as patients say them
  // ("ya no tomo mi Synthroid")
  'calmantes', 'relajantes', 'somníferos', 'ansiolíticos', 'máquinas? de (?:diálisis|oxígeno|cpap)', 'bombas? de insulina',
  'synthroid', 'lipitor', 'crestor', 'januvia', 'jardiance', 'trulicity', 'eliquis', 'xarelto', 'humira', 'adderall', 'ritalin',
  'prozac', 'zoloft', 'lexapro', 'xanax', 'lantus', 'humalog', 'novolog', 'glucophage', 'plavix', 'singulair', 'advair',
  'symbicort', 'flovent', 'sintrom', 'adiro', 'albuterol', 'lyrica', 'tramadol', 'glibenclamida', 'amlodipino', 'furosemida', 'montelukast',
  'nexium', 'prilosec', 'pepcid', 'keppra', 'depakene', 'depakote', 'lamictal', 'tegretol', 'triptanes?',
  // home oxygen with its article and its vessels ("ya no usa el oxígeno", "botó la bala de oxígeno"; "ya no necesita
  // oxígeno después de la neumonía" is a recovery), and the urinary catheter
  '(?<=(?:el|al|del|su|tu|mi)[\\s\\u00a0]{1,3})oxígeno', '(?:tanques?|balas?|balones|cilindros?|concentrador(?:es)?) de oxígeno', 'sondas?',
  // specialists by their suffix (urólogo, oftalmóloga, reumatólogos, geriatra) and drug classes by their prefix (antirretrovirales, antihipertensivos)
  '[a-zñáéíóú]{2,14}ólog[oa]s?', '[a-zñ]{2,10}iatras?',
  'anti[a-zñáéíóú]{3,14}(?:ivos?|ivas?|ales|al|[ií]ticos?|[ií]nicos?|ácidos?|inas?)', 'retrovirales', 'inmunosupresores', 'diuréticos?', 'broncodilatadores?',
  'isotretinoína', 'prednisona', 'omeprazol', 'losartán', 'enalapril', 'atorvastatina', 'warfarina', 'sertralina', 'fluoxetina', 'epipen', 'epinefrina',
  '[a-zñ]{3,16}(?:statina|pril|olol|sartán|sartan|mab|pentina|prazol|cilina|micina|formina|glutida|zepam|oxetina|afil|azol|amida|fenidato|tidina|triptán|gliptina|gliflozina|dronato|floxacino|ciclina|metasona|nisona|lukast|zolam|triptilina|navir|ciclovir|osina|fenacina|tropio|asterida|tadina|gabalina|prost)s?',
  // care named by what it does or who gives it, and drugs patients name when they leave them
  'quiropráctic[oa]s?', '[a-zñ]{0,8}cirujan[oa]s?', 'ultrasonidos?', 'in vitro', 'fiv', 'implantes?', 'amputaci[oó]n(?:es)?', 'angioplastias?',
  'stents?', 'litotripsias?', 'reemplazos? articular(?:es)?', 'glucómetros?', 'tiras reactivas', 'metotrexato', 'metadona', 'levodopa',
  'antifúngicos?', 'antimicóticos?', 'galantamina', 'rivastigmina', 'donepezilo', 'memantina', 'pesarios?',
  'medias? de compresión',
  // the drugs of psychiatry and sleep patients name when they leave them, and the checks and supplements of pregnancy
  'benzos?', 'benzodiacepinas?', 'antipsicóticos?', 'quetiapina', 'zopiclona', 'litio', 'ecografías?', 'ácido fólico',
  'vitaminas prenatales',
  // the care of fractures and burns ("sin clavos", "sin necesidad de injerto", "olvídate de la unidad de quemados")
  'clavos', 'injertos?', 'unidad de quemados',
  // drugs as a class and the everyday painkillers, the joint's prosthesis, rehabilitation, and procedures by their suffix
  // ("cancelé mi artroscopia", "evitamos la prótesis", "reemplaza a los fármacos")
  'fármacos?', 'farmacos?', 'ibuprofeno', 'paracetamol', 'prótesis', 'rehabilitación', 'finasterid[ae]',
  'minoxidil', '[a-zñ]{3,14}(?:scopias?|ectomías?|otomías?)',
  // More stems of the Spanish international nonproprietary names (the WHO's INN stems, as Spanish spells them): venlafaxina,
  // escitalopram, quetiapina, risperidona, amlodipino, levotiroxina, apixabán, clopidogrel, enoxaparina, hidroclorotiazida,
  // oxicodona, naproxeno, celecoxib, pregabalina, lamotrigina, carbamazepina, tenofovir, imatinib, cisplatino, paclitaxel,
  // etanercept; and the brands patients name when they drop them ("dejé el Eutirox", "ya no tomo Rivotril").
  '[a-zñ]{2,16}(?:afaxina|pram|apina|idona|dipino|dipina|tiroxina|xabán|xaban|idogrel|parina|tiazida|codona|morfina|proxeno|profeno|coxib|gabalina|trigina|azepina|fovir|tegravir|vudina|tinib|platino|taxel|rubicina|cept)s?',
  'eutirox', 'rivotril', 'tafil', 'valium', 'orfidal', 'lorazepam', 'seroquel', 'zyprexa', 'risperdal',
  'abilify', 'aspirina', 'nolotil', 'gelocatil', 'voltaren', 'diclofenaco', 'metamizol', 'tramal', 'insulinas?',
  'concerta', 'elvanse', 'strattera', 'truvada', 'biktarvy', 'descovy',
  // The treatments of rare and blood diseases by their INN stems (nusinersén and tofersén, antisense; ivacaftor and
  // elexacaftor, CFTR modulators; deflazacort; riluzol; deferasirox) and their brands, which patients name when a seller
  // tells them to drop them ("el Spinraza lo puede dejar", "tiré el riluzol a la basura").
  '[a-zñ]{2,14}(?:rs[eé]n|caftor|cort|zol|sirox|oxamina)', 'hidroxiurea', 'factor(?: (?:viii|ix|8|9|de (?:la )?coagulación))?', 'factores de coagulación',
  'spinraza', 'evrysdi', 'zolgensma', 'kaftrio', 'trikafta', 'hemlibra', 'exjade', 'desferal', 'emflaza', 'radicava', 'qalsody', 'respirador', 'bipap',
  // HIV treatment and prevention by the initials patients write ('ya no necesitan el TAR', 'cambiad la PrEP')
  'tar', 'terapia antirretroviral', 'prep', 'arv',
  // The screening tests a seller offers to replace ("en vez del Papanicolaou", "di adiós a la mamografía"), morphine and the
  // drugs of palliative care, plastic surgery by its suffix and the gastric sleeve, and the specialists and procedures of
  // teeth, ears, skin and rehabilitation ("sin ir al ortodoncista", "sin visitas al otorrino", "no acepte infiltraciones").
  'mamografías?', 'mastografías?', 'papanicolaous?', 'densitometrías?', 'citologías?', 'biopsias?', 'morfina', 'opioides?', 'opiáceos?',
  'antieméticos?', '[a-zñ]{2,12}setrón', 'zofran', '[a-zñ]{3,14}plastias?', '(?<=(?<![\\p{L}])la[\\s\\u00a0]{1,3})manga(?: gástrica)?', 'ths',
  'fototerapia', 'inmunoterapia', 'hormonoterapia', 'aciclovir', 'permetrina', 'viagra', 'cialis', 'levitra', 'ortodoncistas?', 'ortodoncia',
  // Care named in the singular or by its everyday name, the procedures of pregnancy and fertility, the hearing aid, the
  // check-ups a seller says are no longer needed, and more INN stems (levetiracetam, clomifeno, trazodona)
  // ("pueden dejar la inyección", "ya no necesita su audífono", "olvídate de la amniocentesis",
  // "sin necesidad de sulfato ferroso ni controles médicos", "quiten el levetiracetam"). Not the aids a recovery leaves
  // ("ya camino sin bastón"), nor what a product does without ("sin pinchazos", "sin brackets").
  'inyección', 'píldora', 'audífono', 'transfusi(?:ón|ones)', 'fisio', 'kine(?:siología|siologia)?', 'psicoterapias?',
  'oxigenoterapia', 'terapia (?:física|ocupacional|respiratoria|hormonal|psicológica|de lenguaje|del lenguaje)', '[a-zñ]{2,12}centesis',
  '[a-zñ]{3,14}scopías?', 'conizaci(?:ón|ones)', 'inseminaci(?:ón|ones)(?: artificial)?', 'ovodonaci(?:ón|ones)', 'estimulación ovárica',
  'versión externa', 'controles (?:médicos|prenatales)', 'chequeos(?: médicos)?', 'consultas (?:prenatales|médicas|de control)', 'sulfato ferroso',
  'alopurinol', 'celebrex', 'dieta sin (?:gluten|tacc)', '[a-zñ]{2,14}(?:racetam|ifeno|zodona)',
  'parches? de (?:estradiol|estrógenos?|testosterona|fentanilo|lidocaína)', 'cremas? de (?:estrógenos?|estradiol|cortisona|hidrocortisona)',
  // more care by its everyday name, checked against a list of common treatments and specialists, not against the corpus
  'betabloqueadores', 'estrógenos?', 'progesterona', 'anticonceptivos?', 'diu', 'buprenorfina', 'naloxona', 'empastes', 'dentaduras?',
  'periodoncistas?', 'urgencias', 'ambulancias?', 'budesonida', 'estradiol', 'tratamientos? de conducto', 'resonancias?(?: magnéticas?)?',
  'tomografías?', 'radiografías?', 'biológico', 'nebulización', 'pastillita', 'calmante', 'somnífero', 'ansiolítico', 'inmunosupresor',
  'betabloqueador', 'empaste',
  // drugs Latin American and Spanish patients name by their generic or brand names, checked against lists of common prescriptions
  'ketorolaco', 'acenocumarol', 'cetirizina', '[a-zñ]{2,10}casona', 'oseltamivir', 'tamiflu', 'hidroxicloroquina', 'dimenhidrinato',
  'neurobi[oó]n', 'tempra', 'tylenol', 'advil',
  // places of care a seller says are no longer needed ("ya no necesitas ir a la clínica de heridas", "no necesita ir al
  // subcentro", "ya no voy al centro de salud"), and the care after liposuction ("no necesitas los masajes linfáticos")
  'clínicas? de (?:heridas|dolor|diálisis|rehabilitación|fertilidad|metadona|adicciones)', 'centros? de salud', 'subcentros?(?: de salud)?',
  'sanatorios?', 'policlínicos?', 'dispensarios?', 'masajes? linfáticos?', 'drenajes? linfáticos?', 'rayos x',
  'gotas (?:de|del|para(?: el| los| la)?) (?:glaucoma|ojos?|oídos?|presión)', '(?:gel|parches?|inyecciones) de testosterona', 'otorrinos?', 'fisioterapeutas?', 'infiltraci(?:ón|ones)', '(?<=(?<![\\p{L}])(?:a|de)[\\s\\u00a0]{1,3}la[\\s\\u00a0]{1,3})posta', 'cascos? ortopédicos?',
];

/** Vaccines and their colloquial names. */
export const VACCINES: readonly string[] = [
  'vacunas?', 'vacunitas?', 'vacun(?:ar|arse|arlos|arlas|arlo|arla|arte|arme|arnos|é|ó|amos|aron|ación|aciones|ad[oa]s?)', 'boosters?', 'inmunizaci(?:ón|ones)', 'refuerzos?',
  'triple viral', 'esquema (?:infantil|de vacunación)', 'vaccines?', 'vax', 'antitetánic[ao]s?',
];

/** Words before a trigger that put it in a negated or reported scope, and the strong hedges. */
export const NEGATORS: readonly string[] = [
  'no', 'ni', 'nunca', 'jamás', 'jamas', 'tampoco', 'nadie', 'nada', 'ningún', 'ningun', 'ninguna', 'ninguno', 'ningunos', 'ningunas',
  // not "apenas": in ads it is "only" or "as soon as" ("en apenas 3 días", "apenas me lo puse")
  'mito', 'mitos', 'falso', 'falsa', 'falsos', 'mentira', 'mentiras', 'estafa', 'estafas', 'fraude', 'fraudes', 'engaño',
  'desconfíe', 'desconfie', 'desconfía', 'desconfia', 'desconfíen', 'cuidado', 'supuesta', 'supuesto', 'supuestas', 'supuestos',
  'supuestamente', 'promete', 'prometen', 'prometían', 'anuncios', 'anuncian', 'dicen', 'decían', 'pide', 'piden', 'dudo',
  // Strong hedges: without a classifier for Spanish, a hedge in the clause rules the claim out.
  'suele', 'suelen', 'podría', 'podria', 'podrían', 'podrian', 'quizás', 'quizas', 'quizá', 'algunos', 'algunas', 'ciertos',
  'ciertas', 'mayoría', 'mayoria', 'muchos', 'muchas',
  // asked or wondered about ("me preguntan mucho si…", "me pregunto si…"): not asserted
  'preguntan', 'preguntaron', 'preguntó', 'pregunto', 'varía', 'varia', 'varían', 'varian', 'sugieren',
  // a concern about what others do ("me preocupa ver pacientes que dejan la insulina"): described, not promised
  'preocupa', 'preocupan', 'preocupante', 'preocupantes', 'alarmante', 'alarmantes',
  // a promise in the subjunctive or the past ("el que te prometa una cura milagrosa…"), a belief in the subjunctive ("gente que piense que…")
  'prometa', 'prometan', 'prometió', 'prometieron', 'piense', 'piensen',
];

/** Hedges and modality: the sentence does not promise (a classifier feature, as in ./en.ts). */
export const HEDGES: readonly string[] = [
  // "puede" hedges a result ("puede ayudar"), not a permission to take a remedy ("lo puede tomar cualquiera", "puede tomarlo con su pastilla")
  'puede(?![\\s\\u00a0]{1,3}(?:tomar|usar|consumir|aplicar|beber|comer)\\p{L}{0,5}(?![\\p{L}]))', 'pueden(?![\\s\\u00a0]{1,3}(?:tomar|usar|consumir|aplicar|beber|comer)\\p{L}{0,5}(?![\\p{L}]))', 'podría', 'podrían', 'puede ayudar', 'pueden ayudar', 'algunos', 'algunas', 'muchos', 'muchas', 'a menudo',
  'suele', 'suelen', 'generalmente', 'por lo general', 'en algunos casos', 'en ciertos', 'la mayoría', 'en promedio',
  'los resultados varían', 'los resultados pueden variar', 'resultados individuales', 'varía', 'estudios', 'evidencia',
  'consulte', 'hable con', 'pregunte', 'temporal', 'temporalmente', 'casi',
];

/**
 * Chronic conditions medicine can treat but not cure: "la EPOC sí tiene cura" or "el lupus es curable" is a cure claim, where
 * "la hepatitis C tiene cura" is public-health information (cure.chronic).
 */
export const CHRONIC: readonly string[] = [
  'diabetes(?: tipo [12])?', 'artritis(?: reumatoide)?', 'artrosis', 'epoc', 'asma', 'sop', '(?:síndrome de )?ovario poliquístico', 'covid persistente',
  'vih', 'sida', 'párkinson', 'alzh?éimer', 'demencia', 'autismo', 'tdah', 'lupus', 'esclerosis múltiple', 'fibromialgia', 'hipertensión',
  'celiaquía', 'enfermedad celíaca', 'psoriasis', 'vitíligo', 'crohn', 'colitis ulcerosa', 'hashimoto', 'hipotiroidismo', 'epilepsia',
  'insuficiencia renal(?: crónica)?', 'enfermedad renal crónica', 'cirrosis', 'hepatitis b', 'herpes', 'migrañas?', 'glaucoma',
  'degeneración macular', 'síndrome de down', 'parálisis cerebral', 'esquizofrenia', 'trastorno bipolar', 'bipolaridad', 'tinnitus',
  'acúfenos', 'endometriosis', 'anemia falciforme', 'drepanocitosis', 'hemofilia', 'fibrosis quística', 'distrofia muscular',
  'atrofia muscular espinal', 'neuropatía diabética', 'fatiga crónica', 'dermatitis atópica',
];

const H = alt(HEALTH_OBJECTS.map(p));
const BARE_H = alt(BARE_HEALTH.map(p));
const T = alt(TREATMENTS.map(p));
const CHR = alt(CHRONIC.map(p));
const V = alt(VACCINES.map(p));
/** Units of a short time, abbreviations included ("5 min", "24 hrs"). */
const UNIT = '(?:minutos?|minutitos?|mins?|segundos?|segunditos?|segs?|horas?|horitas?|hrs?|h)';
const MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
/** Small numbers in digits or words. */
const hundred = `(?:100${S0}%|100${S}por${S}ciento|cien${S}por${S}ciento|(?:el|al)${S}(?:100|cien)(?:${S0}%|${S}por${S}ciento)?)`;
/** Zero in digits or words, with or without "%" and "de" ("0% riesgo", "0 % de riesgo", "0 riesgos", "cero por ciento de"). */
/** The everyday harms of a procedure promised away with the risks ("ni un moretón", "no hay sangrado", "no da rechazo"). */
const BRUISES = `(?:moret(?:ón|ones)|morat(?:ón|ones)|hinchaz(?:ón|ones)|sangrados?|fibrosis|seromas?|rechazos?|embolias?)`;
/** People a label warns about, with their article ("los niños", "señoras embarazadas", "abuelitos"). */
/** Someone young, and the young age, an organ is compared with ("arterias de un chaval de 20"). */
const YOUNG = '(?:joven|muchach[oa]|chaval(?:a)?|chic[oa]|quinceañer[oa]|adolescente|veinteañer[oa]|niñ[oa]|bebé)';
const ORGAN_YOUNG = 'arterias|venas|pulmones|pulmón|riñón|riñones|corazón|huesos|rodillas?|caderas?|hígado|piel|cerebro|próstata|ovarios|articulaciones|cartílagos?|oídos?|vista|ojos|columna|espalda';
/** Able to take a remedy, the pronoun before or after ("lo puede tomar", "puede tomarlo"). */
const TAKE_IT = `(?:(?:puede|pueden|puedes|podrá|podrán)${S}(?:tomarl[oa]s?|combinarl[oa]s?|usarl[oa]s?|mezclarl[oa]s?)|(?:lo|la|los|las)${S}(?:puede|pueden|puedes|podrá|podrán)${S}(?:tomar|combinar|usar|mezclar))`;
const YOUNG_AGE = `(?:1\\d|2\\d|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veinticinco|treinta)(?:${S}años)?`;
const VULNERABLE = `(?:(?:los|las|el|la|señoras|mujeres|personas|adultos)${S})?(?:bebés?|niñ[oa]s?|nenes?|nenas?|embarazadas?|ancian[oa]s?|abuelit[oa]s?|recién${S}nacid[oa]s?|mayores|lactantes)`;
const zero = `(?:(?:0${S0}%|0${S}por${S}ciento|cero${S}por${S}ciento)(?:${S}de)?|cero|0)`;
/** Service promises a clinic may make: a guarantee of these is not a health claim. */
const SERVICE_NOUNS = any([
  'su derecho', 'tu derecho', 'el derecho', 'sus derechos', 'tus derechos', 'cobertura', 'la cobertura',
  'una cita', 'su cita', 'tu cita', 'cita', 'citas', 'atención', 'privacidad', 'confidencialidad', 'precio', 'precios', 'el precio',
  'el mejor precio', 'estacionamiento', 'un trato', 'trato', 'respuesta', 'servicio', 'su satisfacción', 'satisfacción', 'calidad',
  'el envío', 'envío', 'entrega', 'reembolso', 'intérprete', 'un intérprete', 'acceso', 'la seguridad de sus datos',
  'seguro', 'seguro médico', 'seguro de salud', 'seguro dental', 'plan', 'planes', 'descuento', 'descuentos',
  'datos', 'información', 'puntualidad', 'confianza', 'discreción', 'transparencia', 'comodidad', 'limpieza', 'higiene',
  'seguridad de (?:sus|tus) datos', 'espacio', 'lugar', 'turno', 'consulta', 'seguimiento', 'disponibilidad',
  'laboratorio', 'resultados de laboratorio', 'análisis', 'estudios', 'entrega de resultados',
  'herramientas', 'acompañamiento', 'apoyo', 'asesoría', 'orientación', 'educación', 'capacitación', 'certificado', 'diploma',
]);
/** A service noun with its determiner ("la privacidad de sus datos", "una cita"). */
const SERVICE = `(?:(?:la|el|los|las|su|sus|tu|tus|una|un|nuestra|nuestro)${S})?${SERVICE_NOUNS}`;

/**
 * Spanish puts the negation before the verb, often several words before the claim ("no les voy a
 * decir que el dolor se fue para siempre"), and reported claims follow a warning ("desconfíe de
 * los anuncios que prometen…"). A rule does not match when such a word opens its clause within
 * 60 characters (no punctuation between). These checks are the pack's `ruleScope`: compiled once
 * and run at each match of a rule (grammar.ts, inScope), never copied into the rules' patterns
 * (docs/architecture.md, "Regexps and V8's code budget").
 */
/**
 * "y" or "pero" followed by a new subject ends the scope of a negation: "no tiene riesgos y todos
 * nuestros pacientes recuperan…" negates the risks, not the promise after it ("no cura ni
 * regenera" and "no cura y regenera" stay negated: no new subject). So does a clause with a
 * negation of its own: "no falla nunca y además no tiene efectos secundarios" asserts both.
 */
const NEW_SUBJECT = `${S}(?:(?:y|e|pero|sino${S}que)${S}(?:que|tod[oa]s|el|la|los|las|mi|mis|tu|tus|su|sus|nuestr[oa]s?|est[ea]s?|este|cada|usted|ustedes|yo|tú|ella|él|(?:(?:además|también|encima|aparte|ya)${S})?(?:no|nunca|jamás))|porque|pues|ya${S}que|así${S}que|por${S}eso|por${S}lo${S}que)${S}`;
/**
 * What "no" opens when it does not negate the claim after it: "no solo", "no esperes más", "no
 * sufras más", "no lo vas a creer", "no sé cómo, pero…".
 */
const NOT_A_NEGATION = `(?:solo|sólo|solamente|nomás|cabe|hay${S}duda|esperes|espere|esperen|sufras|sufra|sufran|dudes|dude|duden|te${S}pierdas|se${S}pierda|lo${S}pienses|lo${S}piense|(?:lo${S})?(?:puedo|podía|podrás|podrá|vas${S}a|va${S}a|van${S}a)${S}creer|sé${S}cómo)(?![\\p{L}])`;
/**
 * Before a guarantee, the "no" of a condition about results negates only the condition ("si no bajas
 * 5 kilos te devolvemos el dinero"); a refund for not liking a product stays a satisfaction policy
 * ("si no te gusta te regreso tu dinero").
 */
const SATISFACTION_CONDITION = `(?<!(?<![\\p{L}])si${S}(?=no${S}(?!(?:(?:te|le|les|me|nos)${S})?(?:gust|encant|convenc|satisf|qued[ao]s?${S}satisf))))`;
/** A refund for not liking a product ("si no te gusta el sabor, te devolvemos tu dinero"): a satisfaction policy, not a promise of health. */
const SATISFACTION_REFUND = `(?<!(?<![\\p{L}])si${S}no${S}(?:(?:te|le|les|me|nos)${S})?(?:gust|encant|convenc|satisf|qued[ao]s?${S}satisf)[^.;!?\\n]{0,80})`;
/** A result of the body felt at once: walking out, seeing, sleeping, the swelling or the pain gone (instant.sameDay). */
const BODY_AT_ONCE = `(?:sal(?:í|e|es|ió|en|ieron|imos)${S}(?:caminando|bailando|corriendo|viendo(?:${S}perfecto)?|sin${S}dolor)|(?:ve|veo|ves|veía|vi|vio|ven)${S}perfecto|(?:te|se|me)${S}deshinch\\p{L}{1,4}|(?:se|te|me)${S}(?:duerme|duermen|dormí|dormiste|durmió)|dorm(?:í|iste|ió)${S}(?:toda${S}la${S}noche|\\d{1,2}${S}horas|ocho${S}horas)|ya${S}no${S}(?:sient\\p{L}{1,3}|tien\\p{L}{1,3}${S}(?:dolor|papada|grasa)|me${S}dol\\p{L}{1,3})|amanec\\p{L}{1,4}${S}nuev\\p{L}{1,4}|amanec\\p{L}{1,4}${S}nuevecit[oa])`;
/** The moment right after a treatment (instant.sameDay). */
const MOMENT = `(?:al${S}(?:momento|instante|minuto|día${S}siguiente|otro${S}día|siguiente${S}día|salir|toque)|de${S}un${S}día${S}(?:para|a)${S}(?:otro|el${S}otro)|(?:desde${S})?el${S}mismo${S}día|ese${S}mismo${S}día|hoy${S}mismo|la${S}primera${S}noche|en${S}un${S}fin${S}de${S}semana|apenas${S}(?:me|te|se)${S}levant\\p{L}{1,4}|en${S}cuanto${S}sal\\p{L}{1,4})`;
/** Authorities of medicine as a suppression claim names them: "los médicos", "tu oncólogo", "las farmacéuticas", "la medicina oficial", "la OMS". */
const SUPP_AUTHORITY = `(?:(?:los|las|tu|tus|su|sus|el|la|ningún|ninguna)${S})?(?:médic[oa]s?|doctor(?:es|a|as)?|[a-zñáéíóú]{3,14}ólog[oa]s?|[a-zñáéíóú]{3,10}iatras?|nutricionistas|ópticos|farmacéuticas|laboratorios|grandes${S}laboratorios|industria(?:${S}(?:farmacéutica|médica))?|big${S}pharma|medicina${S}(?:oficial|convencional|tradicional|alopática|moderna)|oncología${S}convencional|mafia${S}(?:farmacéutica|médica|oncológica)|oms|fda|ama|gobierno|hospitales|facultad)`;
/** The suppression frame after "no", "nunca", "jamás": what "they" do not tell you is asserted ("nunca le dicen a la gente que…", "no te van a contar que…"). */
const SUPPRESSION_AFTER = `${S}(?:(?:les|te|nos|le|lo|me|os)${S}){0,2}(?:dicen|dice|decían|dijeron|cuentan|cuenta|contaron|quieren${S}que|quiere${S}que|(?:van|va)${S}a${S}(?:decir|contar))(?![\\p{L}])`;
const negatedBefore = (guarantee: boolean): string =>
  fold(
  `(?<!(?<![\\p{L}])(?:${guarantee ? SATISFACTION_CONDITION : ''}no(?!${SUPPRESSION_AFTER}|${S}${NOT_A_NEGATION})|(?:nunca|jamás)(?!${SUPPRESSION_AFTER})|tampoco|nadie|imposible|prometen|promete|(?<!(?<![\\p{L}])(?:no|nunca|jamás)${S}(?:(?:les|te|nos|le|lo|me|os)${S}){0,2})(?:dicen|decía|decían)|pregunt(?:an|a|ó|aron|ado|o|amos)${S}si|(?<=(?<![\\p{L}])si${S}(?:[\\p{L}]+${S}){0,3})(?:dice|asegura|aseguran|ofrece|ofrecen|vende|venden)|(?<=(?<![\\p{L}])(?:quien|alguien|que|le|te|les|me|nos|gente|anuncio|etiqueta|caja|video|vídeo|publicidad|comercial|página|cadena|post)${S})dice|anuncios|anuncian|desconfíe|desconfía|desconfíen|mitos?|estafas?|supuestamente|ojalá|pensé|pensaba|creí|creía|vendieron)(?!${NEW_SUBJECT})${S}(?:(?!${NEW_SUBJECT})[^.;:!?,\\n\\u2013\\u2014\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF]){0,60})`
  );
const NEGATED_BEFORE = negatedBefore(false);
/** For guarantees (SATISFACTION_CONDITION). */
const NEGATED_BEFORE_GUARANTEE = negatedBefore(true);
/** A hedge later in the sentence ("…como la mayoría", "…en algunos pacientes"): a typical result, not a promise. */
const HEDGED_AFTER = fold(
  `(?![^.;!?\\n]{0,80}(?:como${S}la${S}mayoría|en${S}promedio|en${S}(?:más${S}del${S}|el${S}|un${S}|casi${S}el${S}|alrededor${S}del${S})?\\d{1,2}(?:[.,]\\d)?${S0}%|la${S}respuesta${S}(?:corta${S}|honesta${S}|breve${S})?es${S}(?:no|un${S}(?:rotundo${S})?no)(?![\\p{L}])|probablemente${S}no|no${S}(?:cura|sirve|funciona|quita)${S}nada|por${S}lo${S}general|típicamente|(?:hable|consulte|pregunte)${S}(?:primero${S}|antes${S})?(?:con|a)${S}(?:su|tu|el|la|quien)|en${S}(?:la${S}mayoría|algunos|muchos|ciertos|algunas|muchas|ciertas)${S}(?:de${S}(?:los|las)${S})?(?:casos|pacientes|personas|adultos|niños|mujeres|hombres)|los${S}resultados${S}(?:varían|pueden${S}variar)|según${S}(?:los${S})?estudios|en${S}(?:algunas|ciertas)${S}personas` +
    // doubt right after a reported claim ("…te cura todo, pero no le creo")
    `|pero${S}(?:yo${S})?no${S}(?:le${S}|lo${S}|les${S})?cre[oa]|no${S}es${S}(?:cierto|verdad)|es${S}(?:mentira|falso|un${S}mito)|no${S}(?:funciona|sirve)${S}(?:así|para${S}nada)|no${S}(?:funcionó|sirvió)(?![\\p{L}])|pero${S}no(?=${S0}[,.;!]|${S}al${S}final)))`
);
/** Refuted right after the trigger ("las curas milagro no existen", "…son un mito"). */
const REFUTED_AFTER = fold(`(?!${S}(?:no${S}existen?|no${S}son${S}reales|son${S}(?:un${S}mito|mentira|falsas?|falsos?)|es${S}(?:un${S}mito|mentira|falso))(?![\\p{L}]))`);
/** Devices and procedures meant to be permanent (implants, dentures, sterilisation): "permanente" describes them. */
const DEVICE_NOT_BEFORE = `(?<!(?:implantes?|dentales?|dientes|dentadura|prótesis|anticoncepción|ligadura|vasectomía|marcapasos)[^.;!?]{0,40})`;

/** Hiding, burying or silencing, any tense ("ocultan", "escondió", "tapan", "enterraron", "se lo callan"). */
const HIDE = `(?:${erIr('escond', 'encubr', 'prohib')}|prohíben|prohíbe|${ar('ocult')}|${ar('call')}|${ar('silenci')}|${ar('censur')}|${ar('tap')}|${ar('enterr')}|entierr(?:a|an|e|en)(?![\\p{L}])|${ar('sepult')}|${ar('guard')}${S}(?:en${S})?secreto(?![\\p{L}]))`;
/** Who is said to hide it: the medical professions and agencies, "they". */
const SUPPRESSOR = '(?:medicina[\\s\\u00a0]{1,3}(?:oficial|tradicional|convencional|moderna|occidental|alópata)|grandes[\\s\\u00a0]{1,3}farmacéuticas|médicos|doctores|farmacéuticas|farmacéutica|farmacias|industria|fda|gobierno|gobiernos|hospitales|clínicas|laboratorios|pharma|dentistas|especialistas|[a-zñáéíóú]{2,12}ólog[oa]s|ellos|sistema|oms|cdc|ops|autoridades|medios|científicos|universidades|ministerio|cofepris|élites?|poderosos)';
/** Telling, teaching or mentioning, for "no te lo van a decir", "jamás te hablará de ella". */
const TELL_PL = `(?:dicen|dirán|cuentan|contarán|enseñan|enseñarán|enseñaron|muestran|recetan|recetarán|explican|explicarán|hablan${S}de|hablarán${S}de|mencionan|mencionarán|revelan|revelarán|recomiendan|recomendarán)`;
/** The same said of one person ("tu oncólogo jamás te hablará de ella"): only after "nunca"/"jamás" ("su médico no le dice nada" is no secret). */
const TELL_SG = `(?:dice|dirá|cuenta|contará|hablará${S}de|mencionará|revelará|recomendará)`;
const TELL = `(?:${TELL_PL}|${TELL_SG})`;

/** Illnesses that pass on their own ("la gripe se quita sola en una semana"): their natural course is information. */
/** Advice that keeps care from someone: "no dejes que te", "no permitan que le" (repl.dontLet, repl.dontLetGive). */
const DONT_LET = `no${S}(?:dejen|dejes|deje|dejéis|permitan|permitas|permita)${S}que${S}(?:(?:le|les|te|lo|la|los|las|me|nos|os|se)${S}){1,2}`;
/** …unless the care is only put off until it is explained: "…sin que le expliquen", "…antes de preguntar". */
const PUT_OFF = `(?![^.;!?\\n]{0,80}(?:sin${S}que|hasta${S}que|antes${S}de|a${S}menos${S}que|sin${S}(?:preguntar|consultar|entender|saber|una${S}segunda)))`;
const SELF_LIMITING = '(?:gripes?|gripas?|resfriados?|resfríos?|catarros?|tos|fiebre|diarreas?|virus|moretones?|chichones?|cruda|resaca)';
/** Proven treatments by name: as the subject of a cure or credited before a stop they are information or a patient's story. */
const PROVEN = '(?:quimio|terapia[\\s\\u00a0]{1,3}f[ií]sica|cirug|radioterapia|trasplant|antibiótic|antivir|antimic[oó]tic|antif[uú]ngic|inmunoterapia|vacun|operaci[oó]n|rehabilit|fisioterap|implante|prótesis|marcapasos|diálisis)';
/** Proven drugs and services whose speed is information or logistics ("la anestesia hace efecto en minutos", "le atendemos en minutos"). */
const FAST_NOT_A_CLAIM = `(?:devolv|devuelv|llam|anestesi|medicament|analg[eé]sic|ibuprofeno|paracetamol|naloxona|epinefrina|adrenalina|insulina|nitroglicerina|inhalador|salbutamol|ox[ií]geno|atiend|atend|respond|contest|lleg|entreg|proces|confirm|agend|reserv)`;
/** Only the harsh diet left out ("sin dietas extremas", "sin dietas de hambre"): a sensible plan, not an effortless loss. */
const HARSH = `${S}(?:extremas?|estrictas?|restrictivas?|milagro|de${S}hambre|rígidas?|de${S}moda|yoyo|yo-yo|locas?)(?![\\p{L}])`;
const HARSH_DIET = `(?!${HARSH})`;
/** What care takes off a patient ("me quitó la metformina", "le quitaron los puntos", "me quitan el yeso"): removing it cures nothing. */
const REMOVED_CARE = '(?:insulina|metformina|pastillas?|medicamentos?|medicinas?|medicación|dosis|tratamiento|puntos|grapas|yeso|férula|bota|vendajes?|venda|sonda|catéter|drenaje|suero|oxígeno|brackets|frenos|dientes|muelas?|lunar(?:es)?|uñas?|apéndice|vesícula|útero|matriz|amígdalas)';
/** Proven care credited for a recovery: a cure word near it tells a patient's story, not a remedy's promise. */
const CARE = `(?:doctor|médic|quimio|cirug|cirujan|oncólog|hospital|radioterapia|trasplant|antibiótic|tratamiento${S}médico|operaci[oó]n|oper(?:aron|ó)(?![\\p{L}])|dra?\\.|fisioterap|rehabilit|reposo|descans|dormir(?![\\p{L}])|siesta|especialista|endodonc|tratamiento${S}de${S}conducto|extracci[oó]n|empaste|infiltraci|anestesi|antivir|antimic[oó]tic|antif[uú]ngic|dentista|enfermer|veterinari)`;
/** Proven care credited for a result ("con la quimio", "gracias al cirujano", "después de la operación"), not care merely named ("mi médico no lo creía"). */
const CREDITED_CARE = `(?:con|gracias${S}a(?:l)?|tras|después${S}de(?:l)?|luego${S}de(?:l)?|por)${S}(?:(?:la|el|los|las|su|sus|mi|mis|un|una|tu|tus)${S})?(?:[\\p{L}]{2,14}${S}){0,1}${CARE}`;
/** The people a result is promised to, plural and singular ("clientas", "usuarias", "mamás"). */
const PEOPLE = '(?:pacientes|clientes|clientas|usuari[oa]s|personas|consumidor[ae]s|compradores|compradoras|amig[oa]s|conocid[oa]s|seguidor[ae]s|vecin[oa]s|mamás|familias|alumn[oa]s|casos|enferm[oa]s|niñ[oa]s|abuelit[oa]s|parejas|mujeres|hombres|adultos|participantes|diabétic[oa]s|hipertens[oa]s)';
const PERSON = '(?:paciente|cliente|clienta|usuari[oa]|persona|consumidor[a]?|comprador[a]?|amig[oa]|conocid[oa]|seguidor[a]?|vecin[oa]|mamá|familia|caso|enferm[oa]|niñ[oa])';
/** Having tried the remedy, any tense ("lo prueba", "la han tomado", "los usó"). */
const TRIED = `(?:lo|la|los|las)${S}(?:(?:ha|han|hemos|he|haya|hayan)${S})?(?:prueba|prueban|probó|probaron|probado|toma|toman|tomó|tomaron|tomado|usa|usan|usó|usaron|usado|aplica|aplican|aplicó|aplicaron|aplicado|consume|consumen|consumió|consumieron|consumido|compra|compran|compró|compraron|comprado)`;
/** A result verb, present, preterite or perfect ("mejora", "bajaron", "se han curado"). */
const RESULT = `(?:se${S})?(?:(?:ha|han)${S})?(?:cura|curan|curó|curaron|curado|sana|sanan|sanó|sanaron|sanado|mejora|mejoran|mejoró|mejoraron|mejorado|baja|bajan|bajó|bajaron|bajado|adelgaza|adelgazan|adelgazó|adelgazaron|nota|notan|notó|notaron|notado|siente|sienten|sintió|sintieron|obtiene|obtienen|obtuvo|obtuvieron|consigue|consiguen|consiguió|recupera|recuperan|recuperó|recuperaron|recuperado|alivia|alivian|alivió|aliviado|repite|repiten|desinflama|desinflaman|responde|responden|respondió|respondieron|logra|logran|logró|lograron|alcanza|alcanzan|supera|superan|superó|superaron|ven${S}resultados|vieron${S}resultados|tienen${S}resultados|(?:queda|quedan|quedó|quedaron|sale|salen|salió|salieron|termina|terminan|terminó|terminaron)${S}(?:(?:totalmente|completamente)${S})?(?:embarazadas?|san[oa]s?|curad[oa]s?|libres?${S}de|caminando|sin${S}(?:dolor|síntomas|molestias)|como${S}nuev[oa]s?|aliviad[oa]s?|recuperad[oa]s?))(?![\\p{L}])`;

/** One rule per family over a list of phrases (accents optional, spaces bounded). */
const phraseRules = (prefix: string, phrases: Partial<Record<ClaimKind, readonly string[]>>): ClaimRule[] =>
  Object.entries(phrases).map(([kind, list]) => ({ id: `${prefix}.${kind}`, kind: kind as ClaimKind, pattern: any(list ?? []) }));

/** One hashtag rule per family: `#` and its joined key words, with any words around them. */
const hashtagRules = (tags: Partial<Record<ClaimKind, readonly string[]>>): ClaimRule[] =>
  Object.entries(tags).map(([kind, words]) => ({
    id: `hashtag.${kind}`,
    kind: kind as ClaimKind,
    pattern: fold(`#[\\p{L}\\p{N}_]{0,30}?(?:${(words ?? []).join('|')})[\\p{L}\\p{N}_]{0,30}`),
  }));

const RULES: ClaimRule[] = [
    // cure: a cure verb or noun with a condition around it ("me curó la diabetes", "la cura para la neuropatía").
    {
      id: 'cure.word',
      kind: 'cure',
      pattern: fold(
        `(?<!(?<![\\p{L}])${PROVEN}\\p{L}{0,10}${S}(?:${W}){0,1})(?<!(?<![\\p{L}])(?:el|un|del|al|padre|señor|sr\\.?|pueden?|podría|podrían|posible|suelen?|se${S}puede|se${S}pueden|tiene|tienen|hay|existe|sin|buscan?|buscar|encontrar|investigan?)${S}(?:una${S}|la${S})?)` +
          `(?<!(?:probabilidad(?:es)?|posibilidad(?:es)?|tasas?|índices?|porcentaje)${S}de${S})` +
          // "cures" is English more often than the Spanish subjunctive
          `(?!cures(?![\\p{L}]))(?:${ar('cur')}|cur(?:ación|aciones|ativ[oa]s?))` +
          `(?!${S}(?:muchas|muchos|algunas|algunos|casi|la${S}mayoría|en${S}la${S}mayoría|en${S}muchos|en${S}algunos))` +
          // wound care ("la curación de la herida", "curaciones del pie diabético"), not a cure
          `(?!${S}(?:(?:de|del|a|en)${S})?(?:(?:la|las|una|su|sus|mi|mis|tu|tus|el|los|un)${S})?(?:heridas?|llagas?|quemaduras?|úlceras?(?!${S}(?:gástricas?|pépticas?|estomacales?|del${S}estómago|en${S}el${S}estómago))|pies?(?!${S}diabétic[oa])|cortadas?|raspones?|puntos|catéter|muñón|domicilio))`
      ),
      needs: 'health-around',
    },
    // detox of an organ ("limpia los riñones"); brushing teeth is not one
    { id: 'cure.detox', kind: 'cure', pattern: fold(`(?:limpi|desintoxic)(?:a|an|ó|ar)${S}(?:el|la|los|las|tu|su|tus|sus|mi|mis)${S}(?:colon|hígado|riñones|riñón|arterias|sangre|intestinos?|pulmones|organismo)`) },
    // The illness as the subject of a cure by a remedy: "la diabetes se quita con canela" (not a
    // proven treatment, rest or time: "la neumonía se cura con antibióticos").
    {
      id: 'cure.with',
      kind: 'cure',
      pattern: fold(
        `se${S}(?:(?:me|te|le|les|nos)${S})?(?:trata|tratan|quita|quitan|quitó|quitaron|cura|curan|curó|curaron|sana|sanan|sanó|elimina|eliminan|eliminó|va|van|fue|fueron|revierte|revierten|revirtió|desinflama|desinflaman|disuelve|disuelven|desaparece|desaparecen|desapareció|compone|componen|compuso)` +
          `${S}(?:(?:sol[oa]s?|fácil(?:mente)?|rapidísimo|rápido|luego|de${S}volada|tomando|usando|nomás|solamente|solo|sólo)${S})?con(?=${S}(?!(?:${W}){0,2}(?:${T}|reposo|descanso|el${S}tiempo|tiempo|hierro|líquidos|hidratación|agua${S}y${S}reposo|el${S}tratamiento|un${S}tratamiento|tratamiento|vacunas?|antibióticos?|antivirales?)(?![\\p{L}])))`
      ),
      needs: 'health-before',
    },
    // A cure said of an illness named earlier in the text: "¿Gastritis? El jugo de papa te la cura",
    // "a mi compadre se le quitó en un mes" (the health object is looked for only where the verb matched: ClaimNeed 'health-line-before').
    {
      id: 'cure.anaphor',
      kind: 'cure',
      pattern: fold(
        `(?<!(?<![\\p{L}])${SELF_LIMITING}${S}(?:${W}){0,1})(?:(?:me|te|se|le|les|nos)${S}(?:lo|la|los|las)|se${S}(?:me|te|le|les|nos))${S}(?:${ar('cur')}|${ar('quit')}|${ar('elimin')}|san(?:a|an|ó|aron|ará|arán)|desapareci(?:ó|eron)|borr(?:ó|aron)|(?:va|van)${S}a${S}(?:curar|quitar|eliminar|desaparecer))` +
          // …or named by "eso" or an object pronoun ("cáncer de hígado… con el protocolo eso se quita", "el cáncer es un hongo y el
          // bicarbonato lo destruye")
          `|(?:eso|esto|todo${S}eso)${S}se${S}(?:(?:le|te|me|les|nos)${S})?(?:quita|quitan|cura|curan|disuelve|disuelven|va|van|desaparece|desaparecen|elimina|eliminan)(?![\\p{L}])` +
          // (the verb first, so the prefilter runs this only where one of them is, not at every "la")
          `|(?:destruye|destruyen|disuelve|disuelven|deshace|deshacen|revierte|revierten)(?![\\p{L}])(?<=(?<![\\p{L}])(?:y|que|pero)${S}(?:${W}){1,4}?(?:lo|la|los|las)${S}\\p{L}+)`
      ),
      needs: 'health-line-before',
    },
    // Cured, said to someone, the illness named before ("llegué con depresión y en una sola consulta me curaron").
    {
      id: 'cure.anaphorTo',
      kind: 'cure',
      pattern: fold(`(?:me|te|le|les|nos|lo|la|los|las)${S}(?:curaron|curó|curé|curamos|curo|sanaron|sanó|sanamos)(?![\\p{L}])(?<=(?<![\\p{L}])${H}(?![\\p{L}])[^\\n]{0,140})`),
    },
    // "Sacar" for taking the illness away (Southern Cone: "te saca el dolor", "le sacó la psoriasis"): the present and future, or
    // the past without proven care in the sentence; not what care removes (a tooth, stitches, a mole).
    {
      id: 'cure.take',
      kind: 'cure',
      pattern: fold(
        `(?:(?:me|te|le|les|nos|se)${S}(?:lo|la|los|las)${S})?(?:(?:saca|sacan|sacá|sacará|sacarán|sacaría)|(?=sacó)(?<!${CARE}\\p{L}{0,8}[^.!?\\n]{0,80})sacó)(?![\\p{L}])` +
          `(?!${S}(?:(?:la|el|los|las|mi|mis|su|sus|tu|tus|un|una)${S})?(?:${REMOVED_CARE}|tumor(?:es)?|quistes?|cálculos|piedras|sangre|muestras?|verrugas?|cita|turno)(?![\\p{L}]))(?![^.!?\\n]{0,80}${CARE})`
      ),
      needs: 'health',
    },
    // Out of the illness: "salió libre de cáncer", "los enfermos de diabetes salen sanos"; "mata las células del cáncer".
    {
      id: 'cure.free',
      kind: 'cure',
      // …or back home healed ("cientos de enfermos regresan sanados"), not safe and sound ("salen sanos y salvos")
      pattern: fold(`(?:quedó|quedé|quedaron|salió|salí|salieron|salen|sale|quedas|quedan|regresa|regresan|regresó|regresaron|vuelven|volvieron|se${S}van|se${S}fueron)${S}(?:totalmente${S}|completamente${S})?(?:libres?${S}de|san[oa]s?(?![\\p{L}])(?!${S}y${S}salv)|curad[oa]s?|sanad[oa]s(?![\\p{L}]))`),
      needs: 'health-around',
    },
    // Killing the illness itself ("mata el cáncer", "mata las células del tumor"), unless a proven treatment is the subject.
    {
      id: 'cure.kill',
      kind: 'cure',
      pattern: fold(`(?<!(?:quimio\\p{L}*|radioterapia|radiación|antibióticos?|antivirales?|antimicóticos?|inmunoterapia|tratamiento)${S}(?:${W}){0,2})mat(?:a|an|ó|aron|ará|arán)${S}(?:las${S}|los${S}|el${S}|la${S}|tu${S}|su${S})?(?:células${S}(?:del${S}cáncer|cancerosas|malignas|malas|enfermas|del${S}tumor)|tumor(?:es)?|cáncer|leucemia|melanoma)(?![\\p{L}])`),
    },
    // Healed, said of someone whose illness the text named before ("mi suegro ya está curado", "dice que ya se curó"),
    // unless proven care is credited around it (a survivor's story).
    {
      id: 'cure.state',
      kind: 'cure',
      pattern: fold(
        `(?=ya${S}|(?:hoy|ahora)${S}(?:ya${S})?(?:est[aá]|estoy|están|estamos)${S})(?<!${CARE}\\p{L}{0,8}[^.!?\\n]{0,80})` +
          `(?:ya${S}(?:(?:est[aá]|estoy|están|estamos|quedó|quedé|quedaron|salió|salí)${S}(?:totalmente${S}|completamente${S}|bien${S})?(?:curad[oa]s?|sanad[oa]s?)|(?:se${S}|me${S})(?:curó|curé|curaron|sanó|sané|sanaron))|(?:hoy|ahora)${S}(?:ya${S})?(?:est[aá]|estoy|están|estamos)${S}(?:totalmente${S}|completamente${S})?(?:curad[oa]s?|sanad[oa]s?|san[oa]s?))(?![\\p{L}])` +
          `(?![^.!?\\n\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF]{0,80}${CARE})(?<=(?<![\\p{L}])(?:${H}|${T})(?![\\p{L}])[^\\n]{0,160})`
      ),
    },
    // Healed, without "ya", the illness named before on the line ("Yo tenía hígado graso y con el cardo mariano quedé curada",
    // "cientos han sido completamente sanados", "tenía VIH y salió negativo, totalmente curado",
    // "Mi tía tenía diabetes… ¡Se curó!", "sus pies sanaron por completo" is cure.anaphor's), unless proven care is credited around it.
    {
      id: 'cure.stateLine',
      kind: 'cure',
      pattern: fold(
        `(?=qued|estoy|est[aá]|estamos|sal[ií]|regres|se${S}(?:cur|san)|(?:he|ha|han|hemos)${S}(?:quedado|sido)|fue(?:ron)?${S}(?:totalmente|completamente|del|por|100|curad|sanad)|(?<=[,;:]${S0}¡?)(?:totalmente|completamente|del${S}todo|100|curad|sanad))(?<!${CREDITED_CARE}\\p{L}{0,8}[^.!?\\n]{0,80})` +
          `(?:(?:qued(?:é|ó|aron|amos)|(?:he|ha|han|hemos)${S}(?:quedado|sido)|fue|fueron|estoy|está|están|estamos|sal(?:í|ió|ieron|imos)|regres(?:é|ó|aron|an))${S}(?:(?:totalmente|completamente|del${S}todo|por${S}completo|100${S0}%)${S})?(?:curad[oa]s?|sanad[oa]s?)` +
          // …or as an appositive closing its clause ("salió negativo, totalmente curado", "salí negativa, ¡curada!")
          `|(?<=[,;:]${S0}¡?)(?:(?:totalmente|completamente|del${S}todo|100${S0}%)${S})?(?:curad[oa]s?|sanad[oa]s?)(?=${S0}(?:[.!,;\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF]|$))` +
          `|se${S}(?:cur(?:ó|aron)|san(?:ó|aron))(?:${S}(?:del${S}todo|por${S}completo|completamente|totalmente))?)(?![\\p{L}])(?![^.!?\\n]{0,80}${CREDITED_CARE})`
      ),
      needs: 'health-line-before',
    },
    // The illness gone, in the past, right after it is named ("mi tía lo toma y el cáncer desapareció"), without proven care around.
    {
      id: 'cure.vanished',
      kind: 'cure',
      pattern: fold(`(?=desapareci|(?:ha|han|había|habían)${S}desaparecid)(?<!${CARE}\\p{L}{0,8}[^.!?\\n]{0,80})(?:desapareci(?:ó|eron)|(?:ha|han|había|habían)${S}desaparecid[oa]s?)(?![\\p{L}])(?![^.!?\\n]{0,80}${CARE})`),
      needs: 'health-before',
    },
    // A chronic condition said to have a cure ("La EPOC sí tiene cura", "¿Artritis reumatoide? ¡Tiene cura!", "el lupus es
    // curable", "el SOP se cura con…"), not asked ("¿la diabetes tiene cura?") nor denied (the pack's negation scope).
    {
      id: 'cure.chronic',
      kind: 'cure',
      pattern: fold(`(?:tiene(?:n)?${S}(?:cura|curación|solución)|(?:es|son)${S}(?:(?:100${S0}%|totalmente|completamente)${S})?curables?|se${S}cura(?:n)?)(?![\\p{L}])(?!${S0}[?¿])(?<=(?<![\\p{L}])${CHR}(?![\\p{L}])[^.\\n]{0,40})`),
    },
    // Colloquial mending of an illness by a healer ("me compuso la hernia", "le acomodó la ciática"), not of a body part or a device.
    {
      id: 'cure.mend',
      kind: 'cure',
      pattern: fold(
        `(?:me|te|le|les|nos|se${S}(?:me|le|te))${S}(?:compuso|compusieron|compone|componen|acomodó|acomodaron|acomoda|acomodan|arregló|arreglaron|arregla|arreglan)(?![\\p{L}])` +
          `(?!${S}(?:(?:la|el|los|las|mi|mis|su|sus)${S})?(?:espalda|cuello|columna|cadera|hombros?|huesos?|dientes|muelas|brackets|frenos|lentes|cita|cabello|pelo|cara|piel|papeles|seguro)(?![\\p{L}]))`
      ),
      needs: 'health',
    },
    // US Spanish mixes in the English red flags ("100% effective", "no side effects", "sin dieta ni workout").
    ...phraseRules('spanglish', {
      'universal-efficacy': ['100% effective', '100 % effective', '(?:100|cien) percent effective', 'works (?:for|on) (?:everyone|everybody|all|todos|todo el mundo|cualquiera)', '(?:funciona|sirve|works) (?:para|for) everybody', 'never fails'],
      'zero-risk': ['no side effects', 'sin side effects', 'zero side effects', 'risk free', 'riskfree', '100% safe', '100 % safe', '(?:totally|completely) safe', 'safe (?:para|for) (?:todos|everyone|everybody|toda la familia)'],
      'effortless-weight-loss': ['sin (?:hacer )?(?:workout|workouts|cardio|dieting)', 'without (?:diet|dieting|exercise|working out)', 'burn fat while you sleep', 'quema (?:fat|grasa) while'],
      'instant-results': ['same day results', 'results overnight', 'instant(?:ly)? (?:relief|results|alivio)', 'immediate results'],
      miracle: ['miracle (?:cure|pill|drink|tea|cream|oil|treatment|product|remedy)', 'magic pill', 'es un miracle', 'milagro total'],
      'vaccine-alternative': ['no vax', 'novax', 'anti vax', 'antivax(?:xers?)?', 'skip (?:the )?(?:vaccines?|shots?)', 'natural immunity'],
      'suppressed-knowledge': ["(?:they|doctors|big pharma) (?:don'?t|do not) want you to know", 'what (?:doctors|they) (?:don.?t|won.?t) tell you'],
      'treatment-replacement': ['no more (?:pills|pastillas|insulin|insulina|meds|medicinas|chemo|quimio|inhaler)', '(?:ditch|quit|stop) (?:your |tus |the )?(?:pills|meds|insulin|insulina|pastillas|inhaler)', '(?:good bye|goodbye) (?:a |to )?(?:las |the |your |tus )?(?:pills|pastillas|insulina|insulin|meds)'],
      permanence: ['permanent (?:results|relief|cure|fix)', 'gone for good', '(?:resultados|alivio) permanent'],
      cure: ['(?:me |lo |la |se )?cur[oó] (?:my|mi|su|tu) (?:diabetes|arthritis|artritis|cancer|cáncer|asthma|asma)'],
    }),
    // Hashtags run the words together ("#SinVacunas", "#CeroEfectosSecundarios", "#AdiósInsulina"):
    // one rule per family over the joined key words, run only where a "#" is.
    ...hashtagRules({
      'vaccine-alternative': ['sinvacunas?', 'novacunas?', 'antivacunas?', 'vacunasno', 'noalasvacunas', 'inmunidadnatural', 'vacunasnaturales', 'vacunanatural', 'yonovacuno', 'novacuno', 'vacunasmatan', 'vacunasveneno'],
      'universal-efficacy': ['100(?:por)?(?:ciento)?efectiv[oa]', 'nuncafalla', 'nofalla', 'funcionaparatodos', 'infalible', 'efectividadtotal'],
      'effortless-weight-loss': ['sindietas?', 'sinejercicio', 'singym', 'singimnasio', 'sinesfuerzo', 'bajadepesosin\\p{L}{0,12}', 'adelgazasin\\p{L}{0,12}', 'adelgazadormid[oa]', 'comiendodetodo', 'sinpasarhambre', 'sinmatarte'],
      'zero-risk': ['sinefectos(?:secundarios)?', 'ceroefectos(?:secundarios)?', 'sinriesgos?', 'cerorriesgos?', 'riesgocero', '100seguro', 'inofensiv[oa]', 'sincontraindicaciones'],
      'treatment-replacement': ['adi[oó]s(?:a)?(?:la|las|los)?(?:insulina|pastillas|medicamentos|quimio|cirug[ií]a|inhalador|lentes|metformina)', 'sin(?:pastillas|medicamentos|medicinas|cirug[ií]a|quimio|insulina|operaci[oó]n)', 'nom[aá]s(?:pastillas|medicamentos|insulina|quimio)', 'dejalaspastillas', 'tiralaspastillas'],
      'instant-results': ['resultadosinmediatos', 'alivioinmediato', 'efectoinmediato', 'alinstante', 'resultadosexpress', 'enunasolasesi[oó]n'],
      'cure-all': ['curatodo', 'curalotodo', 'sirveparatodo', 'remediouniversal'],
      'disease-reversal': ['(?:revierte|revertir|reversi[oó]n)\\p{L}{0,20}'],
      'suppressed-knowledge': ['loquenotedicen', 'loquenoquierenquesepas', 'laverdadoculta', 'nosmienten', 'lafdamiente', 'curaprohibida', 'medicinaprohibida'],
      'fda-approval': ['aprobadoporlafda', 'avaladoporlafda', 'fdaapproved', 'aprobadofda'],
      permanence: ['parasiempre(?=\\p{L}{0,4}(?:libre|sano|sana|sin))', 'adi[oó]s(?:al|a)?(?:dolor|diabetes|acn[eé]|artritis|gastritis|migra[nñ]a|colitis|psoriasis|asma)parasiempre'],
      miracle: ['remediomilagroso', 'curamilagrosa', 'milagronatural'],
    }),
    // Care said to hide a cure or to live off the illness: "Ellos ya tienen la cura pero la esconden", "el tratamiento que los
    // hospitales de EE.UU. ocultan", "los neurólogos viven de que sigas enfermo", "las enfermeras defienden la diálisis porque de
    // eso comen", "no lo recetan porque no les dan comisión", "no la permiten porque afectaría a los laboratorios".
    {
      id: 'supp.motive',
      kind: 'suppressed-knowledge',
      pattern: fold(
        `(?:tienen|tiene|existe|hay)${S}(?:la|una)${S}cura${S}(?:${W}){0,4}?(?:pero|y)${S}(?:(?:la|lo|nos|te|se)${S}){0,2}${HIDE}` +
          `|${SUPPRESSOR}(?:${S}(?:de|del)${S}[\\p{L}.]{2,12}){1,2}${S}(?:(?:lo|la|los|las|le|les|nos|te|se|me|os)${S}){0,2}${HIDE}` +
          `|${SUPPRESSOR}${S}(?:[\\p{L}]{1,15}${S}){0,4}?(?:viven?|comen|ganan|lucran|se${S}enriquecen)${S}de${S}(?:que${S}(?:sigas|siga|sigan|sigamos|estés|esté|estén)${S}enferm[oa]s?|(?:los|sus)${S}enfermos|tu${S}enfermedad|la${S}enfermedad)` +
                    `|no${S}(?:lo|la|los|las)${S}(?:recetan|receta|recomiendan|permiten|venden|usan|mencionan)${S}porque${S}(?:no${S}(?:les${S})?(?:dan${S}comisión|deja${S}dinero|es${S}negocio|pueden${S}patentar\\p{L}{0,4}|ganan|conviene)|(?:les${S})?(?:afectaría|perjudicaría|quebraría)${S}(?:a${S})?${SUPPRESSOR})`
      ),
    },
    // Weight lost whatever you eat or skip: "derrite la grasa aunque no entrenes", "pierdes grasa visceral sin tocar la dieta",
    // "quemando grasa aunque comas pizza", "adelgazas solita".
    { id: 'ewl.anyway', kind: 'effortless-weight-loss', pattern: fold(`(?:adelgaz\\p{L}{1,5}|baj(?:a|as|ás|e|en|ó|é|an)${S}(?:de${S}peso|(?:\\d{1,2}|unos|varios)${S}kilos|la${S}panza|tallas)|pierd(?:e|es|en|o)${S}(?:peso|grasa|kilos)|quem(?:a|as|an|ando)${S}grasa|derrit(?:e|en)${S}(?:la${S})?grasa)(?:${S}(?:${W}){0,6}?)?(?:aunque${S}(?:comas|coma|comes|no${S}(?:entrenes|entrene|hagas|haga|pises|pise|vayas|vaya))|sin${S}(?:tocar|cambiar|dejar)${S}(?:la${S}dieta|tu${S}dieta|su${S}dieta|lo${S}que${S}(?:comes|come|comés))|sin${S}(?:ningún${S})?esfuerzo|solit[oa]s?)`) },
    // Cases counted as cured or reversed: "un protocolo que ha revertido más de 200 casos como el tuyo", "yo he curado a cientos
    // de pacientes", "hemos sanado a miles de personas".
    {
      id: 'reversal.count',
      kind: 'disease-reversal',
      pattern: fold(`(?:ha|han|hemos|he)${S}(?:revertido|regenerado)${S}(?:a${S})?(?:más${S}de${S})?(?:\\d[\\d.,]*|cientos|miles|decenas|cientos${S}de${S}miles)${S}(?:de${S})?(?:casos|pacientes|personas|niños|niñas|mujeres|hombres|enfermos)`),
    },
    {
      id: 'cure.count',
      kind: 'cure',
      pattern: fold(`(?:ha|han|hemos|he)${S}(?:curado|sanado)${S}(?:a${S})?(?:más${S}de${S})?(?:\\d[\\d.,]*|cientos|miles|decenas)${S}(?:de${S})?(?:casos|pacientes|personas|niños|niñas|mujeres|hombres|enfermos)`),
    },
    // Relapse ruled out and nobody relapsing: "con nosotros la recaída es imposible", "ninguno ha vuelto a caer"; never having to
    // inject again: "su hijo no tendrá que volver a pincharse".
    {
      id: 'perm.noRelapse',
      kind: 'permanence',
      pattern: fold(`(?:la${S})?reca[ií]da${S}es${S}imposible|es${S}imposible${S}(?:recaer|volver${S}a${S}(?:caer|recaer|consumir|beber))|(?:ninguno|ninguna|nadie)${S}(?:de${S}(?:ellos|ellas|mis${S}\\p{L}{3,12}|nuestros${S}\\p{L}{3,12})${S})?(?:ha|han)${S}vuelto${S}a${S}(?:caer|recaer|beber|consumir|drogarse|fumar|enfermarse|enfermar)`),
    },
    {
      id: 'repl.neverAgain',
      kind: 'treatment-replacement',
      pattern: fold(`(?:no|nunca${S}más|ya${S}no)${S}(?:tendrá|tendrás|tendrán|tendremos|va${S}a${S}tener|vas${S}a${S}tener|van${S}a${S}tener)${S}que${S}volver${S}a${S}(?:pincharse|pincharte|pincharle|inyectarse|inyectarte|operarse|operarte|dializarse|medicarse|medicarte)`),
    },
    // No trace of the illness left, or a rate of complete remission: "después de 3 sesiones conmigo su médico no encontró rastro del
    // cáncer", "87% de remisión completa en cáncer etapa IV" (proven care credited stays clear, by its context).
    {
      id: 'cure.noTrace',
      kind: 'cure',
      pattern: fold(`no${S}(?:(?:le|me|te|les|nos)${S})?(?:encontr\\p{L}{1,5}|hall\\p{L}{1,5}|vi\\p{L}{0,3}|ve\\p{L}{0,3})${S}(?:ni${S})?(?:(?:un|una)${S})?(?:rastros?|huellas?|señal(?:es)?)${S}(?:del?|de${S}la)${S}(?:${H})|(?:\\d{1,3}(?:[.,]\\d)?${S0}%|cien${S}por${S}ciento)${S}de${S}remisi[oó]n(?:${S}(?:completa|total))?`),
    },
    // What medicine cannot cure, the seller can: "Lo que la medicina no cura, nosotros sí", "La que le recetan los doctores no le
    // va a quitar la diabetes, ESTA SÍ", and the incurable cured: "te curan lo que aquí dicen que es incurable". Not a
    // concession ("no cura la diabetes, pero la controla, eso sí").
    {
      id: 'cure.contrast',
      kind: 'cure',
      pattern: fold(
        `no${S}(?:(?:le|te|les|lo|la|los|las|me|nos)${S})?(?:(?:va|van|pudo|pudieron|puede|pueden)${S}(?:a${S})?)?(?:cura|curan|curar|sana|sanan|sanar|quita|quitan|quitar)(?![\\p{L}])[^.!?\\n]{0,60}?[,;:]${S0}(?:(?:pero|y)${S})?(?!eso${S})(?:\\p{L}{2,15}${S}){0,3}s[ií](?=${S0}(?:[.!,;]|$))` +
          `|(?:cura|curan|curamos|curó|curaron|sana|sanan|sanamos|sanó)${S}(?:lo${S}que${S}(?:[\\p{L}.]{1,15}${S}){0,6}?(?:es|son|era|eran|llaman)${S})?(?:incurables?|lo${S}incurable|lo${S}imposible)(?![\\p{L}])`
      ),
    },
    { id: 'cure.hashtag', kind: 'cure', pattern: fold(`#[\\p{L}\\p{N}_]{0,30}(?:curad[oa]|meCuré|curaci[oó]n)[\\p{L}\\p{N}_]{0,30}`) },
    {
      id: 'cure.remove',
      kind: 'cure',
      pattern: fold(
        // a cheap look at the first letters first, so the look-behind only runs where a trigger can start
        `(?=qu|el|er|bo|ac|te|de|sa|sá|me|se|no|le|li|lí|es|ya|vi|ve)(?<!(?:antibióticos?|cirugías?|operación|endodoncias?|(?:tratamientos?${S}con${S})?l[aá]ser|escleroterapia|tratamientos?${S}de${S}conductos?|quimioterapia|quimio|radioterapia|trasplantes?|vacunas?|extirpación|antivirales?|antimicóticos?|antifúngicos?|antiparasitarios?|desparasitantes?)${S}(?:[\\p{L}]+${S})?)` +
          `(?:${ar('quit')}(?!${S}(?:(?:la|el|los|las|mi|mis|su|sus|tu|tus|un|una)${S})?${REMOVED_CARE}(?![\\p{L}]))(?!${S}(?:un${S}poco|un${S}poquito|algo|parte|casi)(?![\\p{L}]))|${ar('elimin')}|${ar('erradic')}|${ar('borr')}|${ar('acab')}${S}con|${ar('termin')}${S}con|` +
          // beating the illness, said of a remedy in the present or future ("la moringa derrota la hipertensión"); the past
          // ("venció el cáncer") is a survivor's story
          `(?:vence|vencen|vencerá|vencerán|derrota|derrotan|derrotará|derrotarán)(?![\\p{L}])|` +
          `desaparec(?:e|en|ió|ieron|erá|erán|ería|erían)|desaparezc(?:a|an)` +
          // "sano/sana" are also the adjective ("comer sano"): only the unambiguous forms of sanar
          `|san(?:an|aron|ará|arán|aría|ar|arte|arse|arlo|arla|é|amos|ando|ándo${CLITIC})(?![\\p{L}])|s[aá]n(?:ate|ese|ense)|sana(?=${S}(?:el|la|los|las|tus?|sus?|mis?)${S})` +
          // "sanó" keeps its accent (escaped, so fold leaves it), unless "de" follows: plain "sano" is the adjective
          `|san\\u00f3(?![\\p{L}])|sano(?=${S}(?:de|del)${S})` +
          // free of the illness ("ya está libre de cáncer", "estoy libre de dolor"), unless proven care
          // (doctors, chemotherapy, check-ups) gets the credit in the sentence: a survivor's story
          `|(?=est|ya|qu|sal|viv)(?<!(?:doctor|médic|quimio|cirug|oncólog|hospital|radioterapia|trasplante|tratamiento${S}médico)[\\p{L}]{0,8}[^.!?\\n]{0,80})` +
          `(?:est[aá]|estoy|están|estamos|ya|qued[oóe]|quedaron|salió|salí|vivo|vive|viven)${S}(?:(?:totalmente|completamente|por${S}fin|100${S0}%)${S})?libres?${S}de(?![\\p{L}])` +
          `(?![^.!?\\n]{0,80}(?:doctor|médic|quimio|cirug|oncólog|revisiones|hospital|radioterapia|trasplante|remisión))` +
          `|(?:me|te|se|nos|les?)${S}libr(?:é|ó|aron|amos|a|an|ará|arán|as|aste)${S}(?:de|del)(?![\\p{L}])|l[ií]br(?:ate|ese|ense)${S}(?:de|del)(?![\\p{L}])` +
          `|ya${S}no${S}(?:soy|es|eres|somos|son)(?=${S}\\p{L})|dej(?:é|ó|aron|aste|amos)${S}de${S}ser|${ar('dej')}${S}de${S}(?:tener|sufrir|padecer|sentir)(?![\\p{L}])|(?:salí|salió|saliste|salimos|salieron)(?=${S}(?:de${S}la|del)${S}(?!(?:consulta|cita|clínica|sesión|operación|cirugía|consultorio|hospital|quirófano|farmacia|oficina|casa|escuela|terapia)(?![\\p{L}])))` +
          `|ya${S}no${S}(?:tengo|tiene|tienes|tenemos|sufro|sufre|padezco|padece|padecemos|sufrí|sufrió|padecí|padeció|tuve|tuvo|he${S}(?:tenido|sufrido|vuelto${S}a${S}(?:tener|sufrir))|ha${S}(?:tenido|sufrido))(?:${S}más)?(?:${S}de)?)`
      ),
      needs: 'health',
    },
    // The illness as the subject: "los discos herniados desaparecen por completo", "la psoriasis se va sola".
    {
      id: 'cure.subject',
      kind: 'cure',
      pattern: fold(
        `(?:desaparec(?:e|en|ió|ieron|erá|erán)|se${S}(?:va|van|fue|fueron|irá|irán|esfuma|esfuman|borra|borran|disuelve|disuelven|cura|curan|curó|curaron|sana|sanan|sanó|elimina|eliminan|quita|quitan|acaba|acaban|revierte|revierten|revirtió))` +
          `${S}(?:(?:(?<!${SELF_LIMITING}${S}(?:se${S})?\\p{L}{2,9}${S})sol[oa]s?|por${S}completo|totalmente|completamente|de${S}raíz|para${S}siempre|sin${S}(?:cirugía|dolor|medicamentos|pastillas)|como${S}por${S}arte${S}de${S}magia|en${S}(?:días|semanas|horas|minutos|una${S}sesión))(?![\\p{L}]))`
      ),
      needs: 'health-before',
    },
    // "se le revirtió por completo", "se me quitó de raíz": gone for good, the illness named earlier in the text
    {
      id: 'cure.wholly',
      kind: 'cure',
      pattern: fold(`se${S}(?:me|le|te|nos|les)${S}(?:revirtió|curó|quitó|fue|desapareció|borró|eliminó|sanó|acabó|esfumó)${S}(?:por${S}completo|totalmente|completamente|de${S}raíz|para${S}siempre|por${S}completito|toditito)`),
    },
    // Healed, said of oneself or of someone, with how wholly or how fast ("me curé por completo", "se curó en 5 días",
    // "se sanó solita"), or walking out healed ("salió curado", "salí completamente sana"); not a self-limiting
    // complaint ("la gripe se curó sola"): proven care credited in the sentence is read by the context (creditedCare).
    {
      id: 'cure.healedSelf',
      kind: 'cure',
      pattern: fold(
        `(?<!${SELF_LIMITING}[^.;!?\\n]{0,40})(?:(?:me|se|te|nos)${S}(?:(?:me|le|les|te)${S})?(?:curé|curó|curaron|curamos|sané|sanó|sanaron|sanamos)${S}(?:por${S}completo|totalmente|completamente|del${S}todo|de${S}raíz|solit[oa]s?|sol[oa]s?|en${S}(?:\\d{1,3}|un|una|dos|tres|cuatro|cinco|pocos|pocas|solo|sólo)${S}(?:${W}){0,1}?(?:días|semanas|horas|meses|minutos|sesi(?:ón|ones)|día|semana|mes))` +
          `|(?:salió|salí|salieron|salimos|sale|salen)${S}(?:(?:totalmente|completamente|ya)${S})?(?:curad[oa]s?|sanad[oa]s?))(?![\\p{L}])`
      ),
    },
    // "más de 500 pacientes curados"
    {
      id: 'cure.count',
      kind: 'cure',
      pattern: fold(
        `(?:\\d[\\d.,]{0,8}|cientos${S}de|miles${S}de|más${S}de${S}\\d[\\d.,]{0,8}|cien|mil)${S}(?:de${S})?(?:pacientes|personas|casos|gente|niños|mujeres|hombres|clientes|familias)${S}(?:ya${S})?(?:curad[oa]s|sanad[oa]s)(?![\\p{L}])` +
          // "Miles de señoras ya se curaron", "he curado a cientos de niños", "ya sané a muchos"
          `|(?:\\d[\\d.,]{0,8}|cientos|miles|decenas|más${S}de${S}\\d[\\d.,]{0,8})${S}(?:de${S})?(?:pacientes|personas|gente|niños|niñas|mujeres|hombres|clientes|clientas|familias|señoras|señores|enfermos|abuelitos|mamás|papás)${S}(?:ya${S})?se${S}(?:han${S})?(?:curaron|curado|sanaron|sanado)(?![\\p{L}])` +
          `|(?:he|hemos|ha|han|ya)${S}(?:curado|sanado|curé|sané|curamos|sanamos)${S}a${S}(?:cientos|miles|decenas|muchos|muchas|más${S}de${S}\\d[\\d.,]{0,8}|\\d[\\d.,]{1,8})(?![\\p{L}\\p{N}])`
      ),
    },
    // The illness that leaves, right after it is named ("el tumor desapareció", "su linfoma se esfumó", "el cáncer se va"), not a
    // self-limiting complaint or a symptom ("la gripe se quita sola", "los síntomas desaparecen en días"), nor with proven care or
    // rest in its sentence ("desapareció con el reposo", "tras la cirugía el quiste desapareció"); the weaker forms with the illness further back count only in a flagged text.
    {
      id: 'cure.leaves',
      kind: 'cure',
      pattern: fold(`(?<!(?<![\\p{L}])(?:${SELF_LIMITING}|síntomas|molestias|náuseas|mareos|efectos)${S}(?:(?:se|me|te|le|nos|les)${S}){0,2})(?:se${S}(?:(?:me|te|le|nos|les)${S})?(?:va|van|fue|fueron|esfum(?:a|an|ó|aron)|sec(?:a|an|ó|aron)|acab(?:a|an|ó|aron)|cur(?:a|an|ó|aron)|disuelve|disuelven|disolvió|deshizo|deshace|deshacen)|desaparece(?:n)?|desapareci(?:ó|eron))(?![\\p{L}])(?<!${CARE}\\p{L}{0,8}[^.!?\\n]{0,120})(?![^.!?\\n]{0,80}${CARE})`),
      needs: 'health-around',
    },
    { id: 'cure.gone', kind: 'cure', pattern: fold(`(?<!(?<![\\p{L}])${SELF_LIMITING}${S}(?:${W}){0,1})(?!se${S}(?:me|le|te|nos|les)${S}(?:quitó|fue|curó|desapareció)${S}(?:la|el|los|las|mi|su)${S}${SELF_LIMITING}(?![\\p{L}]))(?:se${S}(?:acabó|acabaron|terminó|terminaron)|se${S}(?:me|le|te|nos|les)${S}(?:quitó|fue|curó|desapareció)|desapareció${S}por${S}completo|se${S}fue${S}por${S}completo)`), needs: 'health-around' },
    // miracle
    {
      id: 'miracle.word',
      kind: 'miracle',
      pattern: fold(
        `#?milagros[oa]s?(?:mente)?|#milagro[\\p{L}_]{0,20}` +
          `|(?:pastillas?|píldoras?|remedios?|curas?|curación|fórmulas?|tés?|productos?|cremas?|gotas|aceites?|suplementos?|cápsulas|semillas?|tratamientos?|plantas?|hierbas?|jugos?|polvos?|bebidas?|batidos?|aparatos?|láser|terapias?|sueros?|agüitas?|elixir(?:es)?|pomadas?|jarabes?|parches?|collar(?:es)?|pulseras?|fajas?|jabón|jabones|gomitas|licuados?|infusiones|infusión|tónicos?|vitaminas|inyecci(?:ón|ones)|inyectables?|ampollas?|ampolletas?|sérums?|mascarillas?|shots?)${S}(?:(?!(?:no|ni|nunca|jamás|sin|tampoco)(?![\\p{L}]))${W}){0,2}milagros?` +
          `|(?:un|el|es${S}un|es${S}el|verdadero|auténtico)${S}(?:verdadero${S})?milagr(?:o|ito)${S}(?:natural${S}|de${S}la${S}naturaleza${S}|(?!(?:de|que|en|y|a|para|contra)(?![\\p{L}]))\\p{L}{3,15}${S})?(?:para|contra|que${S}(?:cura|quita|elimina|sana))` +
          `|milagr(?:o|ito)s?${S}(?:de${S}la${S}naturaleza|natural(?:es)?)(?=${S}(?:para|contra|que))` +
          `|(?:pastilla|píldora|fórmula|poción|remedio|solución|bala|cura|crema)${S}mágica?|varita${S}mágica` +
          `|(?:es|fue|son|era)${S}(?:algo${S}|simplemente${S}|realmente${S}|como${S})?mágic[oa]s?(?!${S}(?:el|la|ese|esa|este|esta|mi|nuestro|nuestra)${S}(?:parto|nacimiento|boda|día|momento|viaje|experiencia|concierto|partido|lugar|ambiente|noche|encuentro|regalo))|(?:como${S})?por${S}arte${S}de${S}magia|(?:es|fue|son|era|funciona|funcionan|parece)${S}(?:como${S}|pura${S}|una${S})?magia(?![\\p{L}])` +
          // the same promise as a figure of speech: "pura magia para las articulaciones", "una maravilla de la naturaleza"
          `|santo${S}remedio|(?<!(?<![\\p{L}])una${S})mano${S}de${S}santo|(?=hac|hiz|obr)(?<!(?<![\\p{L}])(?:dios|diosito|señor|virgen|jesús|cristo)[^.!?\\n]{0,40})(?<!(?:médic|doctor|enfermer|equipo|personal|cirujan|staff|voluntari|dios|diosito|señor|virgen|santit|jesús|cristo)\\p{L}{0,6}${S}(?:${W}){0,2})(?:hace|hacen|hizo|obra|obran|obró)${S}(?:verdaderos${S})?(?:milagros|maravillas)(?![\\p{L}])` +
          `|(?:pura|verdadera|auténtica)${S}magia|magia${S}pura|maravilla${S}de${S}la${S}naturaleza|(?:es|fue|son|era)${S}(?:un${S}|el${S})?(?:verdadero|auténtico|puro|gran)${S}milagro` +
          `|milagr(?:o|ito)s?${S}(?:${W}){0,3}que${S}(?:cura|curan|curó|quita|quitan|quitó|elimina|eliminan|sana|sanan|sanó|alivia|alivian|acaba|acabó|desaparece|desapareció|regenera|revierte|revirtió|derrite|derritió)(?![\\p{L}])` +
          `|(?:el|un)${S}milagro${S}que${S}(?:(?:su|tu|sus|tus)${S}\\p{L}{2,15}|usted|ustedes)${S}(?:estaba|estaban|está|están|estabas|ha${S}estado|han${S}estado)${S}esperando` +
          `|milagro${S}(?:en${S}(?:botella|frasco|cápsulas?|gotas|un${S}frasco|polvo|crema|pastillas?|sobres?|tabletas?|gomitas?|jarabe|spray|aceite|una${S}(?:taza|cápsula|pastilla|botella|gota))|para${S}(?:su|tu|la|nuestra)${S}salud)|(?:comparto|compartir|les${S}comparto|te${S}comparto)${S}(?:el|este|mi|un)${S}milagro`
      ),
    },
    // The word alone, as a verdict on a remedy ("este té es un MILAGRO", "es un milagrito este aceite"), as an exclamation
    // opening the text or a review after its rating ("MILAGRO!!!", "Un milagro, de verdad.", "5/5 ¡Un milagro!") or as a gift from God ("Dios nos mandó un milagro:"). Not a
    // baby or a life ("nuestro bebé es un milagro"), not luck ("es un milagro que esté aquí"), not thanks to proven care
    // in the clause ("fue un milagro, gracias a los doctores").
    {
      id: 'miracle.bare',
      kind: 'miracle',
      // Each branch starts at the word itself and looks back for its frame, so the prefilter runs the rule only where "milagr" is.
      pattern: fold(
        `(?=milagr)(?<!(?:bebé|bebe|hij[oa]s?|niñ[oa]s?|niet[oa]s?|sobrin[oa]s?|vida|familia|embarazo|parto|nacimiento|pequeñ[oa]|chiquit[oa])\\p{L}{0,3}[^.!?\\n]{0,45})` +
          `(?:milagr(?:o|ito)(?<=(?<![\\p{L}])(?:es|fue|son|era|resultó${S}ser|parece|pareció|parecía|como)${S}(?:(?:todo|literal(?:mente)?|literally|realmente|simplemente|sencillamente)${S})?(?:un${S})?(?:verdadero${S}|auténtico${S}|gran${S}|puro${S})?milagr(?:o|ito))(?![\\p{L}])(?!${S}(?:que|de${S}(?:la${S})?(?:vida|ciencia|medicina)))` +
          `|milagro(?<=(?:^|[.!?\\n])[\\s"'\u201c\u00ab¡]{0,3}(?:(?:\\d(?:[.,]\\d)?${S0}\\/${S0}\\d{1,2}|[\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF]{1,5})[\\s"'\u201c\u00ab¡]{0,3})?(?:un${S}(?:verdadero${S}|auténtico${S})?)?milagro)(?:${S}de${S}dios|${S}en${S}(?:(?:nuestr[oa]|mi|la|el|esta|este)${S})?(?:clínica|consultorio|spa|centro|tienda|botica|farmacia|consulta)|${S}con${S}(?:${W}){0,2}\\p{L}{2,20})?(?=${S0}(?:[!:]|,(?!${S0}no(?![\\p{L}]))))` +
          `|milagro(?<=(?<![\\p{L}])(?:dios|diosito|la${S}virgen(?:cita)?|el${S}señor)${S}(?:nos|me|le|les|te)${S}(?:mandó|envió|dio|hizo|concedió|regaló)${S}(?:un|el|este|su)${S}milagro)(?![\\p{L}]))` +
          `(?![^.!?:\\n]{0,100}(?:médic|doctor|enfermer|equipo|cirug|cirujan|hospital|quimio|trasplant|ciencia|uci|fisioterap|rehabilit|detección|vacuna))`
      ),
    },
    // The doctor baffled by the result, after the illness on the line ("en 3 días mi glaucoma ya estaba curado, la doctora no lo
    // podía creer", "el oncólogo no se lo explicaba"): the testimonial's mark of a miracle (FTC, "Health products compliance
    // guidance": results doctors cannot explain). Not a doctor's disbelief at a delay or a cost ("no podía creer lo que tardaron").
    {
      id: 'miracle.baffled',
      kind: 'miracle',
      pattern: fold(
        `(?:médic[oa]s?|doctor(?:a|es|as)?|oncólog[oa]s?|cardiólog[oa]s?|neurólog[oa]s?|especialistas?|endocrinólog[oa]s?|dermatólog[oa]s?|reumatólog[oa]s?|pediatras?|ginecólog[oa]s?|urólog[oa]s?)${S}(?:(?:de${S}(?:cabecera|familia|la${S}\\p{L}{3,12}))${S})?(?:(?:todavía|aún|aun|simplemente|nomás)${S})?` +
          `(?:no${S}(?:(?:se${S})?(?:lo|la|le|les)${S})?(?:podía|podían|pudo|pudieron|puede|pueden)${S}creer|no${S}se${S}(?:lo|la)${S}(?:explicaba|explicaban|explica|explican|pudo${S}explicar|pudieron${S}explicar)|(?:quedó|quedaron|estaba|estaban)${S}(?:asombrad|sorprendid|impactad|boquiabiert|pasmad)[oa]s?)(?![\\p{L}])(?!${S}(?:lo${S}que${S}(?:tard|cost|cobr)|cuánto))`
      ),
      needs: 'health-line-before',
    },
    // guarantee: a promised outcome; a clinic's service guarantee ("garantizamos una cita") passes.
    {
      id: 'guarantee.word',
      kind: 'guarantee',
      pattern: fold(
        `(?<!(?:${SERVICE_NOUNS})${S})(?:${ar('garantiz')}|garantizad[ií]sim[oa]s?|garantías?|aseguramos|(?:te|le|les|se)${S}(?:lo${S})?aseguro|(?:100${S0}%${S0})?guarantee[sd]?|money${S}back)(?!${S}(?:de${S}|que${S})?(?:${SERVICE})(?![\\p{L}]))(?!${S}(?:que${S})?(?:le${S}|te${S})?(?:atenderemos|llamaremos|responderemos|contestaremos))` +
          // a warranty of a device ("garantía de 3 años del fabricante")
          `(?<!garant[ií]as?(?=${S}(?:de${S}(?:\\d{1,2}|un|dos|tres|cinco)${S}(?:años?|meses|días)|del${S}fabricante|de${S}fábrica|limitada|extendida|contra${S}(?:defectos?|hundimientos?|fallas?|roturas?)|aplica${S}(?:solo|sólo|solamente|únicamente)|(?:${W}){0,5}(?:armazones|armazón|marcos|baterías|piezas|equipos?|aparatos?|mano${S}de${S}obra|materiales|el${S}producto))))` +
          // "10 años de garantía": the years of a product's warranty
          `(?<!(?:\\d{1,2}|un|dos|tres|cinco|diez)${S}(?:años?|meses)${S}de${S}garant[ií]as?(?=[^\\p{L}]|$))` +
          // not insured ("embarazo asegurado por la póliza de maternidad")
          `|(?:éxito|resultados?|mejoría|curación|embarazo)${S}(?:${W}){0,1}asegurad[oa]s?(?!${S}(?:por|con|en|bajo)${S}(?:(?:la|el|su|tu|una?)${S})?(?:póliza|seguro|cobertura|plan|isapre|eps|mutua|aseguradora))` +
          // a pregnancy promised: "asegura tu maternidad a los 45"
          `|asegur(?:a|an|amos)${S}(?:tu|su)${S}(?:embarazo|maternidad)(?![\\p{L}])` +
          `|(?:te|se|les?)${S}lo${S}(?:prometo|prometemos|juro)|(?:le|te|les)${S}prometo${S}que|prometemos${S}que` +
          // paid only on results, or a free or doubled refund: "RESULTADOS EN 3 DÍAS O NO COBRO", "o la segunda es gratis", "¡Doble su dinero si no le sirve!"
          `|(?:o|si${S}no${S}(?:funciona|sirve|le${S}sirve|te${S}sirve|hay${S}resultados),?)${S}no${S}(?:(?:le|te|les)${S})?(?:cobro|cobramos|cobra|paga|pagas|pagan|pague|pagues)(?![\\p{L}])` +
          `|o${S}(?:la|el)${S}(?:segunda|segundo|siguiente|próxima|próximo)${S}(?:(?:sesión|consulta|cita|visita|caja|frasco|tratamiento|mes)${S})?(?:es|va|sale|será|te${S}sale|le${S}sale)${S}(?:gratis|gratuit[oa]|sin${S}costo)` +
          `|(?:doble|el${S}doble${S}de)${S}(?:su|tu)${S}dinero|(?:le|te|les)${S}(?:devolvemos|regresamos|devuelvo|regreso|pagamos|pago|damos|doy)${S}el${S}doble` +
          `|${SATISFACTION_REFUND}(?:le|te|les)${S}(?:devolvemos|devuelvo|devolveremos|devolveré|regresamos|regreso|reembolsamos|reembolso)${S}(?:(?:su|tu|el|todo${S}(?:su|tu|el))${S}(?:dinero|lana|plata|feria|pago|inversión)|(?:cada|hasta${S}el${S}último)${S}(?:centavo|peso|dólar|quinto))` +
          // "o su dinero de vuelta", "le damos su dinero de vuelta"
          `|${SATISFACTION_REFUND}(?:(?:le|te|les)${S}(?:damos|doy|daremos|regresamos|devolvemos)${S})?(?:(?:su|tu|el)${S})?dinero${S}de${S}vuelta` +
          // or the care again for free ("Embarazo en un solo intento o repetimos gratis")
          `|${SATISFACTION_REFUND}o${S}(?:(?:se${S}(?:lo|la)|te${S}lo|le${S}lo|lo|la)${S})?(?:repetimos|repetiremos|repite|rehacemos|hacemos${S}de${S}nuevo)(?:${S}(?:el|la)${S}\\p{L}{3,15})?${S}(?:gratis|sin${S}(?:costo|cargo)|sin${S}cobrar(?:le|te)?)(?![\\p{L}])`
      ),
    },
    // universal efficacy
    // Any kind of an illness ("funciona para todo tipo de psoriasis", "sirve en toda clase de artritis"): the illness after it.
    {
      id: 'universal.anyType',
      kind: 'universal-efficacy',
      pattern: fold(`(?:funciona|funcionan|funcionó|sirve|sirven|sirvió|efectiv[oa]s?|eficaz|eficaces)${S}(?:${W}){0,6}?(?:para|en|con|contra)${S}(?:tod[oa]${S}(?:tipo|clase)|cualquier${S}(?:tipo|clase))${S}de(?![\\p{L}])`),
      needs: 'health',
    },
    // Nobody falls ill ("mis hijos nunca se enferman", "quien tomó su dosis nunca se contagió", "ningún empleado vuelve a enfermarse").
    {
      id: 'universal.neversick',
      kind: 'universal-efficacy',
      pattern: fold(
        `(?:nunca|jamás|no)${S}(?:más${S})?(?:se|me|nos|te|le|les)${S}(?:(?:ha|han|hemos|he|has)${S})?(?:(?:vuelve|vuelven|volvió|volvieron|vuelto)${S}a${S}(?:enfermar|contagiar)|enferm(?:a|an|ó|aron|ado|ará|arán|o|amos)|contagi(?:a|an|ó|aron|ado|ará|arán|o|amos))(?![\\p{L}])` +
          `|(?:nunca|jamás)${S}(?:más${S})?(?:(?:vuelve|vuelven|volvió|volvieron|volverá|volverán)${S}a${S})?(?:enfermarse|enfermarme|enfermarte|contagiarse)(?![\\p{L}])|(?:ningún|ninguna|nadie)${S}(?:[\\p{L}]{2,15}${S})?(?:vuelve${S}a${S}enfermarse|se${S}(?:enferma|contagia|enfermó|contagió))(?![\\p{L}])`
      ),
    },
    {
      id: 'universal.works',
      kind: 'universal-efficacy',
      pattern: fold(
        `(?<!(?:clínica|clínicas|hospital|centro|oficina|consultorio|farmacia|servicio|línea|horarios?|estacionamiento|ubicación|calendario|portal|app|aplicación|plan|planes|financiamiento|precio|precios|menú|sistema|formato|programa${S}de${S}citas|ejercicio|ejercicios|rutina|entrenamiento|clase|clases|curso|taller)${S})(?:funciona|funcionan|funcionó|sirve|sirven|sirvió|efectiv[oa]s?|eficaz|eficaces|eficacia(?:${S}comprobada)?|works?)${S}(?:en|para|a|con|on|for)${S}(?:absolutamente${S})?(?:el${S}|la${S})?` +
          `(?:tod[oa]s(?!${S}(?:las${S}edades${S}de|los${S}días))|todo${S}(?:el${S})?mundo|everyone|cualquier${S}persona|cualquier${S}tipo${S}de|cualquier${S}(?:edad|enfermedad|dolor|problema|${PERSON}|hombre|mujer|cuerpo|piel|organismo)|cualquiera|${hundred}|cien${S}por${S}ciento)`
      ),
    },
    // A hundred per cent after an efficacy verb or before one ("recuperan el 100% de su función", "detectamos el 100% de
    // los cánceres", "neutraliza el 100% del gluten", "el 100% mejora"): not a product's make-up ("100% natural").
    {
      id: 'universal.pctVerb',
      kind: 'universal-efficacy',
      pattern: fold(
        `(?:(?<=(?<![\\p{L}])(?:cur|mejor|elimin|neutraliz|detect|recuper|san|quit|proteg|previen|reviert|regener|disuelv|mat|funcion|sirv|desaparec|alivi|respond|bloque|destru)\\p{L}{0,6}${S}(?:${W}){0,3})${hundred}(?=${S}del?${S}|${S0}(?:[.,;!)]|$))` +
          `|(?:el${S})?${hundred}${S}(?:de${S}(?:los${S}|las${S}|nuestr[oa]s${S}|sus${S})?\\p{L}{3,15}${S})?(?:mejora|mejoran|mejoró|mejoraron|se${S}cura|se${S}curan|se${S}curó|sana|sanan|sanó|funciona|responde|responden|respondió|se${S}recupera|se${S}recuperan))(?![\\p{L}])`
      ),
    },
    {
      id: 'universal.every',
      kind: 'universal-efficacy',
      pattern: fold(
        `no${S}falla(?:${S}nunca)?|nunca${S}falla|no${S}importa${S}(?:la${S}edad|tu${S}edad|su${S}edad|el${S}tipo|la${S}causa|la${S}gravedad|qué${S}tan|cuánto${S}tiempo|cuántos${S}años|(?:lo${S})?que${S}(?:tengas|tenga|hayas${S}probado|haya${S}probado)|si${S}(?:tienes|tiene|llevas|lleva)${S}(?:${W}){0,1}(?:años|meses))|jamás${S}falla|infalibles?|sin${S}excepci(?:ón|ones)` +
          `|sin${S}importar${S}(?:la${S}edad|el${S}tipo|la${S}causa|la${S}gravedad|el${S}caso|la${S}enfermedad|tu${S}(?:edad|condición|caso|peso)|su${S}(?:edad|condición|caso|peso)|qué${S}tan|cuánto${S}tiempo|cuántos${S}años)` +
          `|no${S}(?:hay|existe)${S}(?:${H})${S}que${S}(?:se${S})?no(?![\\p{L}])|no${S}hay${S}(?:enfermo|paciente|persona|nadie|caso|cuerpo)${S}que${S}no` +
          `|(?:tasa${S}de${S})?(?:éxito|efectividad|eficacia)${S}(?:(?:comprobad[oa]|garantizad[oa]|demostrad[oa]|probad[oa]|real|total)${S})?(?:(?:es|fue|ha${S}sido|será|está${S}en)${S})?(?:del?|de${S}un|en${S}el|en${S}un)${S}(?:100|cien)` +
          `|${hundred}${S}(?:efectiv[oa]s?|eficaz|de${S}(?:éxito|efectividad|eficacia))` +
          `|(?:funciona|funcionan|funcionó|sirve|sirven|efectiv[oa]s?|eficaz|eficaces|works?)${S}(?:en${S}un${S})?${hundred}` +
          `|${hundred}${S}de${S}(?:los${S}|las${S}|nuestr[oa]s${S}|sus${S}|mis${S})?(?:${PEOPLE}|participantes|tratad[oa]s|mujeres|hombres|adultos|ancianos)` +
          `|tod[oa]s${S}(?:nuestr[oa]s|los|las|mis|sus)${S}(?:pacientes|clientes|usuari[oa]s)${S}(?:${W}){0,1}(?:alcanzan|logran|mejoran|sanan|se${S}curan|bajan|ven|notan|obtienen|consiguen|quedan|recuperan|se${S}recuperan|salen|superan|eliminan|pierden|dejan)` +
          `|(?:éxito|resultados)${S}(?:en|con|para)${S}tod[oa]s${S}(?:(?:los|las|nuestr[oa]s|mis|sus)${S})?(?:pacientes|casos|clientes|usuari[oa]s)` +
          `|a${S}tod[oa]s?${S}(?:el|la|los|las)${S}que${S}(?:${W}){0,3}(?:le|les)${S}(?:funciona|funcionó|sirve|sirvió|ha${S}servido|han${S}servido|ha${S}funcionado)` +
          // "a todos mis pacientes les ha funcionado", "nunca ha fallado en nadie"
          `|a${S}tod[oa]s${S}(?:mis|sus|nuestr[oa]s|l[oa]s|tus)${S}(?:pacientes|clientes|usuari[oa]s|amig[oa]s|conocid[oa]s)${S}(?:les${S})?(?:ha${S}|han${S})?(?:funcionado|servido|funciona|sirve|funcionó|sirvió)` +
          `|(?:nunca|jamás|no)${S}(?:me${S}|nos${S}|le${S})?ha${S}fallado${S}(?:a|en|con)${S}(?:nadie|ningún${S}paciente|ninguno|ningún${S}caso)` +
          // a whole household or community it worked for ("a toda mi familia le funcionó", "a toda la colonia le sirvió")
          `|a${S}tod[oa]${S}(?:mi|su|tu|nuestra|la)${S}(?:familia|gente|clientela|comunidad|colonia|iglesia|cuadra|parentela)${S}(?:le${S}|les${S})?(?:(?:ha|han)${S})?(?:funcionado|servido|funciona|sirve|funcionó|sirvió|curó|curado|quitó)(?![\\p{L}])` +
          `|(?:a|para|en)${S}cualquier${S}persona|(?:le|les)${S}(?:(?:ha|han)${S})?(?:funciona|funcionan|funcionó|funcionado|sirve|sirven|sirvió|servido)${S}(?:a|para)${S}(?:todo${S}(?:el${S})?mundo|cualquiera|cualquier${S}\\p{L}{3,15}|tod[oa]s|todo${S}(?:el|aquel)${S}que|quien(?:es)?${S}(?:lo|la|los|las)${S}\\p{L}+)` +
          // nobody it failed ('a nadie le ha fallado', 'nunca le ha fallado ni una vez'), zero failures
          `|a${S}nadie${S}(?:le|les|nos|me)${S}(?:ha${S}|han${S})?(?:fallado|falla|falló)|(?:nunca|jamás|no)${S}(?:me|nos|le|les|te)${S}(?:ha|han)${S}fallado${S}(?:ni${S}una${S}(?:sola${S})?vez|(?:a|en|con)${S}nadie|nunca|jamás)|cero${S}(?:fallas|fallos|fracasos)|ningún${S}(?:fallo|fracaso)(?![\\p{L}])` +
          `|(?:a${S})?(?:todo${S}(?:el${S})?mundo|tod[oa]s|cualquiera)${S}(?:le|les)${S}(?:funciona|sirve|funcionó|sirvió|ha${S}funcionado|ha${S}servido|han${S}funcionado|han${S}servido)` +
          // No case that failed ("ningún paciente implantado ha recaído", "ni un solo implante fallido", "cero casos de fracaso"), a result
          // called 100% reliable ("prueba 100% fiable"), success even where medicine gave up ("incluso en casos terminales", after a
          // result word: care "incluso en casos terminales" promises nothing).
          `|(?:ningún|ninguna)${S}(?:${W}){0,2}?(?:ha|han|había|habían)${S}(?:recaído|fallado|fracasado|vuelto${S}a${S}(?:recaer|enfermar))(?![\\p{L}])` +
          `|ni${S}(?:un|una)${S}sol[oa]${S}(?:${W}){0,1}?(?:fallid[oa]|fracasad[oa]|fracaso|fallo|falla|recaída)(?![\\p{L}])|cero${S}casos${S}de${S}(?:fracasos?|recaídas?|fallas?|fallos?)(?![\\p{L}])` +
          `|${hundred}${S}(?:fiables?|confiables?)(?![\\p{L}])|(?:fiables?|confiables?)${S}(?:al|en${S}un)${S}(?:100|cien)(?![\\p{N}])` +
          `|(?=incluso|hasta|aun|aún)(?<=(?:éxito|funcion|cur|result|efectiv|eficaz|mejor|san|revier|revir|regener|remisión|elimin|desaparec)\\p{L}{0,8}[^.;!?\\n]{0,60})(?:incluso|hasta|aun|aún)${S}en${S}(?:(?:los|las)${S})?(?:casos|pacientes|enferm[oa]s)${S}(?:desahuciad[oa]s|terminales)(?![\\p{L}])`
      ),
    },
    // Everyone who tries it gets the result ("todo el que lo prueba mejora", "siempre funciona", "no hay una sola que no haya bajado").
    {
      id: 'universal.all',
      kind: 'universal-efficacy',
      pattern: fold(
        `(?=en${S}tod[oa]s)(?<=(?:cur|san|quit|elimin|regener|revier|revir|funcion|sirv|alivi|mejor|logr|result|evit|embaraz|baj|adelgaz)\\p{L}{0,8}[^.;!?\\n]{0,80})en${S}tod[oa]s${S}(?:l[oa]s${S})?(?:casos|pacientes|personas|usuari[oa]s|clientes)(?![\\p{L}])` +
          `|(?:el${S})?${hundred}${S}de${S}las${S}veces|no${S}hay${S}(?:nadie|ningún${S}\\p{L}{2,15}|ninguna${S}\\p{L}{2,15})${S}(?:a${S}(?:quien|la${S}que|el${S}que)|que)${S}no${S}(?:(?:le|les)${S})?(?:(?:haya|hayan|ha|han)${S}(?:servido|funcionado|ayudado|curado|mejorado)|sirva|sirvan|funcione|funcionen|ayude|cure|mejore)(?![\\p{L}])|` +
        `(?:tod[oa]s${S}(?:l[oa]s${S}que|quienes)|todo${S}(?:el|aquel)${S}que|(?=quien)(?<![\\p{L}]${S})quien(?:es)?|cualquiera${S}que)${S}${TRIED}${S}(?:${W}){0,3}${RESULT}` +
          `|tod[oa]s${S}(?:(?:l[oa]s|mis|sus|tus|nuestr[oa]s)${S})?${PEOPLE}${S}(?:${W}){0,2}${RESULT}` +
          // everyone who does something ends up well ('todas las parejas que terminan el programa quedan embarazadas')
          `|tod[oa]s${S}(?:(?:l[oa]s|mis|sus|tus|nuestr[oa]s)${S})?${PEOPLE}${S}que${S}(?:${W}){1,6}?${RESULT}` +
          `|(?:a${S}|para${S})?tod[oa]s${S}(?:(?:l[oa]s|mis|sus|tus|nuestr[oa]s)${S})?${PEOPLE}${S}(?:les${S})?(?:(?:ha|han)${S})?(?:funciona|funcionan|funcionó|funcionado|sirve|sirven|sirvió|servido|da${S}resultado|dio${S}resultado)` +
          `|(?=siempre)(?<!casi${S})siempre${S}(?:funciona|funcionan|da${S}resultados?|dan${S}resultados?|sirve|sirven)|(?:funciona|funcionan|sirve|sirven)${S}siempre(?![\\p{L}])|(?:funciona|funcionan|sirve|sirven|resultados?)${S}s[ií]${S}o${S}s[ií]` +
          `|no${S}(?:hay|hubo|ha${S}habido|había|existe|existió|conozco${S}a|conocí${S}a|he${S}(?:visto|conocido)${S}a)${S}(?:ni${S})?(?:un|una|ningún|ninguna|nadie)${S}(?:sol[oa]${S})?(?:${PERSON}${S})?que${S}no` +
          `|ni${S}(?:un|una)${S}sol[oa]${S}(?:${PERSON}${S})?(?:sin${S}resultados|(?:se${S})?(?:ha${S})?(?:quejado|fallado))|cero${S}fracasos|ningún${S}fracaso` +
          `|(?:funciona|funcionan|sirve|sirven|efectiv[oa]s?|eficaz|eficaces|resultados?|éxito|cura|curan|alivia|alivian|quita|quitan|evita|evitan|previene|previenen|elimina|eliminan|regenera|revierte|mejora|mejoran)${S}(?:${W}){0,2}en${S}(?:el${S}100${S0}%${S}de${S})?todos${S}los${S}casos` +
          `|(?:funciona|funcionan|sirve|sirven|efectiv[oa]s?|eficaz|eficaces)${S}(?:en|para|con)${S}todo${S}tipo${S}de(?!${S}(?:piel|pieles|cabello|pelo|uñas))` +
          `|(?:hasta|incluso|aun|aún)${S}(?:en${S})?(?:los${S}|l[oa]${S})?(?:casos|pacientes|personas)${S}más${S}(?:difíciles|graves|severos|avanzados|crónicos|complicados|rebeldes|desahuciados)` +
          `|${hundred}${S}de${S}(?:resultados|mejoría|alivio|recuperación|curación)|(?:resultados|alivio|mejoría|curación)${S}(?:al|del)${S}(?:100|cien)(?![\\p{N}])|99(?:[.,]\\d{1,2})?${S0}%${S}(?:efectiv[oa]s?|eficaz|de${S}(?:éxito|efectividad|eficacia))|(?:efectividad|eficacia|éxito)${S}(?:total|absolut[oa]|asegurad[oa])` +
          `|tod[oa]s${S}(?:l[oa]s|mis|sus|nuestr[oa]s)${S}${PEOPLE}${S}que${S}${TRIED}${S}(?:${W}){0,3}${RESULT}|(?:cualquier|tod[oa]|cada)${S}${PERSON}${S}que${S}${TRIED}${S}(?:${W}){0,3}${RESULT}` +
          `|(?:funciona|funcionan|sirve|sirven|efectiv[oa]s?|eficaz|eficaces|resultados?)${S}(?:${W}){0,4}(?:a${S}cualquier${S}edad|de${S}todas${S}las${S}edades|en${S}todas${S}las${S}edades|en${S}cualquier${S}etapa|en${S}todos${S}los${S}(?:cuerpos|organismos|tipos${S}de)|en${S}cualquier${S}(?:cuerpo|organismo))` +
          `|no${S}hay${S}(?:${W}){0,2}que${S}(?:se${S})?(?:le${S}|les${S})?resista|ningún${S}(?:${W}){0,2}se${S}(?:le|les)${S}resiste|(?:diez|10|cien|100)${S}de${S}(?:cada${S}(?:diez|10|cien|100)|(?:diez|10|cien|100)(?!${S0}(?:[.!,;]|$|[\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF])))(?![\\p{L}\\p{N}])` +
          `|a${S}prueba${S}de${S}fallas|imposible${S}que${S}no${S}(?:(?:te|le|les|nos|me)${S})?(?:funcione|funcionen|sirva|sirvan|cure|quite|baje|ayude)(?![\\p{L}])` +
          `|(?:cualquier${S}persona|cualquiera|todo${S}el${S}mundo)${S}(?:(?:con|que${S}(?:tenga|padezca|sufra))${S}(?:${W}){1,3}?)?(?:puede|podrá|va${S}a)${S}(?:curarse|sanar(?:se)?|recuperarse|aliviarse|bajar${S}de${S}peso|quitarse${S}(?:el|la|los|las))(?![\\p{L}])(?![^.!?\\n]{0,60}(?:si${S}|con${S}(?:ejercicio|dieta|esfuerzo|constancia|disciplina|tratamiento|ayuda)))` +
          `|(?:le|les|me|nos)${S}(?:(?:ha|han)${S})?(?:funciona|funcionan|funcionó|funcionado|sirve|sirven|sirvió|servido)${S}(?:a|para)${S}tod[oa]s?${S}(?:mis|sus|tus|nuestr[oa]s|mi|su|tu|nuestra|la|los|las)${S}(?:familias?|amig[oa]s|amistades|vecin[oa]s|conocid[oa]s|clientes|clientas|pacientes|compañer[oa]s|herman[oa]s|hij[oa]s)(?![\\p{L}])` +
          `|cualquier${S}(?:tipo${S}de${S}|clase${S}de${S})?${H}${S}(?:responde|cede|se${S}cura|se${S}quita|desaparece|mejora|sana)(?![\\p{L}])` +
          `|(?=nunca|jamás|no|sin)(?<!(?:dios|diosito|señor|virgen|doctor|doctora|médic[oa]|amig[oa]s?|familia|mamá|papá|espos[oa]|equipo|enfermer[oa]s?|personal|sistema|citas?|app|aplicación|servicio|portal|línea|entregas?|envíos?|horario|auto|carro|coche|camioneta|máquina|computadora)[^.!?\\n]{0,30})(?:(?:nunca|jamás)${S}(?:(?:me|te|le|nos|les)${S})?(?:ha|han|había|habían)${S}fallado|no${S}(?:(?:me|te|le|nos|les)${S})?(?:ha|han)${S}fallado${S}(?:nunca|jamás)|sin${S}(?:una${S}sola|ninguna)${S}(?:falla|fallo)|sin${S}fallar${S}(?:nunca|jamás|una${S}sola${S}vez))(?![\\p{L}])` +
          `|(?:quita|quitan|elimina|eliminan|cura|curan|alivia|alivian|borra|borran|desaparece|desaparecen|resuelve|resuelven|soluciona|solucionan|combate|combaten)${S}(?:cualquier|todo${S}tipo${S}de|toda${S}clase${S}de)${S}(?:tipo${S}de${S})?(?!(?:duda|dudas|pregunta|preguntas|inquietud|inquietudes|trámite|trámites|consulta|consultas|problema${S}de${S}(?:pago|facturación|cita)))\\p{L}{1,20}` +
          `|(?:funciona|funcionan|sirve|sirven|efectiv[oa]s?|eficaz|eficaces)${S}(?:en|para|con)${S}todo${S}tipo${S}de${S}(?:personas|pacientes|cuerpos|edades|organismos)` +
          `|no${S}hay${S}quien${S}no|no${S}(?:hay|existe)${S}(?:forma|manera|modo|posibilidad)${S}de${S}que${S}(?:(?:te|le|les|nos|me)${S})?(?:falle|fallen|no${S}(?:(?:te|le|les)${S})?(?:funcione|funcionen|sirva|sirvan))(?![\\p{L}])|(?:nadie|ningun[oa]${S}de${S}(?:(?:sus|mis|los|las|nuestr[oa]s|tus)${S})?${PEOPLE}|ningún${S}${PERSON})${S}(?:se${S})?(?:ha${S}|han${S})?(?:queda|quedó|quedado|sale|salió|salido|ido|va|fue)${S}sin(?!${S}(?:su${S}|una${S}|un${S})?(?:atención|cita|consulta|turno|servicio|lugar|seguro|comida|regalo|ayuda|vacuna|premio|boleto))|(?:tod[oa]|cada)${S}${PERSON}${S}(?:${W}){0,1}${RESULT}(?!${S}(?:diferente|distint[oa]|de${S}(?:forma|manera)${S}(?:diferente|distinta)))|tod[oa]s${S}(?:ellos${S}|ellas${S})?${RESULT}|${hundred}${S}de${S}(?:quienes|l[oa]s${S}que)|(?:cura|curan|sana|sanan|alivia|alivian|ayuda|ayudan)${S}a${S}(?:tod[oa]s(?!${S}(?:l[oa]s|sus|mis|nuestr))|todo${S}el${S}mundo|cualquiera)(?![\\p{L}])` +
          `|todo${S}el${S}mundo${S}(?:que${S}${TRIED}${S})?(?:${W}){0,2}${RESULT}|${hundred}${S}(?:com)?probad[oa]|(?:com)?probad[oa]${S}(?:al|en${S}un)${S}(?:100|cien)` +
          // protection or prevention promised in full ("protege al 100%", "previene la gripe al 100%", "precisión del 100%")
          `|(?:protege|protegen|previene|previenen|inmuniza|inmunizan|bloquea|bloquean|evita|evitan)${S}(?:${W}){0,4}?(?:al|en${S}un)${S}(?:100|cien)(?:${S0}%|${S}por${S}ciento)?(?![\\p{N}])|(?:precisión|protección|efectividad|eficacia)${S}(?:del|de${S}un)${S}(?:100|cien)(?![\\p{N}])` +
          `|sin${S}importar${S}(?:(?:la|el|tu|su)${S})?(?:tamaño|raza|talla|sexo|género|complexión)(?![\\p{L}])|sin${S}importar${S}(?:(?:la|el|tu|su|los|las|tus|sus)${S})?(?:edad|tipo|causa|gravedad|caso|enfermedad|condición|peso|diagnóstico|estado|origen|antigüedad|años|etapa|grado|nivel)(?![\\p{L}])` +
          // works even after everything else failed
          `|(?:aunque|incluso${S}si|aun${S}si|aún${S}si|aun${S}cuando)${S}(?:ya${S})?(?:(?:hayas|haya|hayan|has|ha|han)${S}probado${S}(?:de${S}todo|todo|mil${S}cosas)|nada${S}(?:más${S})?(?:te|le|les)${S}(?:haya|ha|hayan|han)${S}(?:funcionado|servido))` +
          // whatever the case ("no importa tu edad ni cuántos años lleves: te quita el dolor"), when a result follows
          `|(?:no${S}importa|da${S}igual|sea${S}cual${S}sea|cualquiera${S}que${S}sea)${S}(?:tu|su|la|el|qué|cuánto|cuántos|cuántas|cuál|lo)(?![\\p{L}])` +
          `(?=[^.!?\\n]{0,100}(?:funciona|sirve|cura|quita|elimin|alivi|resultado|mejora|baja|bajar|adelgaz|desaparec|efectiv|eficaz|regener|revier|revir|sana|arregl|resuelv|solucion|compon|acaba${S}con))` +
          // everyone who comes leaves healed ("todo el que viene con fe sale sano"), no patient leaves unhealed ("no habrá un solo
          // enfermo que salga sin ser sanado"), nobody incurable ("aquí nadie es incurable", "no existen enfermedades incurables")
          `|(?:tod[oa]s${S}(?:l[oa]s${S}que|quienes)|todo${S}(?:el|aquel)${S}que|cualquiera${S}que)${S}(?:viene|vienen|vino|vinieron|llega|llegan|llegó|llegaron|asiste|asisten|asistió|asistieron|acude|acuden|acudió|acudieron|entra|entran|entró|entraron|pasa|pasan|pasó|pasaron)${S}(?:${W}){0,5}?(?:sale|salen|salió|salieron|se${S}va|se${S}van|se${S}fue|se${S}fueron|regresa|regresan|vuelve|vuelven|queda|quedan|quedó|quedaron|termina|terminan)${S}(?:(?:totalmente|completamente)${S})?(?:san[oa]s?|sanad[oa]s?|curad[oa]s?|sanit[oa]s?|libres?${S}de|sin${S}(?:dolor|síntomas|molestias))(?![\\p{L}])(?!${S}y${S}salv)` +
          `|no${S}(?:hay|habrá|hubo|queda|quedará)${S}(?:ni${S})?(?:(?:un|una)${S}(?:sol[oa]${S})?|ningún${S}|ninguna${S})(?:${PERSON}|enferm[oa])${S}que${S}(?:salga|se${S}vaya|regrese|vuelva)${S}sin${S}(?:ser${S}|estar${S})?(?:sanad|curad|san|alivi)\\p{L}{0,3}(?![\\p{L}])` +
          `|nadie${S}(?:es|está)${S}(?:incurable|desahuciad[oa])|no${S}(?:hay|existen?)${S}(?:(?:enfermedades|casos|enfermos|pacientes|males)${S})?incurables(?![\\p{L}])` +
          // no illness resists it, no patient ever again has it ("ninguna enfermedad resiste al agua", "ninguna paciente vuelve a perder un
          // embarazo"), full protection, any size or stage, however long ill ("funciona aunque lleves 20 años con diabetes")
          `|(?:ningún|ninguna)${S}(?:enfermedad|mal|dolor|virus|bacteria|infección|cáncer|tumor|hongo|parásito)${S}(?:se${S}(?:le${S}|les${S})?)?resiste(?:n|rá)?(?![\\p{L}])` +
          `|(?:ningún|ninguna|nadie)${S}(?:(?:${PERSON}|mujer|hombre)${S}(?:${W}){0,3}?)?(?:vuelve|volverá|vuelven|ha${S}vuelto|volvió)${S}a${S}(?:tener|sufrir|padecer|perder|recaer|enfermar\\p{L}{0,3})(?=[^.!?\\n]{0,60}(?:${H}|embaraz|embrión|bebé))` +
          `|protecci[oó]n${S}(?:total|completa|absoluta|garantizada)${S}(?:contra|frente${S}(?:a|al)|ante)(?=${S}(?:(?:el|la|los|las|todo|toda|todas|todos|cualquier)${S})?(?:${H}))` +
          `|(?:funciona|funcionan|sirve|sirven|efectiv[oa]s?|eficaz|eficaces|cura|curan|quita|quitan|elimina|eliminan|disuelve|disuelven)${S}(?:${W}){0,4}?(?:de|en)${S}cualquier${S}(?:tamaño|grado|etapa|estadio|fase|antigüedad|gravedad)(?![\\p{L}])` +
          `|(?:funciona|funcionan|sirve|sirven|cura|curan|quita|quitan|resultados?)${S}(?:${W}){0,3}?(?:aunque|incluso${S}si|aun${S}si|aún${S}si)${S}(?:lleves|lleve|lleven|tengas|tenga|tengan|hayas${S}tenido|haya${S}tenido)${S}(?:\\d{1,2}|un|una|dos|tres|cinco|diez|quince|veinte|treinta|muchos|varios)${S}(?:años|meses|décadas)`
      ),
    },
    // zero risk
    {
      id: 'zero.side',
      kind: 'zero-risk',
      pattern: fold(
        `(?<!(?:salió|salieron|fue|fueron|transcurrió|pasó|terminó|nació|nacieron|estuvo|estuve|recuperé|recuperó|salí|todo|operación|parto|cirugía)${S}(?:todo${S})?)(?:sin|${zero}|ning[uú]n|ninguna|libre${S}de|nada${S}de|ni${S}(?:un|una)(?:${S}sol[oa])?)${S}(?:(?:tipo${S}de|ningún|ninguna|los|las)${S})?(?:riesgos?|efectos?${S}(?:secundarios?|adversos?|colaterales?|negativos?|dañinos?|indeseables?|no${S}deseados?)|contraindicaci(?:ón|ones)|complicaci(?:ón|ones)|peligros?|reacci(?:ón|ones)${S}adversas?|recaídas?|${BRUISES})` +
          `(?!${S}(?:graves|fuertes|importantes|mayores|serios|severos|hasta${S}ahora|por${S}ahora|por${S}el${S}momento|de${S}momento|inesperados))` +
          `|(?:no|ni)${S}(?:(?:te|le|les|me|nos|se)${S})?(?:tiene|tienen|hay|causa|causan|produce|producen|presenta|presentan|da|dan|deja|dejan|queda|quedan|existe|existen|tendrás|tendrá)${S}(?:(?:ning[uú]n|ninguna|ningunos|ningunas|nada${S}de|ni${S}(?:un|una))${S})?(?:riesgos?|efectos?${S}(?:secundarios?|adversos?|colaterales?|negativos?|dañinos?|indeseables?|no${S}deseados?)|contraindicaci(?:ón|ones)|complicaci(?:ón|ones)|peligros?|reacci(?:ón|ones)|recaídas?|${BRUISES})` +
          `|riesgos?${S0}:?${S0}(?:cero|0${S0}%|0)(?![\\p{N}])|riesgo${S}cero|(?<!(?:ningún|nunca|jamás|no)${S}(?:${W}){0,2})riesgos?${S}(?:es|son|será|serán|queda|quedan)${S}(?:cero|nulos?)(?![\\p{L}])` +
          // whitening with no sensitivity ("blanqueamiento sin sensibilidad"), its usual side effect
          `|(?=(?:sin|cero|nada${S}de)${S}sensibilidad)(?<=(?:blanque|dient|dental|esmalte|sonrisa)\\p{L}{0,8}[^.!?\\n]{0,80})(?:sin|cero|nada${S}de)${S}sensibilidad(?![\\p{L}])` +
          `|sin${S}(?:ningún|ninguna|ningun)${S}(?:${W}){0,2}?(?:riesgos?|peligros?|efectos?)|sin${S}efectos(?=${S0}[,.;!]|${S0}$|${S}(?:sin|ni)${S})` +
          `|(?:sin|no)${S}(?:crear|causar|generar|crea|causa|genera)${S}(?:ninguna${S})?(?:dependencia|adicción)` +
          // a withdrawal promised away ("desintoxicación rápida sin síndrome de abstinencia"), not one a patient went through
          // ("mi padre salió sin síndrome de abstinencia")
          `|(?=sin${S})(?<!(?:salió|salieron|salí|fue|fueron|pasó|pasé|terminó|estuvo|estuve|logró|logré|hizo|hice)${S}(?:[\\p{L}]+${S}){0,2})sin${S}(?:(?:ningún|el)${S})?(?:síndrome${S}de${S})?abstinencia(?![\\p{L}])`
      ),
    },
    {
      id: 'zero.safe',
      kind: 'zero-risk',
      pattern: fold(
        `(?:no|nunca|jamás)${S}(?:te|le|les|nos|me)${S}(?:puede|pueden|va${S}a|van${S}a|hará|hace|hacen)${S}(?:hacer${S})?(?:daño|mal)|no${S}hace${S}(?:ningún${S})?daño|` +
          // an organ it does nothing to ("es vapor de agua, no le hace nada a los pulmones")
          `no${S}(?:le|te|les|me|nos)${S}(?:hace|hacen|hará|va${S}a${S}hacer)${S}nada${S}(?:a|al)${S}(?:(?:los|las|el|la|tus|sus|tu|su)${S})?(?:pulmones|hígado|riñones|corazón|cerebro|estómago|bebé|cuerpo|organismo|dientes|huesos)(?![\\p{L}])|inofensiv[oa]s?|inocu[oa]s?(?![\\p{L}])|no${S}(?:es|son)${S}(?:nada|para${S}nada|en${S}absoluto)${S}(?:peligros[oa]s?|riesgos[oa]s?|dañin[oa]s?|tóxic[oa]s?)` +
          `|(?:totalmente|completamente|${hundred}|absolutamente|perfectamente|garantizad[oa]|siempre)${S}(?:segur[oa]s?|inofensiv[oa]s?|inocu[oa]s?)|(?<!(?:pago|pagos|compra|compras|envío|envíos|entrega|entregas|sitio|datos|transacción|transacciones|plataforma|conexión)${S})segur[oa]s?${S}al${S}(?:100${S0}%|cien${S}por${S}ciento)` +
          `|(?<!(?:clínicas?|instalaciones|hospital|consultorios?|oficinas?|centro|sala|ambiente|lugar|espacio|estacionamiento|área|edificio)${S}(?:es|son|está|están)${S}(?:${W}){0,1})(?<!vacun[\\p{L}]{0,8}[^.;!?]{0,50})(?:segur[oa]s?|apt[oa]s?)${S}para${S}(?:todo${S}(?:el${S})?mundo|tod[oa]s|cualquier${S}persona|cualquiera|toda${S}la${S}familia)` +
          `(?!${S}(?:${W}){0,3}(?:mayores|menores|a${S}partir|desde${S}los|de${S}\\d|excepto|salvo|con${S}(?:receta|indicación)))` +
          // safe to use a place or a tool ("seguro para toda la familia usar el nuevo portal"): logistics
          `(?![^.!?\\n]{0,40}(?:portal|app|aplicación|sitio|página|estacionamiento|edificio|instalaciones|lugar|pagar|visitar|navegar))` +
          `|(?:complicaciones|riesgos|efectos${S}secundarios|contraindicaciones)${S}(?:(?:son|es)${S})?(?:imposibles?|nul[oa]s?|inexistentes?)(?![\\p{L}])|imposible${S}que${S}(?:te|le)${S}(?:haga|pase|salga)` +
          `|no${S}(?:hay|existe)${S}(?:ningún${S})?(?:riesgo|peligro)${S}(?:alguno|de${S}nada)|(?:no|nada)${S}puede${S}salir${S}mal|no${S}(?:te|le|les|nos|me)${S}(?:puede|pueden|va${S}a|van${S}a)${S}(?:pasar|ocurrir|suceder)${S}nada(?:${S}malo)?(?![\\p{L}])` +
          `|tan${S}segur[oa]s?${S}que|hasta${S}(?:los${S}|las${S})?(?:bebés|niños|embarazadas)${S}(?:lo|la|los|las)${S}pueden${S}(?:tomar|usar)` +
          `|(?:ningún|ninguno${S}de${S}(?:nuestros|mis|los)|ninguna${S}de${S}(?:nuestras|mis|las))${S}(?:pacientes?|clientes?|clientas?|usuari[oa]s?)${S}(?:ha|han)${S}(?:tenido|presentado|sufrido|reportado)${S}(?:(?:ningún|ninguna|un|una)${S})?(?:efectos?|complicaci(?:ón|ones)|reacci(?:ón|ones)|problemas?|molestias?|infecci(?:ón|ones))` +
          // A clean record claimed ("nunca hemos tenido una complicación", "nunca ha habido una complicación", "sin una sola
          // complicación"), risks called impossible with an adverb ("las complicaciones son prácticamente imposibles"), and a remedy
          // said to mix with any drug ("lo puede tomar junto con cualquier medicamento", "no interfiere con nada"; a named drug: zero.mix).
          // Alternatives of this rule, not a rule of their own: each rule carries its own copy of the scope wrappers
          // (docs/architecture.md, "Regexps and V8's code budget").
          `|(?:nunca|jamás)${S}(?:hemos|han|ha)${S}(?:tenido|habido|presentado|registrado)${S}(?:(?:ni${S})?(?:una|un|ninguna|ningún)${S}(?:sol[oa]${S})?)?(?:complicaci(?:ón|ones)|efectos?${S}(?:secundarios?|adversos?)|reacci(?:ón|ones)${S}adversas?|infecci(?:ón|ones))(?![\\p{L}])` +
          `|sin${S}(?:una${S}sola|ninguna)${S}complicaci(?:ón|ones)(?![\\p{L}])` +
          // …or told in the present ("nuestros pacientes nunca tienen complicaciones", "nunca le quedan secuelas"), not of the grave ones only
          `|(?:nunca|jamás)${S}(?:(?:le|les|te|me|nos)${S})?(?:tienen|tiene|tenemos|presentan|presenta|hay|quedan|queda)${S}(?:(?:ni${S})?(?:una|un|ninguna|ningún)${S})?(?:complicaci(?:ón|ones)|secuelas?|efectos?${S}(?:secundarios?|adversos?)|reacci(?:ón|ones)(?:${S}adversas?)?|recaídas?)(?![\\p{L}])(?!${S}(?:graves|serias|importantes|mayores|si|cuando|mientras)(?![\\p{L}]))` +
          `|(?:complicaci(?:ón|ones)|riesgos?|efectos${S}secundarios|contraindicaciones|recaídas?)${S}(?:(?:son|es)${S})?(?:prácticamente|totalmente|completamente|simplemente|literalmente|virtualmente)${S}(?:imposibles?|inexistentes?)(?![\\p{L}])` +
          `|${TAKE_IT}${S}(?:junto${S})?con${S}cualquier${S}(?:otro${S})?(?:medicamento|medicina|tratamiento|pastilla|fármaco)(?![\\p{L}])` +
          `|no${S}interfiere${S}con${S}(?:nada|ningún${S}(?:medicamento|tratamiento|fármaco)|ninguna${S}(?:medicina|medicación|pastilla))(?![\\p{L}])|segur[oa]s?${S}(?:incluso|aun|aún)${S}con${S}(?:tus|sus|otros|cualquier)${S}(?:medicamentos?|medicinas?|tratamientos?|fármacos?)`
      ),
    },
    // Harmless for anyone or any organ: "es imposible tener complicaciones", "no daña el hígado ni
    // los riñones", "hasta las embarazadas y los bebés lo pueden tomar", "como es natural no hace daño".
    {
      id: 'zero.anyone',
      kind: 'zero-risk',
      pattern: fold(
        `imposible${S}(?:(?:que${S})?(?:tener|tengas|tenga|tengan|sufrir|sufras|presentar|haya|se${S}presenten?|aparezcan?|causen?|produzcan?|provoquen?|den|dé)${S})(?:(?:alg[uú]n|alguna|ningún|ninguna)${S})?(?:complicaci(?:ón|ones)|efectos?|riesgos?|reacci(?:ón|ones)|problemas?|infecci(?:ón|ones))` +
          `|(?=no)(?<!(?:dosis|cantidad|cantidades|si${S}se|siempre${S}que|indicad)\\p{L}{0,4}[^.!?\\n]{0,40})no${S}(?:(?:te|le|les|nos)${S})?(?:daña|dañan|dañará|lastima|lastiman|perjudica|perjudican|afecta|afectan|irrita|irritan|intoxica|intoxican|maltrata|maltratan)${S}(?:(?:el|la|los|las|tu|tus|su|sus|ni${S}el|ni${S}la|ni${S}tus|ni${S}los)${S})?(?:hígado|riñones|riñón|estómago|corazón|organismo|cuerpo|salud|piel|sistema${S}nervioso|órganos|intestinos?|páncreas|esmalte|encías)(?![^.!?\\n]{0,60}(?:pero|excepto|salvo|si${S}se|siempre${S}que|en${S}exceso|en${S}dosis|a${S}dosis))` +
          `|(?:hasta|incluso)${S}(?:(?:los|las|mis|tus|sus)${S})?(?:bebés|niños|niñas|embarazadas|ancianos|abuelitos|abuelitas|recién${S}nacidos|mujeres${S}embarazadas|diabéticos|hipertensos|mascotas)(?:${S0}(?:,|y|e)${S}(?:(?:los|las|mis|tus|sus)${S})?(?:bebés|niños|niñas|embarazadas|ancianos|abuelitos|abuelitas|recién${S}nacidos|diabéticos|hipertensos|mascotas)){0,2}${S}(?:(?:lo|la|los|las)${S})?(?:puede|pueden|podrán)${S}(?:(?:lo|la|los|las)${S})?(?:tomar|usar|consumir|beber|aplicar)` +
          `|(?:lo|la|los|las)${S}(?:puede|pueden|podrá|podrán)${S}(?:tomar|usar|consumir)${S}(?:cualquiera|cualquier${S}persona|todo${S}el${S}mundo|toda${S}la${S}familia)(?![\\p{L}])(?!${S}(?:${W}){0,3}(?:mayores|menores|a${S}partir|desde${S}los|de${S}\\d|excepto|salvo|con${S}(?:receta|indicación)))` +
          `|imposible${S}que${S}(?:(?:te|le|se|les)${S})?(?:quede|quedes|queden|falle|fallen|salga${S}mal)(?![\\p{L}])` +
          `|(?:lo|la|los|las)${S}(?:puede|pueden|podrá|podrán)${S}(?:tomar|usar|consumir|aplicar|beber)${S}(?:hasta|incluso)${S}(?:(?:un|una|los|las|mis|tus|sus)${S})?(?:bebés?|niñ[oa]s?|embarazadas?|ancian[oa]s?|recién${S}nacid[oa]s?|mascotas?)(?![\\p{L}])` +
          `|no${S}(?:hay|existe)${S}(?:forma|manera|modo|riesgo)${S}de${S}que${S}(?:(?:te|le|les|nos|me)${S})?(?:haga|hagan|cause|causen|caiga|caigan|siente|sienten)${S}(?:daño|mal)` +
          `|(?:puede|pueden|podrá|podrán)${S}(?:tomarl[oa]s?|usarl[oa]s?|consumirl[oa]s?|aplicárs?el[oa]s?)${S}(?:cualquiera|cualquier${S}persona|todo${S}el${S}mundo|toda${S}la${S}familia)(?![\\p{L}])(?!${S}(?:${W}){0,3}(?:mayores|menores|a${S}partir|desde${S}los|de${S}\\d|excepto|salvo|con${S}(?:receta|indicación)))` +
          `|(?:cualquiera|cualquier${S}persona|todo${S}el${S}mundo|toda${S}la${S}familia)${S}(?:lo|la|los|las)${S}(?:puede|pueden)${S}(?:tomar|usar|consumir)(?!${S}(?:${W}){0,3}(?:mayores|menores|a${S}partir|desde${S}los|de${S}\\d|excepto|salvo|con${S}(?:receta|indicación)))` +
          // not putting anyone at risk, safe for any skin or age, taken by the vulnerable without a problem
          `|no${S}(?:te|le|les|nos|me)${S}(?:pone|ponen|pondrá|pondrán|(?:va|van)${S}a${S}poner)${S}en${S}(?:ningún${S})?(?:riesgo|peligro)(?![\\p{L}])|(?=segur[oa]s?${S}(?:para|en)${S}(?:cualquier|todas|todo)${S})(?<!(?:clínicas?|instalaciones|hospital|consultorios?|oficinas?|centro|estacionamiento|edificio)${S}(?:es|son|está|están)${S}(?:${W}){0,1})segur[oa]s?${S}(?:para|en)${S}(?:cualquier${S}(?:piel|edad|cuerpo|organismo|paciente)|todas${S}las${S}(?:edades|pieles)|todo${S}tipo${S}de${S}(?:piel|pieles|personas|pacientes))(?![\\p{L}])(?!${S}(?:${W}){0,3}(?:mayores|menores|a${S}partir|desde${S}los|de${S}\\d|excepto|salvo|con${S}(?:receta|indicación)))|(?:lo|la|los|las)${S}(?:puede|pueden|podrá|podrán)${S}(?:tomar|usar|consumir|aplicar|beber)${S}(?:(?:los|las)${S})?(?:bebés|niñ[oa]s|embarazadas|ancian[oa]s|abuelit[oa]s|diabétic[oa]s|hipertens[oa]s)(?:${S0}(?:,|y|e)${S}(?:(?:los|las)${S})?\\p{L}{3,15}){0,2}${S}sin${S}(?:ningún${S})?(?:problema|riesgo|miedo|peligro|preocupación)(?![\\p{L}])` +
          // two or more of the groups a drug label warns about, named as able to take it ("lo pueden tomar niños, embarazadas y
          // ancianos", "se puede usar en bebés y en señoras embarazadas"): safe for anyone, said by listing who
          `|(?:puede|pueden|podrá|podrán)${S}(?:tomar|usar|consumir|aplicar|beber)(?:l[oa]s?)?${S}(?:(?:en|por|hasta|incluso)${S})?${VULNERABLE}(?:${S0}(?:,|y|e|o)${S0}(?:(?:en|hasta|incluso)${S})?${VULNERABLE}){1,3}(?![\\p{L}])` +
          // "natural, so harmless"
          `|(?:no${S}(?:hay|existe|causa|causan|da|dan|produce|producen|genera|generan)|imposible(?:${S}tener)?(?:${S}una)?|sin)${S}(?:(?:ningún|ninguna)${S})?(?:riesgo${S}de${S})?(?:sobredosis|intoxicaci(?:ón|ones)|adicci(?:ón|ones)|dependencia)(?![\\p{L}])` +
          `|(?:tóma|tóme|úsa|úse|aplíca|aplíque)(?:l[oa]s?|tel[oa]s?|sel[oa]s?)${S}(?:cuantas${S}veces|todas${S}las${S}veces${S}que|las${S}veces${S}que|todo${S}lo${S}que)${S}(?:quieras|quiera|quieran|desees|necesites)` +
          `|(?:es|al${S}ser|como${S}es|por${S}ser|son|siendo)${S}(?:100${S0}%${S}|totalmente${S}|completamente${S}|puro${S}|pura${S})?natural(?:es)?${S0},?${S}(?:(?:así${S}que|por${S}eso|por${S}lo${S}tanto|entonces|y)${S})?(?:no${S}(?:(?:te|le)${S})?(?:hace${S}(?:ningún${S})?daño|hacen${S}daño|tiene${S}(?:ningún${S})?(?:riesgos?|efectos|contraindicaciones)|tienen${S}(?:riesgos?|efectos|contraindicaciones)|daña|causa${S}(?:ningún${S})?(?:daño|efecto))|es${S}(?:totalmente${S})?segur[oa]|no${S}hay${S}riesgo)`
      ),
    },
    // Taken with a named drug without a problem ("lo puede tomar junto con su warfarina sin problema", "con el Sintrom y con
    // todo"): the drug is the treatment lexicon's, looked for after "con" (ClaimNeed 'treatment').
    {
      id: 'zero.mix',
      kind: 'zero-risk',
      pattern: fold(`${TAKE_IT}${S}(?:junto${S})?con(?=[^.!?\\n]{1,50}(?:y${S}con${S}todo|sin${S}(?:ningún${S})?(?:problemas?|riesgos?|miedo|peligro))(?![\\p{L}]))`),
      needs: 'treatment',
    },
    // permanence
    {
      id: 'perm.forever',
      kind: 'permanence',
      pattern: fold(
        `(?<!(?:cambi[oó]|cambia|cambian|cambiaron|cambiar|marc[oó]|agradecid[oa]s?|recordar[eé]|recordaremos|record[aá]ndote|amor|gracias|vida|queda|quedará|qued[oó]|quedaron|estar[eé]|mi${S}vida|tratamiento|tratamientos|medicamento|medicamentos|medicación|insulina|control|seguimiento|vigilancia|terapia|condición|enfermedad|crónica|crónico|dieta|cuidado|cuidados|secuelas|daño|dañad[oa]s?|paralizad[oa]s?|discapacidad|cicatriz|cicatrices|marcad[oa]s?|perdí|perdió|perder)${S})(?:para${S}siempre|de${S}por${S}vida|para${S}toda${S}la${S}vida|por${S}el${S}resto${S}de${S}(?:tu|su|mi|sus|tus|nuestra)${S}vida|por${S}siempre|de${S}una${S}vez${S}(?:por${S}todas|y${S}para${S}siempre)|forever|for${S}good)`
      ),
      needs: 'health-around',
    },
    {
      id: 'perm.word',
      kind: 'permanence',
      pattern: fold(
        `(?:(?:resultados?|results?|relief|alivio|soluci[oó]n|soluciones|remedio|cura|curación|eliminación|depilación|blanqueamiento|alisado|adelgazamiento|corrección|efectos?|mejoría|reducción|pérdida${S}de${S}peso|garantía(?!${S}(?:${W}){0,5}(?:armazones|armazón|marcos|baterías|piezas|equipos?|aparatos?|mano${S}de${S}obra|materiales)))${S}(?:${W}){0,1}(?:${DEVICE_NOT_BEFORE}(?:permanentes?|definitiv[oa]s?)(?!${S}si${S}(?:se${S}|los${S}|las${S}|lo${S}|la${S})?(?:cuid|sigu|mant|respet|lleva))|de${S}por${S}vida|para${S}siempre|para${S}toda${S}la${S}vida|que${S}duran?${S}(?:para${S}siempre|toda${S}la${S}vida)|(?:duran?|durarán|durará)${S}(?:toda${S}la${S}vida|para${S}siempre|de${S}por${S}vida|por${S}siempre|años${S}y${S}años))` +
          `|${DEVICE_NOT_BEFORE}(?:permanentemente|(?:de${S}forma|de${S}manera|para${S}siempre${S}y)${S}(?:permanente|definitiva))|adi[oó]s${S}para${S}siempre` +
          `|nunca${S}más${S}(?:vuelvas${S}a${S}|vuelva${S}a${S}|vuelvan${S}a${S})?(?:sufras|sufra|sufran|padezcas|padezca|padezcan|tengas${S}que|necesites|necesite|necesiten)(?![\\p{L}])` +
          `|nunca${S}más${S}(?:volver[aá]s?${S}a${S}|volverán${S}a${S})?(?:sufrir[aá]s?|sufrirán|tendr[aá]s?|tendrán|padecer[aá]s?|padecerán|sentir[aá]s?|sentirán|necesitar[aá]s?|necesitarán|usar[aá]s?|usarán|te${S}preocupar[aá]s|se${S}preocupará|sufrir|tener|padecer|necesitar)` +
          `|(?:ya${S})?nunca${S}(?:más${S})?(?:(?:me|te|se|le|les|nos)${S})?(?:voy|vas|va|vamos|van)${S}a${S}(?:volver${S}a${S})?(?:sufrir|tener|padecer|sentir|necesitar|usar|subir|engordar|rebotar)` +
          `|nunca${S}más${S}(?:se${S}|te${S}|le${S}|me${S})?enferm(?:e|es|en|a|as|an|ará|arás|arán|ar)(?![\\p{L}])` +
          // a product that never fails its wearer ("coronas que nunca se rompen", "carillas que nunca se manchan ni se despegan")
          `|nunca${S}se${S}(?:manchan?|despegan?|rompen?|desgastan?|aflojan?|oscurecen?|amarillean?|caen?)(?![\\p{L}])` +
          // the illness never again given, hurting or attacking ('nunca más me dará gripa', 'nunca más le dolerá')
          `|nunca${S}más${S}(?:(?:me|te|le|les|nos|se)${S})?(?:(?:volverá|volverán|va${S}a|van${S}a)${S}(?:a${S})?)?(?:dará|darán|dar|dolerá|dolerán|doler|molestará|molestarán|molestar|atacará|atacarán|atacar)(?![\\p{L}])` +
          // a treatment or an illness, then 'never again' alone ('¡Lentes nunca más!', 'Migrañas nunca más.')
          `|(?=nunca)(?<=(?:^|[.!?¡\\n:])[\\s"'\u201c\u00ab¡]{0,3}(?:${H}|${T})${S})nunca${S}más(?=${S0}(?:[!.,:;]|$))` +
          `|(?:no|nunca|jamás)${S}(?:más${S})?(?:(?:me|te|se|le|les|nos)${S})?(?:volv|vuelv)\\p{L}{0,5}${S}a${S}(?:sufrir|tener|padecer|sentir|necesitar|usar|salir|aparecer|crecer|tomar|enfermar|engordar|subir${S}de${S}peso|doler|molestar|picar|inflamar|hinchar|preocupar|batallar|saber${S}(?:lo${S}que${S}es|de)|vivir${S}con)` +
          `|(?=(?:no|nunca|jamás)${S}(?:vuelv|volver|regres|reaparec))(?<!(?<![\\p{L}])(?:si|cuando|mientras)${S}(?:${W}){0,4})(?:no|nunca|jamás)${S}(?:vuelve|vuelven|volverá|volverán|regresa|regresan|regresará|regresarán|reaparece|reaparecen)(?:${S}(?:nunca|jamás|más))?(?=[\\s.,!;]|$))`
      ),
    },
    // An illness or symptom that never comes back, any person: "el pelo ya no se cae nunca más", "ya no me duele jamás".
    {
      id: 'perm.never',
      kind: 'permanence',
      pattern: fold(
        `(?:ya${S})?no${S}(?:(?:me|te|se|le|les|nos)${S})?(?:${erIr('ca', 'sal', 'dol', 'duel', 'aparec', 'aparezc', 'reaparec', 'volv', 'vuelv')}|${ar('regres')}|${ar('molest')}|${ar('pic')}|${ar('enferm')}|${ar('inflam')}|${ar('convulsion')}|${ar('sangr')}|${ar('mare')}|${ar('despert')}|despiert(?:a|an|o|as)|${ar('ahog')})${S}(?:nunca${S}más|jamás|más${S}nunca|nunca(?<=(?:volv|vuelv|regres|reaparec)\\p{L}{0,6}${S}nunca))(?![\\p{L}])` +
          // the illness that never came back, told in the past ("se curó … y nunca más le volvió", "nunca más tuvo una crisis")
          `|nunca${S}más${S}(?:(?:me|te|le|les|nos|se)${S})?(?:(?:volvi[óo]|regres[óo]|reapareci[óo])(?<=(?:cur|san|quit|desapareci|elimin|alivi)\\p{L}{0,6}[^.!?\\n]{0,80})|(?:tuv(?:e|o|imos|ieron)|sufr(?:í|ió|ieron)|padec(?:í|ió|ieron))${S}(?:una${S}|otra${S}|un${S}|ningún${S}|ninguna${S})?(?:crisis|ataques?|convulsi\\p{L}{2,4}|reca[ií]das?|dolor(?:es)?|episodios?|brotes?|infecci\\p{L}{2,4}|migrañas?|cálculos?))(?![\\p{L}])`
      ),
    },
    // The result declared permanent ("tu sonrisa perfecta es permanente", "los resultados son definitivos"), unless kept up
    // ("…si sigues la dieta"); an implant's or a tattoo's permanence is information. No visit ever again ("no tendrá que volver nunca más").
    {
      id: 'perm.is',
      kind: 'permanence',
      pattern: fold(
        `(?=(?:es|son|será|serán|queda|quedan)${S}(?:totalmente${S}|100${S0}%${S})?(?:permanente|definitiv))(?<=(?<![\\p{L}])(?:efecto|resultado|alivio|mejoría|sonrisa|cambio|corrección|cura|curación|blanqueamiento|depilación|reducción|pérdida${S}de${S}peso)s?${S}(?:${W}){0,3}?)` +
          `${DEVICE_NOT_BEFORE}(?:es|son|será|serán|queda|quedan)${S}(?:totalmente${S}|100${S0}%${S})?(?:permanentes?|definitiv[oa]s?)(?![\\p{L}])(?!${S}si${S})` +
          `|(?:no|nunca)${S}(?:más${S})?(?:tendrá|tendrás|tendrán|tiene|tienes|tienen|necesitará|necesitarás|necesitarán)${S}que${S}volver${S}(?:nunca${S}más|jamás|nunca)(?![\\p{L}])`
      ),
    },
    // "For good" after a removal or result verb in its clause, whatever the object ("te quita las
    // ganas de fumar para siempre", "olvídate de los lentes de por vida").
    {
      id: 'perm.verbForever',
      kind: 'permanence',
      pattern: fold(
        `(?=para${S}(?:siempre|toda)|de${S}por${S}vida|por${S}siempre|forever)` +
          `(?<=(?:quit|elimin|erradic|borr|acab|termin|desaparec|cur|san[aóe]|libr|olvid|olvíd|despid|despíd|adiós|adios|resuelv|resolv|solucion|corrig|arregl|reduc|reduj|baj|derrit|regener|reviert|revirt|revert)[\\p{L}]{0,8}[^.;:!?,\\n]{0,50})` +
          `(?<!(?:gracias|agradec|amor|amar|recuerd|record|corazón|quiero|juntos|bendic)[\\p{L}]{0,8}[^.!?\\n]{0,40})` +
          `(?:para${S}siempre|de${S}por${S}vida|para${S}toda${S}la${S}vida|por${S}el${S}resto${S}de${S}(?:tu|su|mi|sus|tus|nuestra)${S}vida|por${S}siempre|forever)(?![\\p{L}])`
      ),
    },
    // The weight or the illness never regained ("bajas de peso y no lo recuperas nunca", "los kilos no los vuelves a ganar jamás")
    {
      id: 'perm.regain',
      kind: 'permanence',
      pattern: fold(`(?:no|nunca|jamás)${S}(?:más${S})?(?:lo|los|la|las)${S}(?:recuper\\p{L}{1,5}|(?:vuelv|volv)\\p{L}{1,5}${S}a${S}(?:subir|recuperar|ganar|tener|sufrir|padecer))${S}(?:nunca(?:${S}más)?|jamás)(?![\\p{L}])`),
      needs: 'health-around',
    },
    // "el acné ya no volvió nunca", "mi dolor jamás regresó": the illness before, never back since
    {
      id: 'perm.return',
      kind: 'permanence',
      pattern: fold(
        // not in a condition ("si el dolor no vuelve en dos semanas, …")
        `(?=(?:no|nunca|jamás|ya${S}no)${S}(?:más${S})?(?:(?:me|le|te|nos|les)${S})?(?:(?:ha|han)${S})?(?:volv|vuel|regres|reaparec))(?<!(?<![\\p{L}])(?:si|cuando|mientras)${S}(?:${W}){0,4})(?:no|nunca|jamás|ya${S}no)${S}(?:más${S})?(?:(?:me|le|te|nos|les)${S})?(?:(?:ha|han)${S})?(?:volvió|volvieron|regresó|regresaron|reapareció|reaparecieron|vuelto|regresado|reaparecido|volvió${S}a${S}(?:salir|aparecer|doler)|vuelve|vuelven|volverá|volverán|regresa|regresan|regresará|regresarán|reaparece|reaparecen|reaparecerá|reaparecerán)(?:${S}(?:nunca|jamás|más))?(?![\\p{L}])` +
          // not a place or a follow-up ("no vuelve a la consulta", "no regresó al trabajo"); an article before a condition is its subject ("nunca más vuelve el dolor")
          `(?!${S}(?:a${S})?(?:la|el|al|su|mi|consulta|cita|casa|trabajo|clínica|hospital|escuela|control)(?![\\p{L}])(?!${S}(?:${H})(?![\\p{L}])))`
      ),
      // Spanish puts the subject after the verb as often as before it ("nunca más vuelven los hongos").
      needs: 'health-around',
    },
    // The same, with the illness named further back in the text ("mi psoriasis desapareció con el
    // aceite de coco, ya no volvió más"): the health object is looked for only where the verb matched.
    {
      id: 'perm.returnAnaphor',
      kind: 'permanence',
      pattern: fold(
        `(?:nunca|jamás|ya${S}no)${S}(?:más${S})?(?:(?:me|le|te|nos|les)${S})?(?:(?:ha|han)${S})?(?:volvió|volvieron|regresó|regresaron|reapareció|reaparecieron|vuelto|regresado|reaparecido)(?:${S}(?:nunca|jamás|más))?(?![\\p{L}])` +
          `(?!${S}(?:a${S})?(?:la|el|al|su|mi|consulta|cita|casa|trabajo|clínica|hospital|escuela|control))(?!${S}a${S}(?!(?:salir|aparecer|doler|molestar|brotar|presentarse|sentirse)(?![\\p{L}]))\\p{L})`
      ),
      needs: 'health-line-before',
    },
    // "Quita el dolor definitivamente", "elimina las várices de forma definitiva": an adverb of
    // permanence after a removal or cure verb (alone, "definitivamente" means "definitely").
    {
      id: 'perm.adverb',
      kind: 'permanence',
      pattern: fold(
        `(?=definitiv|permanente|de${S}(?:forma|manera|modo|raíz)|para${S}no${S}volver)` +
          `(?<=(?:quit|elimin|erradic|borr|acab|termin|desaparec|desaparezc|cur|san|libr|resuelv|resolv|solucion|corrig|arregl|se${S}(?:va|van|fue|fueron|irá|irán|vaya|vayan))\\p{L}{0,10}[^.;!?\\n]{0,50})` +
          `(?:definitiv(?:amente|o|a|os|as)|permanente(?:mente|s)?|de${S}(?:forma|manera|modo)${S}(?:definitiva|permanente|total${S}y${S}definitiva)|de${S}raíz|para${S}no${S}volver)`
      ),
      needs: 'health-around',
    },
    { id: 'perm.goodbye', kind: 'permanence', pattern: fold(`adi[oó]s(?:${S}para${S}siempre)?(?:${S}(?:a|al)(?:${S}(?:la|las|los|tus|sus))?)?`), needs: 'health' },
    // "adiós a las resinas para siempre", "chao lentes para siempre": farewell to anything, for good
    { id: 'perm.farewell', kind: 'permanence', pattern: fold(`(?:adi[oó]s|chao|chau|bye${S}bye|bye|di${S}adi[oó]s|dile${S}adi[oó]s|despídete)${S}(?:(?:a|al|de)${S})?(?:(?:la|las|los|el|tus|sus|mis)${S})?(?:${W}){1,3}(?:para${S}siempre|de${S}por${S}vida|forever)`) },
    // "te hace dormir desde la primera noche y para siempre": "for good" added to a promised result
    {
      id: 'perm.andForever',
      kind: 'permanence',
      pattern: fold(`(?=[ye]${S}para${S}siempre)(?<!(?:gracias|agradec|amor|amar|amo|recuerd|record|corazón|quiero|juntos|famili|amig|herman|bendic|dios)[\\p{L}]{0,8}[^.!?\\n]{0,40})(?:y|e)${S}para${S}siempre(?![\\p{L}])`),
    },
    // stopping or replacing proven treatment
    // Care kept from someone by advice ("no dejen que le pongan el suero", "no dejes que te operen"): the surgeon's verbs alone,
    // the others with the care they give; not care put off until it is explained ("…sin que le expliquen cómo guardarla").
    {
      id: 'repl.dontLet',
      kind: 'treatment-replacement',
      pattern: fold(`${DONT_LET}(?:operen|corten|amputen|abran|intuben|rajen)(?![\\p{L}])${PUT_OFF}`),
    },
    {
      id: 'repl.dontLetGive',
      kind: 'treatment-replacement',
      pattern: fold(`${DONT_LET}(?:pongan|hagan|den|receten|inyecten|metan|apliquen|pinchen|vacunen)(?![\\p{L}])${PUT_OFF}`),
      needs: 'treatment',
    },
    {
      id: 'repl.stop',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?<!(?:después${S}de(?:l)?|tras|gracias${S}a(?:l)?|desde|luego${S}de(?:l)?)${S}(?:(?:la|el|su|mi|los|las|sus|mis)${S})?${PROVEN}\\p{L}{0,10}[^.!?\\n]{0,40})(?<!antes${S}de${S})(?<!(?:doctor|doctora|médic[oa]|dra?\\.|especialista|pediatra|\\p{L}{2,10}ólog[oa])${S}(?:(?:me|le|nos|te|les)${S})?(?:dijo|indicó|ordenó|recomendó|pidió|mandó)${S}que${S})(?<!que${S}(?:te|le|les|me|nos|os)${S})(?:dej(?:a|á|an|as|e|en|es|ar|é|ó|aron|amos|aste|ad|ás|ará|arán|arás|ara|aras|aran|ado)(?!${S}(?:que|en${S}manos)(?![\\p{L}]))(?:${S}de${S}(?:tomar|usar|ponerte|ponerse|inyectarte|ir${S}al?))?|suspend(?:e|a|an|en|er|í|ió|ieron|iera|ieras|ieran)|quit(?:a|á|e|en|ad|ar)|abandon(?:a|e|en|ar|é|ó)|(?:tir(?:a|á|as|e|es|en|an|é|ó|aron|amos|ar|en|ad)|bot(?:a|á|as|e|es|en|an|é|ó|aron|amos|ar|ad)|t[ií]r(?:a|en|e)(?:le|les|l[oa]s?|se|te)|b[oó]t(?:a|en|e)(?:le|les|l[oa]s?|se|te))(?:${S}a${S}la${S}basura)?(?!${S}(?:${W}){0,3}(?:vencid|caducad|expirad|sobrante))|(?:nadie${S}(?:más${S})?(?:necesita|ocupa|debería${S}tomar)|qui[eé]n${S}(?:necesita|ocupa|quiere))(?![^.!?\\n]{0,60}${S}para${S}(?:un|una|el|la|los|las|tratar|curar)${S})(?!${S}(?:una${S}|un${S})?(?:cita|consulta|ayuda|información|receta|turno|orden)(?![\\p{L}]))|(?:ya${S}no|no|nunca${S}más)${S}(?:gasten|gastes|gaste|compren|compres|compre|paguen|pagues|pague)(?:${S}más)?(?:${S}(?:dinero${S})?(?:en|por))?(?![^.!?\\n]{0,50}(?:de${S}marca|genéric|caros|caras|sin${S}receta))|(?:no|nunca|jamás)${S}(?:más${S})?(?:tendr[aá]s|tendrá|tendrán|tengo|tenemos|tienes|tiene|tienen|(?:vas|va|van)${S}a${S}tener|habrá|tuve|tuvo|tuvimos|tuvieron|hubo)${S}que(?!${S}(?:pagar|esperar|preocupar\\p{L}*|ayunar|llevar|traer|hacer${S}cita|llamar|manejar|faltar)|${S}ir${S}(?:a|al)${S}(?:${W}){0,2}?para${S}(?:renovar|recoger|pedir|sacar|pagar|hacer|tramitar|solicitar|firmar|entregar|actualizar|imprimir|cambiar|programar|agendar)(?![\\p{L}]))|olvíd(?:ate|ese|ense|alo|ala|aos)(?:${S}de)?|quít(?:ate|ese|ense|ale|ele)|(?<!(?:para|puede|pueden|necesita|desea|quiere|si)${S})cancel(?:a|e|en)` +
          `|(?<!(?:decidi[oó]|decidieron|decidimos|tuvo${S}que|tuvieron${S}que|tuvimos${S}que|hubo${S}que|se|van${S}a|vamos${S}a|para|puede|pueden|necesita|desea|quiere)${S})cancel(?:ar|ó|é|aron|amos|aste)` +
          `|(?:ya${S}no|nunca${S}más|no${S}más)${S}(?:(?:vas|va|van|vamos)${S}a${S})?depend\\p{L}{0,5}${S}de(?:l)?(?![\\p{L}])|s[aá]c(?:ale|ales|arle|arles|ándole)${S}la${S}vuelta${S}a(?:l)?(?![\\p{L}])|bye${S}bye|(?:adi[oó]s|chau|chao)(?:${S}para${S}siempre)?(?:${S}(?:a|al)(?:${S}(?:la|las|los|tus|mis|sus))?)?|di${S}adi[oó]s${S}a|no${S}más(?!${S}de)` +
          `|ya${S}no${S}(?:(?:me|te|se|le|les|nos)${S})?(?:tomo|toma|tomas|toman|tomamos|tomé|tomó|necesito|necesita|necesitas|necesitan|necesitamos|ocupo|ocupa|ocupas|ocupan|uso|usa|usas|usan|usamos|pongo|pone|pones|ponen|inyecto|inyecta|inyectas|inyectan|aplico|aplica|aplican|doy|da|damos|dan|piso|pisa|pisamos|pisan|cargo|carga|cargan|traigo|trae|traen|compro|compra|compramos|surto|surte|surtimos|voy${S}al?|va${S}al?|vas${S}al?|van${S}al?|vamos${S}al?|depend(?:o|e|es|en|emos)${S}de(?:l)?)(?![\\p{L}])` +
          `|(?:no|nunca|jamás)${S}(?:más${S})?(?:(?:me|te|le|nos|les)${S}(?=(?:hace|hacen|hizo|hicieron|hará|harán)${S}falta)|se${S}(?=necesita(?:n|rá|rán)?(?![\\p{L}])))?(?:necesitas|necesita|necesitan|necesitáis|necesitarás|necesitaréis|ocupas|ocupa|ocupan|ocupamos|ocuparás|ocupará|necesitará|necesitarán|necesité|necesitó|necesitamos|necesitaron|vas${S}a${S}necesitar|volverás${S}a${S}necesitar|(?:hace|hacen|hizo|hicieron|hará|harán)${S}falta)(?:${S}(?:la|las|el|los|tus?|sus?|un|una|más|ningún|ninguna|ir${S}al?))?(?![\\p{L}])(?!${S}(?:cita|receta|orden|seguro|papeles|identificación|pagar|llamar|ayuno|hacer${S}cita|referencia|referido))` +
          `|nunca${S}más${S}(?:necesitarás|tomarás|usarás)|(?=reempl|sustit)(?<!(?:ningún|ninguna|ningun|nada|nadie)(?![\\p{L}])[^.;!?\\n]{0,60})(?:reemplaz(?:a|an|ar|\\u00f3)|reemplac(?:é|e|en|es|emos)|sustitu(?:ye|yen|ir|yó|í|imos))|en${S}vez${S}del?|en${S}lugar${S}del?` +
          // …unless a proven treatment is compared ("el ibuprofeno es más potente que el paracetamol").
          `|(?<!(?:${PROVEN}|ibuprofeno|paracetamol|aspirina|medicament|fármaco|farmaco)\\p{L}{0,12}${S}(?:es|son|fue|era|resulta|resultó|sería)${S}(?:(?:mucho|bastante|algo)${S})?)(?:mejor(?:es)?|más${S}(?:efectiv[oa]s?|eficaz|eficaces|potentes?|fuertes?|poderos[oa]s?)|más${S}segur[oa]s?)${S}que${S}(?:la|las|el|los|cualquier|una|un|tod[oa]s${S}(?:las|los))(?![\\p{L}])|puede${S}dejar|pueden${S}dejar|podrás${S}dejar|no${S}como|(?:para|por)${S}qué${S}(?:seguir${S}(?:con|tomando|usando)|gastar${S}en|pagar|arriesgarte${S}(?:con|a)|(?:tomar|usar|comprar|ponerte|inyectarte|aguantar)(?=[^.!?\\n]{0,80}si${S}(?:tienes|tiene|tenemos|existe|existen|hay|puedes|puede|con)(?![\\p{L}]))))` +
          // a stop that ended badly ("dejan la insulina … y terminan en el hospital"), pre-operative and prescribed instructions
          // ("suspenda los anticoagulantes antes de la cirugía")
          `(?![^.;!?]{0,80}(?:falleci|murió|muri[eé]ndo|empeor|se${S}agrav|se${S}complic|(?:terminan|termina|terminó|terminaron|acaban|acaba|acabó|acabaron)${S}(?:en${S}(?:el${S}|la${S})?(?:hospital|urgencias|terapia${S}intensiva|uci)|internad|hospitalizad)|antes${S}de${S}(?:la|su|el)${S}(?:cirugía|procedimiento|operación|estudio|colonoscop\\p{L}+|endoscop\\p{L}+|examen)|(?:según|como|por)${S}(?:le${S})?(?:indic\\p{L}+|orden)|(?:${CARE}|pediatra|especialista)\\p{L}{0,6}${S}(?:(?:me|le|nos|te|les|se${S}lo|lo|la|los|las)${S})?(?:dijo|indicó|ordenó|recomendó|autorizó|quitó|suspendió|cambió|bajó|pidió|retiró)(?![\\p{L}])|si${S}(?:su${S})?(?:médico|doctor)${S}(?:se${S}lo${S}|lo${S})?(?:indica|pide|dice)))`
      ),
      needs: 'treatment',
    },
    // An operation no longer done: "ya no la operaron", "ya no lo tienen que operar", "así nadie tiene que operarse".
    {
      id: 'repl.noSurgery',
      kind: 'treatment-replacement',
      pattern: fold(`(?:ya${S}no|ya${S}ni)${S}(?:(?:la|lo|los|las|me|te|nos|le|les)${S})?(?:operaron|operan|operó|van${S}a${S}operar|(?:tienen|tuvieron|tiene|tuvo|tendrá|tendrán|tendrás)${S}que${S}operar(?:la|lo|las|los|me|te|se|nos)?|(?:se${S})?oper(?:ó|aron)|fue${S}necesari[oa]${S}(?:la${S})?(?:operación|cirugía|operarl[oa]|operarse))(?![\\p{L}])|nadie${S}(?:tiene|tendrá|tuvo|necesita)${S}que${S}operarse`),
    },
    // Without the treatment ("sin cirugía", "sin necesidad de insulina"), not without a visit or a prescription.
    {
      id: 'repl.without',
      kind: 'treatment-replacement',
      pattern: fold(`(?:(?<!con${S}(?:y|o|e)${S})(?<!(?:lipo\\p{L}{0,10}|lifting|rinoplastia|rinomodelación|levantamiento\\p{L}{0,8}|bichectomía|abdominoplastia|estiramiento\\p{L}{0,8}|aumento${S}de${S}\\p{L}{2,10})${S})sin(?:${S}necesidad${S}de)?|nada${S}de|cero|ni(?=${S}[^.!?\\n]{0,60}?[:,\\u2014\\-]${S0}(?:solo|sólo|nomás|únicamente|solamente|simplemente|puro|pura|con)(?![\\p{L}])))(?!${S}(?:(?:un|el|su|la|ningún|ninguna)${S})?(?:tratamiento|terapia|médico|doctor|hospital|especialista|receta|cita|dolor))`),
      needs: 'treatment',
    },
    // Care that was planned and then not needed ("me iban a operar de la hernia y con la faja ya no hizo falta")
    {
      id: 'repl.notNeeded',
      kind: 'treatment-replacement',
      pattern: fold(`ya${S}no${S}(?:(?:me|te|le|les|nos)${S})?(?:hizo|hace|hará|hacía|fue|es)${S}(?:falta|necesari[oa])(?![\\p{L}])`),
      needs: 'treatment-line-before',
    },
    // Care named before on the line, then refused as needless, left unneeded, or matched by the remedy ("el médico me quería dar
    // pastillas pero le dije que no las necesitaba", "llegan con orden de cirugía y se van sin necesitarla", "aquí le dijeron que
    // no se operara", "te mandaron antibiótico… esta agüita funciona igual y hasta mejor", "dejé el fina… es lo mismo pero
    // natural"); not a doctor's own advice against surgery ("el traumatólogo le dijo que no se operara todavía").
    {
      id: 'repl.refused',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?:le|les)${S}(?:dije|dijimos|dijo|dijeron)${S}que${S}no${S}(?:(?:l[oa]s?|me|nos)${S})?(?:necesit\\p{L}{1,6}|quería|queríamos|quiero|iba${S}a${S}(?:tomar|usar|hacer)(?:l[oa]s?)?)(?![\\p{L}])` +
          `|sin${S}necesitarl[oa]s?(?![\\p{L}])` +
          `|(?<!(?:médic|doctor|cirujan|especialista|traumatólog|neurocirujan|oncólog|urólog|ginecólog|cardiólog)\\p{L}{0,6}[^.!?\\n]{0,40})(?:dijo|dijeron|recomendó|recomendaron|aconsejó|aconsejaron)${S}que${S}no${S}(?:se${S}|me${S}|te${S}|nos${S})?(?:operara|operaran|operase|opere|operen|hiciera${S}la${S}(?:quimio|cirugía|operación))(?![\\p{L}])` +
          `|(?:funciona|funcionan|sirve|sirven)${S}igual${S}(?:y|e|o)${S}(?:(?:hasta|aún|incluso)${S})?mejor(?![\\p{L}])` +
          `|(?:es|son)${S}lo${S}mismo${S}(?:que${S}(?:${W}){1,3}?)?pero${S}(?:natural|sin${S}(?:químicos|efectos|receta|quirófano))(?![\\p{L}])` +
          // none of it needed any more, the appointments cancelled, the drugs swapped ("tomaba tres pastillas… ya no necesita ninguna",
          // "esperando operación… cancelen esas citas", an order, not one's own cancelled appointment; "¿Tomas galantamina?
          // Sustitúyelas por NeuroShield")
          `|ya${S}no${S}(?:(?:me|te|le|les|nos)${S})?(?:necesit\\p{L}{1,6}|(?:va|vas|van|voy)${S}a${S}necesitar)${S}(?:ninguna|ninguno|ningun[oa]s|nada${S}de${S}eso|tant[oa]s${S}\\p{L}{3,12})(?![\\p{L}])` +
          `|cancel(?:en|e|a|á)${S}(?:esas|esa|sus|tus|su|tu)${S}(?:citas?|operaci(?:ón|ones)|cirugías?)(?![\\p{L}])` +
          `|(?:sustitúyel|reemplázal|cámbial)[oa]s?${S}por(?![\\p{L}])`
      ),
      needs: 'treatment-line-before',
    },
    // Ignoring or avoiding the treatment ("no le hagan caso al pediatra", "evite la cirugía", "ya ni uso mis pastillas").
    // Also getting rid of a treatment, escaping, sparing or refusing it, any person: "me deshice del inhalador", "se salvó de la
    // operación", "te vas a ahorrar la cirugía", "rechacé la quimio", "dile no a las pastillas", "la alternativa natural a la
    // metformina", "hace lo mismo que el ibuprofeno". Not a refusal that ended badly ("rechazó la quimio y falleció"), a
    // patient's right ("tiene derecho a rechazar"), a rejected transplant or a pharmacy's saving ("ahórrate 20% en medicinas").
    {
      id: 'repl.ignore',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?:no${S}(?:le${S}|les${S})?(?:hagas|haga|hagan)${S}caso${S}(?:a|al)|(?<!${PROVEN}\\p{L}{0,10}${S}(?:${W}){0,2})evit(?:e|a|as|en|ar|é|ó)(?!${S}(?:suspender|dejar|interrumpir|olvidar|saltar\\p{L}*|abandonar|automedicar\\p{L}*))` +
          `|ya${S}ni${S}(?:tomo|toma|toman|uso|usa|usan|necesito|necesita|necesitan|me${S}pongo|me${S}inyecto|(?:voy|va|van|vas|vamos)${S}al?(?![\\p{L}])|piso|pisa|pisan|(?:me|se|nos)${S}(?:acuerdo|acuerda|acordamos)${S}(?:de|del))|olvid(?:a|as|an|ará|arás)${S}(?:para${S}siempre${S})?de(?:l)?|(?:no|nunca)${S}(?:más${S})?(?:necesitas|necesita|necesitan|necesitarás)(?=${S}(?:médicos|doctores|medicinas|medicamentos|pastillas|cirugías|operaciones)))`
      ) +
        '|' +
        fold(
        `(?:(?:(?:me|te|se|nos|les?)${S})?(?:deshic(?:e|o|imos|ieron)|deshac(?:e|es|en|emos|erte|erse|erme|erlo)|deshaz(?:te)?|deshiz(?:o))${S}(?:de|del)(?![\\p{L}])` +
          `|(?:me|te|se|nos|les?)${S}(?:salv(?:é|ó|aron|amos|as|a|an|aste|arás|ará)|libr(?:é|ó|aron|amos|as|a|an|aste|arás|ará))${S}(?:de|del)(?![\\p{L}])|s[aá]lv(?:ate|ese|ense)${S}(?:de|del)(?![\\p{L}])` +
          `|(?:ahórr(?:ate|ese|ense|ale|ales)|(?:te|se|nos|les?|me)${S}(?:(?:vas|va|van|vamos|voy)${S}a${S}ahorrar|ahorr(?:as|a|an|amos|é|ó|aron|arás|ará|arán)))(?!${S}(?:hasta|dinero|lana|plata|tiempo|filas|gastos|costos|el${S}viaje|la${S}vuelta|\\d|un${S}\\d|el${S}\\d|en)(?![\\p{L}]))` +
          `|(?<!(?:derechos?|puede|pueden|podrá|podrán|decidir|opción|libre)${S}(?:a${S})?)(?:rechac(?:é|e|en)|rechaz(?:a|ó|aron|amos|ar))(?!${S}(?:(?:el|la|su|mi|un|una)${S})?(?:trasplante|injerto|órgano|riñón|hígado|implante|prótesis|transfusión))` +
          `|(?:me|se|te|nos)${S}neg(?:ué|ó|aron|amos)${S}a|(?:di|dile|diles|dígale|díganle|dijo|dije|dijimos|dijeron|decirle|decirles)${S}(?:que${S})?no${S}(?:a|al)(?![\\p{L}])` +
          `|(?:alternativas?|sustitut[oa]s?|substitut[oa]s?|reemplazos?)${S}(?:100${S0}%${S})?(?:natural(?:es)?|caser[oa]s?|herbal(?:es)?|orgánic[oa]s?|naturista)${S}(?:a|al|de|del|para)(?![\\p{L}])` +
          // the one alternative to it, care made needless, a patient taken off it ("es la alternativa a la cirugía de hernia", "hace
          // innecesaria la cirugía", "te saca de la diálisis"); not "una alternativa", one option among others
          `|(?:es|son|será|serán)${S}la${S}(?:mejor${S}|única${S}|verdadera${S})?alternativa${S}(?:a|al)(?![\\p{L}])|(?:hace|hacen|hizo|hará|harán|vuelve|vuelven)${S}innecesari[oa]s?(?![\\p{L}])` +
          `|(?:te|le|lo|la|los|las|me|nos|les)${S}sac(?:a|an|ó|aron|amos|ará|arán|aría)${S}de(?=${S}(?:la${S})?(?:diálisis|hemodiálisis|insulina|quimio))` +
          // a provider that does without it, money no longer spent on it ("aquí no usamos quimioterapia", "deja de gastar en pastillas")
          `|(?:aquí|acá|nosotros)${S}(?:ya${S})?no${S}(?:usamos|utilizamos|damos|recetamos|ponemos|hacemos|mandamos|aplicamos)(?=${S}(?:(?:la|los|las|el|ningún|ninguna)${S})?(?:quimio\\p{L}*|radioterapia|radiaci[oó]n|medicamentos|medicinas|fármacos|pastillas|insulina|antibióticos|cirugías?|operaciones|químicos)(?![\\p{L}]))` +
          `|(?:deja|dejá|deje|dejen|dejes|dejar)${S}de${S}gastar${S}(?:(?:tu|su|el)${S}dinero${S})?(?:en|con)(?![\\p{L}])` +
          `|(?:hace|hacen|hará|harán|hizo)${S}lo${S}mismo${S}que|(?:funciona|funcionan|sirve|sirven)${S}igual${S}(?:o${S}mejor${S})?que|igual${S}de${S}(?:efectiv[oa]s?|eficaz|buen[oa]s?|potente)${S}que` +
          // a slave of it no more, free of it, a farewell to it, sent packing, left behind ("ya no soy esclava de la insulina",
          // "libérate de las pastillas", "me despedí del inhalador", "mandé a volar las pastillas", "dejé atrás la metformina")
          `|(?:ya${S}no${S}(?:soy|eres|es|somos|son|serás|será|vas${S}a${S}ser)|dej(?:a|e|é|ó|as|aron|amos)${S}de${S}ser|sin${S}ser)${S}esclav[oa]s?${S}(?:de|del)(?![\\p{L}])` +
          `|(?:lib[eé]r|l[ií]br)(?:ate|ese|ense|arte|arse|arme|arlos|arlas)${S}(?:de|del)(?![\\p{L}])|(?:vive|vivo|vives|viven|vivir|estoy|está|están|queda|quedó|quedé|ya)${S}(?:(?:totalmente|completamente|por${S}fin)${S})?libres?${S}(?:de|del)(?![\\p{L}])` +
          `|(?:(?:me|te|se|nos)${S}desped(?:í|imos|ir)|(?:me|te|se|nos)${S}despid(?:ió|ieron|o|e|es|en|a|as|an)|desp[ií]d(?:ete|ase|anse))${S}(?:de|del)(?![\\p{L}])` +
          `|(?:mand|ech)(?:é|ó|a|e|en|aron|amos|ar)${S}(?:a${S}volar|al${S}(?:diablo|carajo|demonio|cuerno)|a${S}la${S}(?:fregada|goma|basura|chingada|porra|mierda)|a${S}paseo|por${S}un${S}tubo)|dej(?:a|e|é|ó|as|an|en|aron|amos|ar)${S}atrás` +
          `|prescind(?:ir|o|e|es|en|imos|í|ió|ieron|irás|irá|irán|iendo)${S}(?:(?:totalmente|por${S}completo)${S})?de(?:l)?(?![\\p{L}])|colg(?:ué|ó|aron|amos|ar)(?=${S}(?:(?:el|la|los|las|mi|mis|su|sus)${S})?(?!tel[eé]fono|llamada)\\p{L})` +
          // stopped by the patients themselves ("me quité las pastillas", "se quitó la insulina él solito"; not "el doctor me quitó…")
          `|(?:me${S}quité|te${S}quitaste|se${S}(?:quitó|quitaron)|nos${S}quitamos)(?![\\p{L}])(?!${S}(?:(?:el|la|los|las|mis|sus|tus|mi|su|tu)${S})?(?:lentes|anteojos|gafas|aparatos?|audífonos|yeso|parches?|sonda|férula|bota|venda)(?![\\p{L}]))` +
          // never back to the treatment ("no vuelves a pisar un hospital", "nunca volví a tomar pastillas")
          `|(?:no|nunca|jamás)${S}(?:más${S})?(?:(?:me|te|se|le|nos)${S})?(?:vuelv(?:o|es|e|en|as|a|an)|volv(?:í|ió|imos|ieron|erás|erá|erán|eremos)|(?:vas|va|van|voy)${S}a${S}volver|(?:hay|habrá|tendrás|tendrá|tendrán|tienes|tiene|tienen)${S}que${S}volver)${S}a${S}(?:pisar|necesitar|tomar|usar|inyectar\\p{L}{0,4}|poner\\p{L}{0,4}|ir${S}al?)(?![\\p{L}]))`
      ) + fold(`(?![^.!?\\n]{0,100}(?:falleci|murió|muri[eé]ndo|empeor|se${S}agrav|se${S}complic|arrepient|arrepentí|metástasis|se${S}(?:le${S})?extendió))`),
      needs: 'treatment',
    },
    {
      id: 'repl.dont',
      kind: 'treatment-replacement',
      pattern: fold(`(?:no${S}(?:dejes|deje|dejen|permitas|permita|permitan)${S}que${S}(?:(?:te|se|l[oa]s?|le|les)${S})?(?:operen|corten|mutilen)|no${S}(?:(?:te|se|l[oa]s?|le|les)${S})?(?:operes|opere|operen|inyectes|inyecte|mediques|medique|mediquen|vayas${S}al${S}(?:médico|doctor|hospital|oncólogo)|(?:hagas|haga|hagan)${S}(?:(?:la|el|las|los|su|tu|sus|tus|esa|ese)${S})?(?:quimio(?:terapia)?s?|radioterapia|radiaciones|cirugías?|operación|diálisis|hemodiálisis|trasplante|mastectomía|histerectomía|cesárea|endodoncia)))(?![\\p{L}])(?!${S}(?:${W}){0,3}(?:sin|hasta|antes|todavía|aún|si${S}no))` +
    // refused and well: "mi tía no se operó y ya está bien", "no me hice la quimio y se me quitó"
    // told not to let it be done, not to take someone to care, not to lose time there ("no se dejen operar", "no dejen que le den
    // el albendazol", "no lo lleve a la clínica", "no pierda su tiempo en hospitales", "ya no se haga operar")
    `|no${S}(?:(?:te|se|me)${S})?(?:dejes|deje|dejen|hagas|haga|hagan)${S}(?:operar|cortar|mutilar|inyectar)(?![\\p{L}])(?!${S}(?:${W}){0,3}(?:sin|hasta|antes|todavía|aún|si${S}no|solo|sólo)(?![\\p{L}]))` +
    `|no${S}(?:dejes|deje|dejen|permitas|permita|permitan)${S}que${S}(?:(?:te|se|l[oa]s?|le|les)${S})?(?:den|pongan|receten|inyecten|apliquen|metan)${S}(?:(?:el|la|los|las|ese|esa|esos|esas|su|sus|tu|tus)${S})?(?:${T})(?![\\p{L}])(?!${S}(?:${W}){0,3}(?:sin|hasta|antes|todavía|aún|si${S}no|solo|sólo)(?![\\p{L}]))` +
    `|(?:no|ni)${S}(?:(?:l[oa]s?|te|se|me|le)${S})?(?:lleves|lleve|lleven|traigas|traiga|traigan)${S}(?:al|a${S}la|a${S}los|a)${S}(?:médico|doctor|hospital|clínica|centro${S}de${S}salud|posta|seguro|urgencias|pediatra|especialista)(?![\\p{L}])` +
    `|no${S}(?:pierda|pierdas|pierdan)${S}(?:(?:su|tu|el)${S})?(?:tiempo|plata|dinero)${S}(?:(?:en|con|llevándol[oa]s?|yendo)${S})?(?:(?:a|al|a${S}la|los|las|el|la)${S})?(?:hospital(?:es)?|clínicas?|médicos?|doctores|especialistas?|consultas?|terapias?|fisioterapia|quimio(?:terapia)?|cirugías?|pastillas|medicamentos|el${S}seguro)(?![\\p{L}])` +
    `|no${S}(?:me|se|nos|te)${S}(?:oper(?:é|ó|aron|amos|aste)|(?:hice|hizo|hicieron|hicimos)${S}(?:la|el|las|su|mi)${S}(?:quimio(?:terapia)?|radioterapia|cirugía|operación|diálisis|trasplante))(?![\\p{L}])` +
    `(?=[^.!?\\n]{0,60}(?:ya${S}(?:est[aá]|estoy|están|estamos)${S}(?:bien|san[oa]s?|curad[oa]s?|perfect[oa]s?)|se${S}(?:(?:le|me|nos)${S})?(?:curó|quitó|fue|desapareció|deshizo|disolvió|sanó)(?![\\p{L}])|(?:está|estoy|están)${S}(?:san[oa]s?|curad[oa]s?|perfect[oa]s?)))`),
    },
    {
      id: 'repl.dontTake',
      kind: 'treatment-replacement',
      pattern: fold(`no${S}(?:(?:te|se|le|les)${S})?(?:tomes|tome|tomen|uses|use|usen|compres|compre|compren|des|dé|den|pongas|ponga|pongan|apliques|aplique|apliquen|gastes|gaste|gasten)(?![\\p{L}])(?=[^.!?\\n]{0,100}(?:mejor|en${S}(?:vez|lugar)|dale|denle|dele|prueba|pruebe|prueben|natural|con${S}(?:esto|este|esta)|se${S}(?:(?:le|les|te|me|nos)${S})?(?:quita|quitan|cura|curan|sana|sanan|va|van|desinflama|compone)(?![\\p{L}])))`),
      needs: 'treatment',
    },
    // no more injections: "ya no se pincha", "ya no me inyecto" (insulin, named or not)
    { id: 'repl.inject', kind: 'treatment-replacement', pattern: fold(`(?:ya${S}no|nunca${S}más)${S}(?:me|te|se|nos)${S}(?:pincho|pincha|pinchas|pinchan|pinchamos|inyecto|inyecta|inyectas|inyectan|inyectamos|dializo|dializa|dializas|dializan|dializamos)(?![\\p{L}])`) },
    // not a doctor's change of drug ("el doctor me cambió la metformina por la sitagliptina")
    { id: 'repl.swap', kind: 'treatment-replacement', pattern: fold(`(?<!(?:doctor|doctora|médic[oa]|dra?\\.|especialista|pediatra|\\p{L}{2,10}ólog[oa]|endocrino|cardio)${S}(?:(?:me|le|les|nos|te|se)${S})?(?:(?:la|lo|los|las)${S})?)${ar('cambi')}${S}(?:tus|sus|mis|mi|la|las|los|el|su|tu)${S}(?:${T})${S}(?:${W}){0,3}?por`) },
    { id: 'repl.why', kind: 'treatment-replacement', pattern: fold(`(?:para|por)${S}qué${S}(?:operarte|operarse|someterte${S}a${S}(?:una${S})?(?:cirugía|operación)|arriesgarte${S}(?:con|a)${S}(?:una${S})?(?:cirugía|operación))`) },
    // Checking the illness no more ("ya no me checo el azúcar"), or taking nothing for it ("ya no tomo nada para la presión").
    {
      id: 'repl.monitor',
      kind: 'treatment-replacement',
      pattern: fold(`(?:ya${S}no|nunca${S}más|ya${S}ni)${S}(?:me${S}|se${S}|le${S})?(?:checo|chequeo|checa|chequea|mido|mide|reviso|revisa|monitoreo|monitorea|pincho|hago${S}(?:los${S}|mis${S})?(?:análisis|estudios|chequeos))(?![\\p{L}])`) +
        '|' +
        fold(`ya${S}no${S}(?:(?:me|le|les|nos|se)${S})?(?:tomo|toma|tomas|toman|tomamos|uso|usa|usan|usamos|necesito|necesita|necesitan|ocupo|ocupa|ocupan|pongo|pone|inyecto|inyecta|doy|da|damos|dan)${S}(?:nada|ningún${S}medicamento|ninguna${S}(?:pastilla|medicina))${S}(?:para|de|contra)(?![\\p{L}])`),
      needs: 'health',
    },
    // No longer going to care ("ya no fue a la quimio", "ya no voy al ISSSTE para nada", "ya no vuelva al doctor"), and no
    // need to go on with a treatment ("no hace falta seguir con la medicación").
    // The treatment named before and left as a pronoun ("Mi cardiólogo quería ponerme un stent… Ya no lo necesito", "con VitaMente
    // ya no las va a necesitar", "tú tampoco la necesitas"): the proven care within the 160 characters before, on its line.
    {
      id: 'repl.anaphorNeed',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?:ya${S}(?:no|ni)|tampoco|nunca${S}más)${S}(?:(?:me|te|se|le|les|nos)${S})?(?:la|lo|las|los)${S}(?:(?:voy|vas|va|van|vamos|vais)${S}a${S})?(?:necesito|necesitas|necesita|necesitan|necesitamos|necesitáis|necesitaba|necesitaban|necesitará|necesitarás|necesitarán|necesitar|ocupo|ocupas|ocupa|ocupan|ocupar)(?![\\p{L}])(?!${S}(?:tan|más|como${S}antes)(?![\\p{L}]))` +
          // a course finished, an operation done or a dose the doctor lowered ("terminó los antibióticos y ya no los necesita",
          // "me operaron y ya no la ocupo")
          `(?<!(?:termin|complet|acab|finaliz|oper(?=aron|ó|é|ad))\\p{L}{0,6}${S}[^.;!?\\n]{0,100}|(?:${CARE}|pediatra|especialista)\\p{L}{0,6}${S}(?:(?:me|le|nos|te|les)${S})?(?:bajó|redujo|quitó|retiró|suspendió|dijo|indicó)[^.;!?\\n]{0,100})`
      ),
      needs: 'treatment-line-before',
    },
    // The treatment named before and dropped as a pronoun ("Mis pacientes dejaron los antidepresivos; tú también puedes
    // dejarlos", "La metadona, bro, tírala", "tenía fecha para la operación y la cancelé"): a verb of dropping with the
    // pronoun, at the end of its clause ("déjalo reposar", "lo dejé en el coche" leave or place it), the proven care within
    // the 160 characters before, on its line.
    {
      id: 'repl.anaphorDrop',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?:(?:dej|tir|bot|suspend|cancel|quit)(?:ar|er)(?:me|te|se|le|les)?l[oa]s?|dejándol[oa]s?|(?:déj|dej|tír|bót|quít|cancél|suspénd)(?:a|e|en|ad)?l[oa]s?` +
          `|(?<![\\p{L}])(?:(?:ya${S})?(?:me${S}|se${S}|le${S})?l[oa]s?)${S}(?:dejé|dejó|dejamos|dejaron|tiré|tiró|tiramos|tiraron|boté|botó|botamos|botaron|suspendí|suspendió|suspendimos|suspendieron|cancelé|canceló|cancelamos|cancelaron|quité|quitó|quitamos|quitaron))` +
          `(?=${S0}(?:[.,;:!?\\n)…]|$|(?:y|ya|hoy|todas?|todos?|para${S}siempre|de${S}una${S}vez|desde${S}ya|de${S}inmediato|cuanto${S}antes)(?![\\p{L}])))` +
          // not a recalled, contaminated or expired product thrown away ("retiró del mercado unas gotas contaminadas; revise su botiquín y tírelas")
          `(?<!(?:retir|contamin|vencid|venci[óo]|caducad|caduc[óo]|defectuos|falsificad|adulterad)\\p{L}{0,8}[^\\n]{0,160})`
      ),
      needs: 'treatment-line-before',
    },
    {
      id: 'repl.noLongerGo',
      kind: 'treatment-replacement',
      pattern: fold(
        `ya${S}no${S}(?:fue|fui|fueron|fuimos|va|voy|van|vamos|volvió|volví|volvieron|vuelve|vuelvo|vuelva|vuelvan|regresó|regresa|regrese|regresen)${S}(?:al${S}|a${S}(?:(?:la|las|los|el|su|sus|mi|mis)${S})?)(?:${T}|seguro(?:${S}social)?|issste|imss|ips|eps|clínica|consulta|centro${S}de${S}salud|consultorio|urgencias|sesiones|controles)(?![\\p{L}])` +
          `|no${S}(?:hace|hará|hizo|hacen)${S}falta${S}(?:que${S}(?:sigas|siga|sigan)${S}con|seguir${S}con|continuar${S}con)${S}(?:(?:la|el|los|las|tus|sus|su|tu|mi|mis)${S})?(?:${T})(?![\\p{L}])`
      ),
    },
    {
      id: 'repl.after',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?<!(?:después${S}de(?:l)?|tras|gracias${S}a(?:l)?|desde|luego${S}de(?:l)?)${S}(?:(?:la|el|su|mi|los|las|sus|mis)${S})?${PROVEN}\\p{L}{0,10}[^.!?\\n]{0,40})(?:(?:te|los|les|nos|l[oa]s?)${S}(?:mata|matan|envenena|envenenan|enferma|enferman|intoxica|intoxican)(?!${S}(?:l[oa]s${S})?(?:bacterias|células|virus|hongos|gérmenes|microbios|parásitos))|ya${S}no${S}(?:l[oa]s?${S})?(?:necesito|necesitas|necesita|tomo|uso)|son${S}innecesari[oa]s|es${S}innecesari[oa]|(?:ya${S}no|nunca${S}más)${S}(?:es|son|será|serán|fue|fueron)${S}necesari[oa]s?|no${S}sirven${S}para${S}nada|ya${S}no${S}hace[n]?${S}falta|ni${S}falta${S}(?:que${S})?(?:me|te|le|nos|les)${S}(?:hizo|hace|hicieron|hará|va${S}a${S}hacer)|a${S}la${S}basura|(?:son|es)${S}(?:un${S}fraude|veneno|puro${S}negocio)|(?:es|son)${S}suficientes?|(?:l[oa]s?|le|les)${S}(?:reemplaz(?:a|an|ó|aron|ará|arán)|sustitu(?:ye|yen|yó|yeron|irá|irán))|(?:hace|hacen|hará|harán|hizo)${S}lo${S}mismo|sin${S}necesitarl[oa]s?|innecesariamente)`
      ),
      needs: 'treatment-before',
    },
    // instant results
    {
      id: 'instant.word',
      kind: 'instant-results',
      pattern: fold(
        `(?=instant|al${S}instante)(?<!${FAST_NOT_A_CLAIM}\\p{L}{0,8}[^.!?\\n]{0,40})(?:instant[aá]ne(?:o|a|os|as|amente)|al${S}instante)|en${S}un${S}instante|instant(?:ly|${S}(?:relief|results?|alivio|resultados?))` +
          `|(?<!(?:atención|ayuda|cita|contacto|respuesta|servicio|confirmación|acceso|alta|busque|buscar|llame|llamar|acuda|acudir|emergencia|médica|avísenos|avise|avisar|informe|notifique|comuníquese|suspenda|deje|consulte)${S})` +
          // booking, calling or writing in the clause: logistics, not a result
          `(?=inmediat)(?<!(?:agend|reserv|llam|escrib|contact|confirm|inscrib|regístr|registr|cita|línea|whatsapp|911|urgencias|emergencias)\\p{L}{0,8}[^.;,!?\\n]{0,40})inmediat(?:o|a|os|as|amente)` +
          `(?!${S}(?:a${S}(?:urgencias|emergencias|su${S}médico|la${S}clínica|su${S}doctor)|al${S}(?:911|médico|doctor|hospital)|si${S}))` +
          `|(?<!(?:cambi[oó]|cambia|cambian|cambiaron|cambiar|cambió${S}mi${S}vida)${S})de${S}la${S}noche${S}a${S}la${S}mañana|(?:resultados?|alivio|cambios?|mejoría)${S}(?:visibles${S})?de${S}un${S}día${S}(?:para|a)${S}otro` +
          `|desde${S}(?:la|el|su|tu|mi)${S}(?:primer[oa]?|1r?[ao]|1er)${S}(?:toma|dosis|día|sesión|consulta|cucharada|aplicación|uso|cita|gota|pastilla|cápsula|inyección|vez|masaje|ajuste|parche|taza|trago|tratamiento|semana|noche|sorbo|frasco|tecito|sobada|untada)` +
          `|(?:en|con|tras|después${S}de)${S}(?:una${S}sola|un${S}solo|1${S}sol[oa]|solo${S}una|solo${S}un|la${S}primera|el${S}primer)${S}(?:sesión|dosis|toma|aplicación|inyección|tratamiento|noche|parche|cápsula|pastilla|gota|cucharada|taza|visita|consulta|ampolla|masaje|ajuste|sobada|limpia|barrida|friega|untada|pasada)(?<!(?:la${S}primera|el${S}primer)${S}(?:consulta|visita))` +
          // waking up already cured ("despierta mañana sin acidez"), the same night
          `|(?:despiert(?:a|as|an|o)|despertar(?:á|ás|án)|despert(?:é|ó|aron|amos)|amanec(?:e|es|en|emos|í|ió|ieron|erá|erás|erán))${S}(?:(?:mañana|al${S}día${S}siguiente|al${S}otro${S}día)${S})?(?:sin|libres?${S}de|con${S}(?:la|el|tu|su|sus|tus)${S}(?:cara|piel|cutis|rostro)${S}(?:limpi|lis|perfect|nuev|sin|radiante|bell)\\p{L}{0,8}|(?:con${S})?(?:\\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez)${S}(?:kilos|kilitos|libras|tallas|kg|lbs)${S}menos)` +
          `|en${S}(?:una|un)${S}(?:sola${S})?(?:noche|sesión|visita|consulta|dosis|aplicación)(?![\\p{L}])(?<!(?:una|un)${S}(?:visita|consulta))` +
          `|en${S}el${S}acto` +
          // a speed promised for a condition ("resultados en 24 horas para tu colitis"), not a lab's turnaround
          `|(?:resultados?|alivio|mejoría|results?)${S}en${S}(?:solo${S}|apenas${S})?(?:\\d{1,2}|un[ao]?|dos|tres)${S}(?:minutos|horas?|días?)${S}(?:para|contra|en)${S}(?:(?:tu|su|el|la|los|las|tus|sus)${S})?${H}` +
          `|(?<!(?:tus|sus|su|tu)${S})(?<!${FAST_NOT_A_CLAIM}\\p{L}{0,8}[^.!?\\n]{0,40})(?:resultados?|efectos?|alivio|mejoría|recuperación|cambios?)${S}(?:visibles?${S})?(?:inmediat[oa]s?|al${S}momento|en${S}minutos|en${S}horas|exprés|express|relámpago|rapid[ií]sim[oa]s?|ultrarr[aá]pid[oa]s?|s[uú]per${S0}r[aá]pid[oa]s?|desde${S}el${S}(?:primer${S})?(?:minuto|segundo|momento|instante|día)(?:${S}(?:1|uno|cero))?(?![\\p{L}\\p{N}]))` +
          `|(?:resultados?|cambios?)${S}(?:visibles|garantizados|reales|notables)${S}(?:en${S}|desde${S})(?:solo${S}|apenas${S})?(?:\\d{1,2}|un[ao]?|dos|tres)${S}(?:minutos|horas|días|día)` +
          `|(?<!(?:consulta|cita|atención|respuesta|video|videollamada|entrega|envío|servicio|resultados)${S}(?:${W}){0,3})(?<!${FAST_NOT_A_CLAIM}\\p{L}{0,8}[^.!?\\n]{0,40})en${S}(?:cuesti[oó]n${S}de${S})?(?:minutos|segundos)(?!${S}(?:de${S}(?:camino|distancia)|del?${S}centro))`
      ),
    },
    // One single unit of treatment, wherever it stands ("Una sola sesión y…", "con una sola aplicación"): "solo/sola" makes it the
    // speed promise, with an illness or a weight loss in its sentence. Not a regimen ("es de una sola dosis", "solo una pastilla al
    // día") nor a vaccine's schedule.
    {
      id: 'instant.single',
      kind: 'instant-results',
      pattern: fold(
        `(?=(?:un|una|1|solo|sólo)${S}(?:sol[oa]|una|un|1)${S})(?<!(?:de|vacunas?|vacunación)${S})(?<!vacun[^.!?\\n]{0,100})(?:un${S}solo|una${S}sola|1${S}sol[oa]|solo${S}una|solo${S}un|solo${S}1|sólo${S}una|sólo${S}un)${S}(?:${W}){0,1}?` +
          `(?:sesión|dosis|toma|aplicación|inyección|tratamiento|noche|parche|cápsula|pastilla|gota|cucharada|taza|visita|consulta|cita|ampolla|masaje|ajuste|sobada|limpia|barrida|friega|untada|pasada|frasco|vaso|sobre|infusión|suero)(?![\\p{L}])` +
          `(?!${S}(?:al${S}día|diaria|por${S}día|cada|a${S}la${S}semana|por${S}semana))` +
          `(?:(?=[^.!?\\n]{0,120}?(?<![\\p{L}])(?:${H}|kilos|tallas|bajé|bajó|adelgacé|qued(?:as|an|a|é|ó|aron)${S}(?:como|igual|sin|libres?|perfect[oa]s?|nuev[oa]s?)|como${S}nuev[oa]s?|años${S}(?:menos|más${S}joven)|rejuvenec\\p{L}{1,4})(?![\\p{L}]))|(?<=(?<![\\p{L}])(?:${H})(?![\\p{L}])[^.!?\\n]{0,120}))`
      ),
    },
    // What replaces a vaccination just refused: "nunca vacunamos, puro aceite esencial", "no nos ponemos la vacuna, usamos saúco",
    // "les damos vitamina A pa las defensas", "los inmuniza naturalmente", "protegen a su familia … de forma natural".
    {
      id: 'vax.substitute',
      kind: 'vaccine-alternative',
      pattern: fold(
        `(?:usamos|uso|usan|tomamos|damos|(?:les|le|nos|me)${S}(?:damos|doy|da|dan|ponemos|pongo)|confiamos${S}en|preferimos|puro|pura|puros|puras|nomás|solo${S}(?:usamos|tomamos|les${S}damos))(?![\\p{L}])(?!${S}(?:una${S}|la${S}|su${S}|el${S})?(?:cita|turno|consulta|información|orientación|seguimiento|receta|pase))` +
          `|(?:l[oa]s?|te|nos|les?)${S}(?:inmuniza|inmunizan|protege|protegen)${S}(?:${W}){0,1}?(?:de${S}forma${S}|de${S}manera${S})?natural(?:mente)?` +
          `|(?:protege|protegen|inmuniza|inmunizan)${S}(?:[\\p{L}\\p{N}'\\u2019\\-]{1,20}[\\s\\u00a0,]{1,3}){0,12}?(?:de${S}forma|de${S}manera)${S}natural` +
          `|(?:todas${S})?las${S}defensas${S}que${S}(?:${W}){0,1}?(?:necesita|necesitan|necesitas)|(?:es|son)${S}(?:igual${S}de|más)${S}(?:efectiv[oa]s?|eficaz|eficaces|segur[oa]s?)` +
          `|(?:alternativa|forma|manera)${S}(?:más${S})?(?:natural|segura|sana)${S}(?:de|para)${S}(?:proteger|inmunizar)`
      ),
      needs: 'vaccine-refused',
    },
    {
      id: 'instant.hours',
      kind: 'instant-results',
      pattern: fold(
        `(?<!(?<![\\p{L}])${SELF_LIMITING}[^.!?\\n]{0,25}sol[oa]s?${S})(?<!(?:dentista|enfermer|veterinari|urgencias|quirófano|cirug|operaci|vacun)\\p{L}{0,8}[^.!?\\n]{0,60})(?:` +
        `(?<!(?:resultados?|pruebas?|análisis|estudios?|examen|exámenes|laboratorio|muestras?)${S}(?:${W}){0,4})(?<!(?:list[oa]s?|dura|duran|tarda|tardan|toma|toman|demora|demoran|entrega|entregamos|entregan|responde|respondemos|atiende|atendemos|unos|unas|aproximadamente|alrededor${S}de|llega|llegan|abre|abrimos|cierra|cerramos|cita|citas|menos${S}de|dentro${S}de|máximo|espera|esperar)${S})` +
          `en${S}(?:solo${S}|tan${S}solo${S}|apenas${S}|sólo${S}|menos${S}de${S})?(?:\\d{1,2}|un[ao]?|dos|tres|cuatro|cinco|seis|doce|veinticuatro|24|48|72)${S0}${UNIT}(?![\\p{L}])` +
          `|en${S}(?:solo${S}|tan${S}solo${S}|apenas${S})?(?:media${S}hora|(?:un${S})?par${S}de${S}(?:horas|minutos))` +
          `|en${S}(?:cuesti[oó]n${S}de${S}|pocas${S}|unas${S}pocas${S})(?:horas|minutos|días)|(?:esa|ese|esta|este)${S}mism[oa]${S}(?:noche|día)` +
          `|en${S}(?:solo${S}|tan${S}solo${S}|apenas${S})?(?:[1-9]|[12]\\d|30|un|dos|tres|cuatro|cinco|seis|siete|ocho|diez|doce|quince|veinte|treinta)${S}d[ií]as?(?![\\p{L}])` +
          `|en${S}(?:solo${S}|tan${S}solo${S}|apenas${S})?(?:2|3|dos|tres)${S}semanas(?![\\p{L}])|en${S}(?:solo${S}|tan${S}solo${S}|apenas${S})?1${S}(?:sola${S})?(?:noche|sesión)(?![\\p{L}])` +
          // a week, or 'days' alone ('en una semana', 'revierte el hígado graso en días')
          `|(?=en${S}(?:(?:solo|tan${S}solo|apenas)${S})?(?:una|1)${S}semana|en${S}(?:pocos${S})?días)(?<!${CARE}\\p{L}{0,8}[^.!?\\n]{0,80})(?:en${S}(?:solo${S}|tan${S}solo${S}|apenas${S})?(?:una|1)${S}semana(?![\\p{L}])|en${S}(?:pocos${S})?días(?![\\p{L}])(?!${S}(?:hábiles|festivos|alternos|laborables|de|del|en|que|y)))(?![^.!?\\n]{0,60}(?:${CARE}|infiltraci|inyecci|por${S}sí${S}sol|sol[oa]s?(?![\\p{L}])))` +
          ')'
      ),
      needs: 'health-before',
    },
    // Idioms of speed, with a condition around ("el dolor se quita al momento", "luego luego se me quitó la migraña").
    {
      id: 'instant.idiom',
      kind: 'instant-results',
      pattern: fold(
        `al${S}momento(?!${S}(?:de|del|en${S}que|que|de${S}la|oportuno))|en${S}un${S}dos${S}por${S}tres|de${S}un${S}(?:día|momento)${S}(?:para|a)${S}otro` +
          `|en${S}un${S}(?:santiamén|parpadeo|abrir${S}y${S}cerrar${S}de${S}ojos|dos${S}por${S}tres)|en${S}menos${S}de${S}lo${S}que${S}canta${S}un${S}gallo` +
          `|(?:en|con)${S}(?:solo${S}|apenas${S}|sólo${S})?(?:\\d{1,2}|un[ao]?|dos|tres|cuatro|cinco|seis|siete)${S0}(?:${UNIT}|días?|semana|noches?|tomas|dosis|sesiones|aplicaciones|tazas|cucharadas|pastillas|cápsulas)${S0},?${S}ya${S}(?:no|ni)(?=${S}\\p{L})|al${S}toque|en${S}menos${S}de${S}nada|al${S}ratito|en${S}un${S}ratito|a${S}la${S}primera(?:${S}(?:toma|dosis|aplicación|sesión|cucharada|pastilla|gota|untada))?(?![\\p{L}])` +
          `|(?:perfect[oa]s?|perfectamente|de${S}maravilla|como${S}nuev[oa]s?|sin${S}(?:dolor|molestias|lentes|anteojos|gafas))${S}(?:desde${S})?(?:al${S}(?:día${S}siguiente|otro${S}día|siguiente${S}día)|(?:ese|esa)${S}mism[oa]${S}(?:día|noche|tarde)|mañana${S}mismo)(?![\\p{L}])|en${S}nada${S}de${S}tiempo|ipso${S}facto|luego${S}luego|de${S}volada|al${S}tiro|altiro|overnight|right${S}away` +
          // "al día siguiente ya no tenía dolor", "apenas me la puse se me quitó"
          `|al${S}(?:día${S}siguiente|otro${S}día|siguiente${S}día)${S}(?:ya${S}(?:no|estaba|me${S}sentía|\\p{L}{2,12}(?:aba|ía)(?![\\p{L}]))|sin|se${S}(?:me${S}|le${S}|te${S})?(?:quitó|fue|había${S}ido|acabó)|desapareci)` +
          `|(?:apenas|en${S}cuanto|nomás|tan${S}pronto${S}como)${S}(?:me|te|se|le)${S}(?:l[oa]s?${S})?(?:puse|pongo|pones|tomé|tomo|tomas|apliqué|aplico|aplicas|unté|unto|untas|bebí|tomó|puso|aplicó)(?![\\p{L}])` +
          `|en${S}(?:solo${S}|apenas${S})?(?:(?:\\d{1,2}|un[ao]?|dos|tres|cuatro|cinco)${S0}(?:${UNIT}|días?|semana)|media${S}hora)(?=${S0},?${S0}(?:${W}){0,4}(?:desaparec|se${S}(?:va|van|fue|quita|quitan|acaba|acabó|elimina)|adiós|olvídate|chao|bye|qued(?:a|an|as|ó)${S}(?:limpi|nuev|san|como${S}nuev|libre|perfect)))`
      ),
      needs: 'health-around',
    },
    // "A los cinco minutos ya no sentía el dolor": a few minutes or hours counted from the remedy, with a condition around.
    {
      id: 'instant.after',
      kind: 'instant-results',
      pattern: fold(`(?:a${S}(?:los|las)${S}(?:\\d{1,2}|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|pocos|poquitos|escasos)${S}(?:minutos|minutitos|segundos|horas)|a${S}la${S}media${S}hora|al${S}(?:ratito|rato)(?=${S}(?:de${S}(?:tom|aplic|us|pon|unt|beb|in[yh]ect)|ya${S}(?:no|ni)${S})))(?:${S}de${S}(?:tom|aplic|us|pon|unt|beb|in[yh]ect)[aeé]r(?:me|te|se|le|nos)?(?:l[oa]s?)?)?(?:${S0},?${S}ya${S}(?:no|ni)${S}(?:(?:me|te|se|le|nos)${S})?\\p{L}{2,12}(?:${S}nada${S}de)?)?`),
      needs: 'health-around',
    },
    // effortless weight loss
    {
      id: 'ewl.without',
      kind: 'effortless-weight-loss',
      pattern: fold(
        `(?:` +
          `sin${S}(?:hacer${S})?(?:nada${S}de${S})?(?:dietas?${HARSH_DIET}|ejercicios?|gimnasio|gym|abdominales|sentadillas|pesas|cardio|deporte|rebote|matarte|sacrificios?|pasar${S}hambre|contar${S}calorías|dejar${S}de${S}comer|dejar${S}(?:las${S}|los${S}|el${S}|la${S})?(?:tortillas|pan|tacos|refresco|postres|carbohidratos))` +
          // "sin esfuerzo" is about weight only after a weight word (the look-behind runs on a match only)
          `|sin${S}(?:ningún${S})?(?:esfuerzo|cambiar${S}(?:tus|sus|su|tu|nada)|moverte|moverse|salir${S}de${S}casa)(?<=(?:grasa|peso|kilos|libras|tallas|panza|barriga|cintura|medidas|abdomen|vientre|lonjas|llantitas|adelgaz\\p{L}{0,5}|bajé|bajar)[^.!?]{0,90})` +
          `|mientras${S}(?:(?:usted|tú|ustedes)${S})?(?:duermes|duerme|duermen|dormís|descansas|ves${S}(?:la${S})?(?:tele|televisión|netflix)|est[aá]s${S}sentad[oa])` +
          `|comiendo${S}(?:de${S}todo|lo${S}que${S}quieras|lo${S}que${S}quiera|lo${S}mismo|todo${S}lo${S}que|tacos|pizza|tortillas|pan|postres|hamburguesas)` +
          `|(?:no|nunca|ni)${S}(?:hice|hago|hizo|hace|hiciste|tuve${S}que${S}hacer)${S}(?:nada${S}de${S})?(?:dieta|ejercicio)` +
          `|(?:no|ni)${S}(?:pisé|piso|pisó|fui${S}al?)${S}(?:un${S}|el${S})?(?:gimnasio|gym)` +
          `|(?:quema|quemas|queman|derrite|derrites|derriten|derrita|derritan|disuelve|disuelves|disuelven|desaparece|desaparecen)${S}(?:(?:la|las|los|el|tu|su)${S})?(?:grasa|panza|barriga|lonjas|llantitas|kilos|libras|celulitis|abdomen)(?:${S}abdominal)?(?:${S}(?:del|de${S}(?:la|tu|su|sus|tus))${S}(?:abdomen|panza|barriga|cintura|vientre|piernas|brazos|cadera))?${S}(?:sin|mientras|sola|solas|dormid[oa]s?|como${S}por${S}arte)` +
          `|(?:kilos|grasa|peso|libras|lonjas|llantitas|panza|barriga|tallas)${S}(?:se${S})?(?:derriten|derrite|desaparecen|desaparece|esfuman|esfuma|caen|cae|van)${S}(?:sol[oa]s?|como${S}por${S}arte${S}de${S}magia|sin${S}(?:esfuerzo|hacer${S}nada))` +
          `|(?:\\d{1,2}|un|medio)${S}(?:kilos?|kg|libras?|lbs?)${S}(?:diari[oa]s?|al${S}día|por${S}día|cada${S}día|cada${S}24${S}horas)` +
          `|lose${S}weight|(?:adelga(?:za|zas|zan|zar|ce|ces|cen|cé|zó|zarás|zará|zarán)|baj(?:a|ar|e|é|ó|as|an|en|arás|ará|arán)${S}de${S}peso)${S}(?:sin(?!${S}(?:receta|prescripción|cita)(?![\\p{L}]))(?!${S}dietas?${HARSH})|comiendo|mientras|dormid[oa]s?|durmiendo)` +
          `|(?:baj[eéoó]|bajas|bajar|bajan|pierde|perdí|perder|pierden|elimina|adelgaz(?:a|as|ó|é|ar|an))${S}(?:hasta${S})?\\d{1,3}${S}(?:kilos|kg|libras|lbs|tallas)${S}(?:en${S}(?:una|un|\\d{1,2}|dos|tres)${S}(?:semana|semanas|mes|días)|sin)` +
          // eating anything, with weight in the clause ("come lo que quieras y sigue bajando de peso")
          // (not the dietitian's "comer de todo con moderación")
          `|(?=com)(?<!(?:aprend|enseñ|nutri[oó]log|nutricionist|dietist|plan${S}de|dieta)\\p{L}{0,8}[^.!?\\n]{0,60})(?:come|coma|coman|comes|comen|comer|comiendo|comí|comía|comas)${S}(?:(?:lo${S}que|todo${S}lo${S}que)${S}(?:quieras|quiera|quieran|quería|querías|quise|se${S}te${S}antoje|se${S}le${S}antoje|te${S}guste|gustes|gusten|desees)|sin${S}(?:culpa|límites?|restricci(?:ón|ones)|remordimientos?|contar))(?![\\p{L}])(?![^.!?\\n]{0,60}(?:moderaci[oó]n|porci[oó]n|porciones|balance|equilibr|nutri[oó]log|nutricionist|pequeñas${S}cantidades|un${S}poco${S}de${S}todo))` +
          `(?:(?<=(?:peso|kilos|kilitos|libras|tallas|talla|grasa|panza|barriga|adelgaz\\p{L}{0,5}|baj[eéoóa]\\p{L}{0,5}|delgad\\p{L}{0,2}|flac\\p{L}{0,2}|figura|cintura|abdomen|lonjas)[^.!?\\n]{0,80})|(?=[^.!?\\n]{0,80}(?:peso|kilos|kilitos|libras|tallas|talla|grasa|panza|barriga|adelgaz|bajando|bajar|bajas|pierdes|perder|delgad|flac|figura|cintura|abdomen|lonjas)))` +
          `|sin${S}(?:ir${S}al|pisar${S}(?:el|un))${S}(?:gym|gimnasio)|sin${S}(?:sudar|cardio|mover${S}un${S}dedo|renunciar${S}a|privarte|privarse|restricciones|sacrificar|hambre|pasar${S}hambre|hacer${S}nada)(?![\\p{L}])(?<=(?:grasa|peso|kilos|libras|tallas|panza|barriga|adelgaz\\p{L}{0,5}|bajé|bajar|bajas|baja|pierdes|pierde|perder|quema)[^.!?\\n]{0,90})` +
          `|(?:con${S}solo|solo${S}con|con${S}sólo|sólo${S}con|nada${S}más${S}con)${S}(?:tomar(?:l[oa]s?)?|tomarte|beber|una${S}(?:cápsula|pastilla|taza|gota)|un${S}(?:vaso|té|sobre|licuado|shot))(?![\\p{L}])(?<=(?:grasa|peso|kilos|libras|tallas|panza|barriga|adelgaz\\p{L}{0,5}|bajé|bajar|bajas|baja|pierdes|pierde|perder|quema)[^.!?\\n]{0,90})` +
          `|mientras${S}(?:trabajas|trabaja|caminas|haces${S}(?:tu${S}vida|tus${S}actividades|tus${S}cosas)|sigues${S}con${S}tu${S}vida|comes|descansas)(?![\\p{L}])(?<=(?:grasa|peso|kilos|libras|tallas|panza|barriga|adelgaz\\p{L}{0,5}|quema\\p{L}{0,2}|derrit\\p{L}{0,3}|bajar|bajas|pierdes|pierde)[^.!?\\n]{0,90})` +
          // a fast drop, a few kilos a week ("¡8 kilos en 15 días!", "5 tallas menos en un mes")
          `|(?:[3-9]|[1-9]\\d|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte)${S}(?:kilos|kilitos|kg|libras|lbs|tallas)${S}(?:menos${S})?en${S}(?:solo${S}|apenas${S}|tan${S}solo${S}|sólo${S})?(?:(?:una|un|[1-4]|dos|tres|cuatro)${S}semanas?|un${S}mes|(?:[1-9]|[1-3]\\d|tres|cinco|siete|diez|quince|veinte|treinta)${S}días)(?![\\p{L}])` +
          // …nor when the effort comes back as a condition ("sin ir al gimnasio si caminas y comes mejor")
          `)(?![^.;!?]{0,60}${S}(?:no${S}es${S}(?:realista|posible|cierto|verdad)|es${S}(?:un${S}mito|mentira|falso|imposible)|no${S}(?:(?:vas|va|van)${S}a${S}(?:ver|notar|lograr|tener)${S}(?:resultados|nada|cambios)|(?:verás|hay|habrá|tendrás)${S}(?:resultados|cambios))|si${S}(?:caminas|camina|caminan|comes${S}(?:mejor|sano|bien|menos)|come${S}(?:mejor|sano|bien|menos)|cuidas|cuida|haces${S}ejercicio|hace${S}ejercicio|te${S}mueves|se${S}mueve|reduces|reduce|cambias${S}tus${S}hábitos)(?![\\p{L}])))`
      ),
    },
    // cure-all
    {
      id: 'cureall.word',
      kind: 'cure-all',
      pattern: fold(
        `cura(?:n)?${S}(?:de${S}todo|todo|todas${S}las${S}enfermedades|cualquier${S}(?:enfermedad|cosa))` +
          // whatever you have, everything cured, hundreds of illnesses treated ("te cura lo que tengas", "todo lo cura la Pachamama",
          // "un solo aparato para tratar más de 500 enfermedades")
          `|(?:cura|curan|quita|quitan|sana|sanan)${S}lo${S}que${S}(?:tengas|tenga|tengan|sea|te${S}pase|le${S}pase|te${S}duela|le${S}duela)(?![\\p{L}])|todo${S}lo${S}(?:cura|curan|sana|sanan)(?![\\p{L}])` +
          `|(?:trata|tratar|tratan|curar|sanar|eliminar)${S}(?:más${S}de${S})?(?:\\d{2,4}|cien|mil|cientos${S}de|miles${S}de)${S}(?:enfermedades|males|padecimientos|dolencias|afecciones)(?![\\p{L}])` +
          `|(?:sirve|sirven|buen[oa]s?|remedio|cura|solución|producto|fórmula|suplemento|medicina|medicamento)${S}(?:para|pa)${S}(?:todo(?![\\p{L}])(?!${S}(?:el${S}mundo|tipo${S}de${S}piel|public|público|la${S}familia))|tod[oa]s${S}(?:las|los|tus|sus|mis|nuestr[oa]s)${S}(?:enfermedades|males|padecimientos|dolencias|achaques|malestares|problemas${S}de${S}salud)(?![\\p{L}]))` +
          `|(?:remedio|cura|solución|tratamiento|producto|fórmula)${S}(?:para|contra)${S}(?:más${S}de${S})?(?:\\d{2,4}|cien|mil|cientos${S}de|miles${S}de)${S}(?:enfermedades|males|padecimientos|dolencias|afecciones)` +
          `|(?:más${S}de${S})?(?:\\d{2,4}|cien|mil|cientos${S}de)${S}(?:enfermedades|males|padecimientos|dolencias)${S}(?:distint[oa]s${S})?(?:diferentes${S})?(?:que${S})?(?:cura|trata|alivia|elimina)` +
          `|para${S}(?:más${S}de${S})?(?:\\d{2,4}|cien|mil)${S}(?:enfermedades|males|padecimientos)` +
          `|(?:cura|curan|trata|tratan|sana|sanan|alivia|alivian|elimina|eliminan|previene|previenen)${S}(?:más${S}de${S})?(?:\\d{2,4}|cien|mil|cientos${S}de|miles${S}de)${S}(?:enfermedades|males|padecimientos|dolencias|afecciones)` +
          `|(?:y|e|,|o)${S0}hasta${S}(?:el${S}|la${S}|los${S}|las${S})?(?:cáncer|diabetes|autismo|alzh?éimer|covid|vih|sida|lupus|párkinson|esclerosis|tumores|leucemia|epilepsia)` +
          `|(?:(?:te|le|les|me|nos)${S})?lo${S}(?:cura|curan|sana|sanan|quita|quitan|arregla|arreglan|resuelve|resuelven|alivia|alivian|compone)${S}todo(?![\\p{L}])(?!${S}(?:el|lo|tipo|los|las|en))|(?:te|le|les|nos|me)${S}(?:cura|sana|quita|arregla|resuelve|compone)${S}todo(?![\\p{L}])(?!${S}(?:el|lo|tipo|los|las|en))|para${S}(?:curar|sanar|quitar|aliviar|arreglar)(?:lo|te|se)?${S}todo(?![\\p{L}])(?!${S}(?:el|lo|tipo|los|las|tu|su|en))|todo${S}todo|cualquier${S}(?:enfermedad|mal|padecimiento|dolencia)|todo${S}tipo${S}de${S}(?:enfermedades|males|padecimientos|dolencias)|lo${S}cura${S}todo` +
          // the cure-all words, and counts after any verb of treating ("combate más de 100 enfermedades")
          `|panaceas?|cura${S0}lo${S0}todo|curalotodos?|(?:remedio|cura|medicina|tratamiento)${S}universal` +
          `|(?:combate|combaten|ataca|atacan|controla|controlan|mejora|mejoran|ayuda${S}(?:con|en|a)|ayudan${S}(?:con|en|a)|sirve${S}(?:para|contra)|sirven${S}(?:para|contra)|funciona${S}(?:para|contra)|curó|curaron|curará|sanó|quita|quitan|desaparece|desaparecen|regula|regulan)${S}(?:más${S}de${S}|hasta${S})?(?:\\d{2,4}|cien|mil|cientos${S}de|miles${S}de|decenas${S}de|docenas${S}de)${S}(?:enfermedades|males|padecimientos|dolencias|afecciones|problemas${S}de${S}salud)`
      ),
    },
    // Two illnesses "and much more" ("para la diabetes, la presión y mucho más"): the look-behind
    // runs only where the open ending matched.
    {
      id: 'cureall.more',
      kind: 'cure-all',
      pattern: fold(
        `(?=much|un|etc|todo|lo)(?<=(?:[\\s\\u00a0](?:y|e)|,)[\\s\\u00a0]{1,3})(?:mucho${S}más|muchas${S}(?:otras|más)(?:${S}(?:enfermedades|cosas|dolencias))?|muchos${S}(?:otros|más)(?:${S}(?:males|padecimientos))?|un${S}largo${S}etcétera|etc(?:étera)?|(?:todo${S})?lo${S}que${S}(?:se${S}te${S}ocurra|imagines))(?![\\p{L}])` +
          `(?<=(?<![\\p{L}])${H}(?![\\p{L}])[^.!?\\n]{1,40}(?<![\\p{L}])${H}(?![\\p{L}])[^.!?\\n]{0,30})` +
          // not a list of symptoms, causes or risks ("los síntomas son fiebre, tos, etc.")
          `(?<!(?:síntoma|señal|signo|causa|factor|complicaci|efecto|riesgo|incluye|incluyen|como)\\p{L}{0,3}[^.!?\\n]{0,110})`
      ),
    },
    // From one illness to another ("cura desde la gripa hasta el cáncer"), after a verb of curing.
    {
      id: 'cureall.range',
      kind: 'cure-all',
      pattern: fold(
        `(?:cura|curan|curó|sana|sanan|alivia|alivian|quita|quitan|elimina|eliminan|previene|previenen|combate|combaten|sirve${S}para|sirven${S}para|sirvió${S}para|ayuda${S}con|trata|tratan|funciona${S}para|remedio${S}para|bueno${S}para|buena${S}para)${S}(?:${W}){0,2}desde${S}(?:el${S}|la${S}|los${S}|las${S}|un${S}|una${S})?${H}(?:${S}(?:${W}){0,2})?${S0},?${S}hasta${S}(?:el${S}|la${S}|los${S}|las${S}|un${S}|una${S})?${H}`
      ),
    },
    {
      id: 'cureall.list',
      kind: 'cure-all',
      pattern: fold(`(?:${ar('cur')}|${ar('san')}|trata|tratan|trató|${ar('quit')}|${ar('elimin')}|${ar('alivi')}|previene|previenen|previno|sirve${S}(?:para|contra)|sirven${S}(?:para|contra)|sirvió${S}para|es${S}buen[oa]${S}para|son${S}buen[oa]s${S}para|ayuda${S}(?:con|a|en)|ayudan${S}(?:con|a|en)|combate|combaten|ataca|atacan|controla|controlan|mejora|mejoran|desinflama|desinflaman|funciona${S}(?:para|contra)|funcionan${S}(?:para|contra)|(?:remedio|solución|cura)${S}(?:para|contra)|adiós${S}a)`),
      needs: 'list',
    },
    // disease reversal
    {
      id: 'reversal.verb',
      kind: 'disease-reversal',
      pattern: fold(
        `${erIr('revert', 'reviert', 'revirt')}|reversión${S}de|reversible|(?:se${S})?${erIr('encog', 'encoj')}|(?<!(?:${PROVEN}|terapia${S}física|lentes|audífono|médic|doctor)\\p{L}{0,10}[^.!?\\n]{0,40})${erIr('devuelv', 'devolv')}(?=${S}(?:(?:la|el|los|las|su|tu|sus|tus)${S})?(?:vista|visión|movilidad|audición|oído|memoria|cartílago|cabello|pelo|fertilidad|juventud|función))|(?<!se${S})regener(?:a|an|ar|ó|é|aron|amos|ación${S}de)|se${S}regener(?:ó|aron)|se${S}regener(?:a|an)(?=${S}(?:sol[oa]s?|con${S}(?:est|el${S}|la${S}|los${S}|las${S}|nuestr|mi${S}|mis${S}|tu${S}|su${S})|gracias${S}a|en${S}(?:\\d|un[oa]?${S}|dos${S}|tres${S}|pocas${S}|pocos${S})|por${S}completo|totalmente|completamente)(?![\\p{L}]))|retroced(?:e|en|ió|ieron)|reconstru(?:ye|yen|ir|yó|imos)` +
          `|restaur(?:a|an|ar|ó)|repar(?:a|an|ar|ó)|deshi(?:zo|ce|cieron)|deshac(?:e|en|er)|disuelv(?:e|en)|disolvi(?:ó|eron)|deshaciendo|disolviendo|(?:hace|hacen|hizo)${S}retroceder|retroced(?:e|en|ió|ieron)|destap(?:a|an|ó)|limpi(?:a|an|ó)${S}(?:las${S})?arterias` +
          `|rejuvenec(?:e|en)|(?:hace|hacen|vuelve|vuelven|volvi[oó]|volvieron)${S}a${S}crecer|(?:hace|hacen)${S}crecer|crec(?:er|ió|en)${S}(?:de${S})?nuev[oa]s?` +
          `|desinflam(?:a|an|ó|aron)|desaparec(?:e|en|ió)${S}(?:la${S}|las${S})?(?:placa|tumor|tumores|quistes?|hernias?)|se${S}(?:redujo|redujeron|reduce|reducen|achicó|achicaron|achica|achican)${S}(?:a${S}la${S}mitad|por${S}completo|hasta${S}desaparecer|a${S}nada)(?![\\p{L}])`
      ),
      needs: 'health-around',
    },
    // A lost function back ("hace que el páncreas vuelva a producir insulina", "recupera la vista
    // perdida por glaucoma"), unless proven care gets the credit in the sentence.
    {
      id: 'reversal.back',
      kind: 'disease-reversal',
      pattern: fold(
        `(?=vuelv|volv|recuper)(?<!(?:cirug|operaci|rehabilit|fisioterap|terapia${S}física|trasplante|prótesis|implante|quimio|médic|doctor)\\p{L}{0,8}[^.!?\\n]{0,80})` +
          `(?:(?:vuelv\\p{L}{1,3}|volv\\p{L}{1,6})${S}a${S}(?:producir|funcionar|caminar|ver|oír|escuchar|hablar|moverse|regenerar(?:se)?|fabricar|generar)` +
          `|recuper\\p{L}{0,5}${S}(?:la|el|su|tu|sus|tus|mi|mis)${S}(?:vista|visión|audición|oído|memoria|movilidad|sensibilidad|función${S}(?:renal|hepática|pancreática|tiroidea)|cartílago|masa${S}ósea|células))(?![\\p{L}])` +
          `(?![^.!?\\n]{0,80}(?<!sin${S}(?:(?:una|la|ninguna)${S})?)(?:cirug|operaci|rehabilit|fisioterap|terapia${S}física|trasplante|prótesis|implante|quimio))`
      ),
      needs: 'health-around',
    },
    // A lost ability of the body back, which names the illness by itself ("sus hijos volverán a caminar", "volvió a sentarse
    // sola", "ya caminan de nuevo", "recuperan la marcha"), unless proven care, rehabilitation or a device gets the credit in
    // the sentence; an infinitive names a topic, not a result ("Volver a caminar", a story's title).
    {
      id: 'reversal.ability',
      kind: 'disease-reversal',
      pattern: fold(
        `(?=vuelv|volv|camin|and|recuper|habl|oy|ve|vi|escuch)` +
          `(?:(?:vuelv\\p{L}{1,3}|volv(?!er(?![\\p{L}]))\\p{L}{1,6})${S}a${S}(?:caminar|andar|ver|oír|escuchar|hablar|sentarse|sentarte|pararse|ponerse${S}de${S}pie|subir${S}escaleras|respirar${S}(?:sol[oa]s?|por${S}s[ií]${S}mism[oa]s?))` +
          `|(?:caminan|camina|caminó|caminaron|andan|anda|habla|hablan|habló|oye|oyen|ve|ven|caminando|andando|hablando|oyendo|escuchando|viendo)${S}(?:de${S}nuevo|otra${S}vez)` +
          `|recuper(?!ar(?![\\p{L}]))\\p{L}{0,5}${S}(?:la${S}|el${S}|su${S}|sus${S})?(?:marcha|habla|fuerza${S}muscular|fuerza${S}en${S}(?:las${S}piernas|los${S}brazos)|capacidad${S}de${S}caminar))(?![\\p{L}])` +
          `(?![^.!?\\n]{0,80}(?<!sin${S}(?:(?:una|la|ninguna)${S})?)(?:cirug|operaci|rehabilit|fisioterap|terapia${S}física|trasplante|prótesis|implante|quimio|audífono|andador))(?<!(?:cirug|operaci|rehabilit|fisioterap|terapia|trasplante|prótesis|implante|quimio|médic|doctor|audífono|aparato|auditiv|coclear|audiólog|lentes|gafas|anteojos|andador|silla|muletas|bastón|entren|ejercicio|práctica|descanso|reposo|yeso|fractura|esguince|accidente)\\p{L}{0,8}[^.!?\\n]{0,120})`
      ),
    },
    // The healed named by what they lacked ("sordos que oyen", "niños que no caminan, caminan"), nerves woken or rejoined
    // ("reconecta la médula espinal", "despierta las neuronas dormidas"); not with a device ("sordos que oyen con implantes").
    {
      id: 'reversal.signs',
      kind: 'disease-reversal',
      pattern: fold(
        `(?:sordos|ciegos|mudos|paralíticos|cojos|tetrapléjicos|parapléjicos|autistas|inválidos)${S}que${S}(?:ya${S}|hoy${S}|ahora${S})?(?:oyen|escuchan|ven|hablan|caminan|andan|corren)(?![\\p{L}])(?!${S}(?:con|gracias${S}a)${S}(?:(?:un|una|los|las|sus)${S})?(?:audífonos?|implantes?|lentes|prótesis|bastón|muletas|sillas?|lengua${S}de${S}señas|braille|perros?))` +
          `|(?:niñ[oa]s|personas|pacientes|enferm[oa]s)${S}que${S}no${S}(?:caminaban|caminan|hablaban|hablan|veían|ven|oían|oyen|se${S}movían|movían${S}nada)${S0},?${S0}(?:hoy${S}|ahora${S}|ya${S})?(?:caminan|hablan|ven|oyen|corren|se${S}mueven)(?![\\p{L}])` +
          `|(?:reconect|despiert|reactiv)(?:a|an|ó|aron)${S}(?:las${S}|los${S}|la${S}|el${S}|tus${S}|sus${S})?(?:neuronas|nervios|médula(?:${S}espinal)?|genes${S}dormidos|conexiones${S}neuronales)(?![\\p{L}])`
      ),
    },
    // A function or an organ regained ("recuperas la tiroides", "recuperan su vista"), unless proven care gets the credit in the sentence.
    {
      id: 'reversal.regain',
      kind: 'disease-reversal',
      pattern: fold(
        `(?=recuper|restaur)(?<!(?:cirug|operaci|rehabilit|fisioterap|terapia${S}física|trasplante|prótesis|implante|quimio|médic|doctor|lentes|audífono)\\p{L}{0,8}[^.!?\\n]{0,80})` +
          `(?:recuper|restaur)\\p{L}{0,5}${S}(?:(?:la|el|los|las|su|tu|sus|tus|mi|mis)${S})?(?:vista|visión|audición|oído|memoria|cartílago|tiroides|páncreas|hígado|riñones|fertilidad|cabello|pelo|mielina|neuronas|función${S}(?:renal|hepática|pancreática|tiroidea))(?![\\p{L}])` +
          `(?![^.!?\\n]{0,80}(?<!sin${S}(?:(?:una|la|ninguna)${S})?)(?:cirug|operaci|rehabilit|fisioterap|terapia${S}física|trasplante|prótesis|implante|quimio|lentes|audífono))`
      ),
    },
    // An organ left as new ("deja su corazón como nuevo", "quedan las rodillas como nuevas"), without surgery around.
    {
      id: 'reversal.asNew',
      kind: 'disease-reversal',
      pattern: fold(`(?=(?:dej|qued)\\p{L}{1,5}${S}[^.!?\\n]{1,50}?${S}como${S}nuev)(?:dej|qued)\\p{L}{1,5}${S}(?:(?:tu|su|el|la|los|las|mis?|sus|tus)${S})?${H}${S}como${S}nuev[oa]s?(?![\\p{L}])(?![^.!?\\n]{0,80}(?:cirug|operaci|prótesis|implante|reemplazo|trasplante))`),
    },
    // Left like new ("mi rodilla quedó como nueva", "quedó nuevecita de la rodilla", "tus rodillas quedan como nuevas"), the illness or
    // organ around it, unless proven care, an implant or a replacement gets the credit in the sentence.
    // An organ made young again ("tengo arterias de un chaval de 20", "mis pulmones están como de una muchacha de quince", "su riñón
    // funcionará como el de un joven de 20 años"), and a diagnosis left behind ("muchos peques salen del espectro", "perdió el
    // diagnóstico"): the organ within 60 characters before the comparison.
    {
      id: 'reversal.young',
      kind: 'disease-reversal',
      pattern: fold(
        `(?<=(?<![\\p{L}])(?:${ORGAN_YOUNG})(?![\\p{L}])[^.!?\\n]{0,60})(?=como)` +
          `como${S}(?:(?:el|la|los|las)${S}de${S}|de${S})?(?:un|una)${S}${YOUNG}(?:${S}de${S}${YOUNG_AGE})?(?![\\p{L}])` +
          // without "como", one's own organ ("tengo arterias de un chaval de 20"), not the organ in general ("los huesos de un niño de 10 años")
          `|(?<=(?<![\\p{L}])(?:tengo|tiene|tienes|tienen|tenemos|mis|tus|sus|mi|tu|su)${S}(?:${W}){0,2}(?:${ORGAN_YOUNG})${S})de${S}(?:un|una)${S}${YOUNG}${S}de${S}${YOUNG_AGE}(?![\\p{L}])` +
          `|(?:salen|sale|salió|salieron|saliendo|sacamos|sacó|sacaron)${S}del${S}(?:espectro|diagnóstico)(?![\\p{L}])|perdi(?:ó|eron)${S}(?:el|su)${S}diagnóstico(?![\\p{L}])`
      ),
    },
    {
      id: 'reversal.likeNew',
      kind: 'disease-reversal',
      pattern: fold(`(?=qued)(?<!(?:${CARE}|prótesis|implante|reemplazo|trasplante)\\p{L}{0,8}[^.!?\\n]{0,80})qued(?:a|an|as|ó|é|aron|ará|arán|arás)${S}(?:como${S})?(?:nuev[oa]s?|nuevecit[oa]s?)(?![\\p{L}])(?![^.!?\\n]{0,80}(?:${CARE}|prótesis|implante|reemplazo|trasplante))`),
      needs: 'health-around',
    },
    // Nights or days of use, then the result gone ("3 noches usando esta crema y mis manchas desaparecieron"), not an illness still there.
    {
      id: 'instant.uses',
      kind: 'instant-results',
      pattern: fold(`(?:[1-7]|una|dos|tres|cuatro|cinco|seis|siete)${S}(?:noches?|días?|tomas|dosis|sesiones|aplicaciones)${S}(?:usando|tomando|aplicando|untando|bebiendo)(?![\\p{L}])(?=[^.!?\\n]{0,100}(?:desapareci|se${S}(?:(?:me|le|te|nos)${S})?(?:fue|fueron|quitó|quitaron|curó|borró|borraron|acabó)|adiós|ya${S}no|san[óé]|curad[oa]|como${S}nuev))`),
      needs: 'health-around',
    },
    { id: 'reversal.clitic', kind: 'disease-reversal', pattern: fold(`se${S}(?:me|le|te|nos|les)${S}(?:revirtió|revirtieron|regeneró|regeneraron)`) },
    { id: 'reversal.stop', kind: 'disease-reversal', pattern: fold(`(?<!que${S})(?:detien(?:e|en)|detuvo)`), needs: 'health' },
    // vaccine alternative
    {
      id: 'vax.alt',
      kind: 'vaccine-alternative',
      pattern: fold(
        `alternativas?(?:${S}(?:más${S})?(?:naturale?s?|seguras?|sanas?|efectivas?|eficaz|reales?|verdaderas?|saludables?|orgánicas?|holísticas?))?${S}(?:a|al|para|de)|sustitut[oa]s?${S}(?:de|para)|en${S}vez${S}de|en${S}lugar${S}de|igual${S}(?:que|de${S}efectiv[oa]${S}que)` +
          `|(?:mejor|más${S}efectiv[oa]|más${S}segur[oa])${S}que(?:${S}(?:la|las|el|los|cualquier|una|un|tod[oa]s${S}(?:las|los))(?![\\p{L}])|(?=${S}vacun))` +
          `|reemplaz(?:a|an|ar|o|ó)|sustitu(?:ye|yen|ir)|(?:no|nunca|jamás)${S}(?:más${S})?(?:necesitas?|necesitan|necesites|necesite|necesiten|necesitarás|necesitarán|necesito|necesitamos|ocupo|ocupas|ocupa|ocupan|ocupamos|vas${S}a${S}necesitar|hace${S}falta|hacen${S}falta)(?:${S}(?:la|las|el|los|tus?|sus?|ninguna|ningún|más))?(?![\\p{L}])(?!${S}(?:cita|receta|orden|seguro|papeles|identificación|pagar|llamar|ayuno|hacer${S}cita))(?![^.!?\\n]{0,60}(?:porque${S}ya|ya${S}(?:me|te|se|nos|le)${S}(?:la|las|lo)${S}(?:puse|pusieron|pusimos|aplicaron|dieron)|para${S}(?:viajar|entrar)))|sin${S}necesidad${S}de|alternatives?${S}to|instead${S}of|innecesari[oa]s?|olvíd(?:ate|ese|ense)${S}de` +
          `|(?:hace|hacen|hará)${S}lo${S}mismo${S}que|tan${S}(?:buen[oa]s?|efectiv[oa]s?|segur[oa]s?)${S}como|(?:protege|protegen|funciona|funcionan)${S}mejor(?:${S}que)?` +
          `|(?:para|por)${S}qué(?:${S}(?:ponerte|ponerle|ponerles)|(?=${S}vacun))`
      ),
      needs: 'vaccine',
    },
    // The vaccine refused or swapped for a remedy: "¿vacuna? no gracias, se protege con vitaminas",
    // "decidimos no vacunarlo", "prefiero darle ajo que vacunarla".
    {
      id: 'vax.refuse',
      kind: 'vaccine-alternative',
      pattern: fold(
        `(?=no|ni|pas|jam|nun)(?<=vac[uú]n\\p{L}{0,8}[^.!\\n]{0,25}[?!¿¡.,:…]${S0})(?:no${S0},?${S0}gracias|ni${S}(?:loc[oa]|de${S}(?:chiste|broma)|muert[oa])|paso|jamás|nunca${S}más)(?![\\p{L}])` +
          `|(?:(?:me|te|se|lo|la|los|las|nos|les)${S})?(?:protej\\p{L}{0,4}|proteg\\p{L}{0,5}|defiend\\p{L}{0,3}|defend\\p{L}{0,5}|inmuniz\\p{L}{0,5}|blind\\p{L}{0,5}|fortalec\\p{L}{0,5})${S}(?:(?:sol[oa]s?|solo|mejor|bien)${S})?con(?=${S}(?!(?:la${S}|las${S}|su${S}|sus${S}|una${S})?vacun))(?<=vac[uú]n\\p{L}{0,8}[^.!\\n]{0,150})` +
          `|(?<![\\p{L}])no${S}(?:(?:lo|la|los|las|te|se|me|nos|le|les)${S})?(?:vacunes|vacune|vacunen|vacunemos|vacunaré|vacunaremos|vacunan|vacunamos|vacuno|(?:pienso|pensamos|vamos${S}a|voy${S}a)${S}vacunar\\p{L}{0,4})(?![\\p{L}])` +
          `|(?:(?:di|digan|digamos|decimos|dile|dígale)${S})?no${S}a${S}(?:las${S}|la${S}|los${S})?vacun(?:as?|ación|aciones)(?![\\p{L}])|vacun\\p{L}{0,6}${S0}[:,]?${S}no${S0}[,;.!]?${S}(?:${W}){1,4}s[ií](?![\\p{L}])` +
          `|(?:sáltese|sáltate|sáltense|sáltele|sáltenle|sáltales|evite|evita|eviten|olvíde(?:se|nse)${S}de|olvídate${S}de|no${S}(?:le${S}|les${S})?(?:pongas|ponga|pongan))${S}(?:(?:la|las|el|los|tu|tus|su|sus|esa|esas)${S})?(?:vacunas?|refuerzos?|boosters?)(?![\\p{L}])(?![^.!?\\n]{0,40}(?:hasta|si${S}|mientras|cuando|por${S}ahora|este${S}(?:año|mes)|durante|fiebre|alergia|embaraz))` +
          `|antes${S}de${S}vacunar\\p{L}{0,4}${S0},?${S}(?:prueba|pruebe|prueben|dale|denle|dele|usa|use|usen|intenta|intente)(?![\\p{L}])|(?:trampa|engaño|farsa|cuento|estafa|negocio)${S}de${S}(?:las${S}|la${S})?vacunas?(?![\\p{L}])` +
          `|(?:no${S}(?:tiene|tienen|tengo|tenemos|lleva|llevan)|sin)${S}(?:ni${S}una|ninguna|una${S}sola)${S}vacuna(?!${S}(?:pendiente|atrasada|faltante|vencida))` +
          `|(?:más|mejor)${S}protegid[oa]s?${S}que${S}(?:con${S})?(?:(?:la|las|una|cualquier|tod[oa]s${S}las)${S})vacunas?(?![\\p{L}])` +
          `|(?:protege|protegen|funciona|funcionan|sirve|sirven|inmuniza|inmunizan|defiende|defienden)${S}más${S}que${S}(?:(?:la|las|una|cualquier|tod[oa]s${S}las)${S})vacunas?` +
          `|(?:decid\\p{L}{1,6}|eleg\\p{L}{1,6}|prefer\\p{L}{1,6}|prefier\\p{L}{1,4}|opt\\p{L}{1,5}${S}por)${S}no${S}vacunar\\p{L}{0,4}` +
          `|(?:prefiero|preferimos|prefiere|prefieren|mejor)${S}(?:${W}){1,4}(?:que|antes${S}que|a)${S}(?:vacunar\\p{L}{0,4}|ponerle${S}(?:la|las)${S}vacunas?|(?:la|las|una)${S}vacunas?)(?![\\p{L}])` +
          `|(?:sistema${S}inmune|sistema${S}inmunológico|cuerpo|organismo|defensas)${S}(?:${W}){0,2}(?:se${S}defiende${S}sol[oa]|se${S}defienden${S}solas|no${S}necesita${S}vacunas|no${S}necesitan${S}vacunas)`
      ),
    },
    // The vaccine dismissed after it is named ("las vacunas no sirven", "las vacunas son veneno").
    {
      id: 'vax.after',
      kind: 'vaccine-alternative',
      pattern: fold(
        `(?<!(?:homeopat|remedio|natural|hierba|té|vitamina|aceite|ajo|suplemento|jarabe|tónico|té)\\p{L}{0,6}${S}(?:${W}){0,1})no${S}(?:sirven|sirve|funcionan|funciona|protegen|protege)|(?:son|es)${S}(?:innecesari[oa]s?|veneno|puro${S}negocio|un${S}fraude|peligros[oa]s?|tóxic[oa]s?|dañin[oa]s?)|hacen${S}más${S}daño` +
          `|(?<!(?:se|que)${S})(?:enferman|envenenan|intoxican|dañan|debilitan|debilita|destruyen|destruye|arruinan)(?![\\p{L}])|(?:causan?|provocan?|dan|da)${S}(?:autismo|esterilidad|infertilidad|cáncer|parálisis|la${S}enfermedad)` +
          // not needed, worse than the disease, full of poison
          // (these only with the vaccine before them: "el sarampión es más peligroso que la vacuna" is the opposite)
          `|(?=no|son|es|lle|con|tien|est|car|peor)(?<=vac[uú]n\\p{L}{0,8}[^.;!?\\n]{0,30})(?:no${S}(?:son${S}necesari[oa]s|es${S}necesari[oa]|hace${S}falta|hacen${S}falta|sirven${S}de${S}nada|sirve${S}de${S}nada)|(?:son|es)${S}(?:un${S})?(?:negocio|invento|experimento)(?![\\p{L}])` +
          `|(?:son|es)${S}(?:más${S}(?:peligros[oa]s?|dañin[oa]s?|riesgos[oa]s?|tóxic[oa]s?)|peor(?:es)?)${S}que|(?:llevan|lleva|contienen|contiene|tienen|tiene|están${S}llenas${S}de|está${S}llena${S}de|cargadas${S}de)${S}(?:mercurio|aluminio|metales|químicos|tóxicos|veneno|chips?|grafeno))`
      ),
      needs: 'vaccine',
    },
    {
      id: 'vax.natural',
      kind: 'vaccine-alternative',
      pattern: fold(
        `inmunidad${S}natural(?:${S}es${S}(?:mejor|suficiente))?(?!["'\u201d\u00bb]?${S}(?:significa|implica|requiere|se${S}adquiere|se${S}obtiene|quiere${S}decir|es${S}(?:enfermarse|contagiarse)))|nosodes|` +
          // after a vaccine in the text: "…mejor denles propóleo que protege igual", "la mejor protección es…"
          `(?=proteg|funcion|sirv|inmuniz)(?<=vac[uú]n[\\p{L}]{0,8}[^.!\\n]{0,100})(?:protege|protegen|funciona|funcionan|sirve|sirven|inmuniza|inmunizan)${S}(?:igual|lo${S}mismo|mejor|más)(?![\\p{L}])|` +
          `ningun[ao]?${S}vacunas?${S}(?:(?:te|le|les|los|nos)${S})?(?:protege|funciona|sirve)${S}(?:como|igual${S}que|tan${S}bien${S}como)|` +
          `(?:funciona|funcionan|actúa|actúan|sirve|sirven|trabaja|trabajan)${S}como${S}(?:una${S})?vacuna(?![\\p{L}])|` +
          `(?=(?:la${S})?mejor${S}(?:protección|defensa|escudo|inmunización|prevención))(?<=vac[uú]n[\\p{L}]{0,8}[^.!?\\n]{0,100})(?:la${S})?mejor${S}(?:protección|defensa|escudo|inmunización|prevención)${S}(?:${W}){0,3}(?:es|son)(?!${S}(?:(?:la|las|el)${S})?(?:vacun|que))|` +
          // the child never vaccinated and healthy ("mis nietos nunca se vacunaron y están más sanos")
          `(?:no|nunca|jamás)${S}(?:(?:se|me|nos|los|las|lo|la|le|les)${S})?(?:(?:han|ha|he|hemos|est[aá]n?|estamos|estoy|fueron|fuimos)${S}(?:sido${S})?)?vacun[\\p{L}]{1,6}${S}(?:y|pero)${S}(?:${W}){0,2}(?:nunca|jamás|están|estamos|está|son|somos|más${S}san|ni${S}(?:una|un)|san[oa]s)|` +
          // "la mejor vacuna es el ajo" (not the public-health saying "la mejor vacuna es la que está disponible")
          `(?:la${S})?mejor${S}vacuna${S}(?:es|son|del${S}mundo|que${S}existe)(?!${S}(?:la|el|aquella|aquel)${S}(?:que|disponible))` +
          `|vac[uú]n\\p{L}{0,8}${S}(?:de${S}(?:forma|manera)${S})?natural(?:es|mente)?(?![\\p{L}])` +
          // protected without the vaccine ("inmuniza a tu familia sin vacunas")
          `|(?=sin)(?<=(?:proteg|protecc|inmun|defens|previen|prevenc|blind|escud)\\p{L}{0,8}[^.;!?\\n]{0,60})sin${S}(?:necesidad${S}de${S})?(?:vacunas?|vacunar\\p{L}{0,4}|pinchazos|inyecciones|agujas)` +
          `|(?:no${S}(?:tienen|tiene|tengo|tenemos|llevan|lleva)${S}(?:ninguna${S})?vacunas?|sin${S}(?:ninguna${S})?vacunas?)${S0},?${S}(?:y|pero)${S}(?:${W}){0,2}(?:nunca|jamás|están|estamos|está|son|somos|más${S}san[oa]s|sanos|sanas|ni${S}(?:una|un))(?![\\p{L}])` +
          `|(?:no|nunca)${S}(?:est[aá]n?|estamos|estoy|fueron|fuimos|han${S}sido|hemos${S}sido)${S}vacunad[oa]s?${S}(?:y|pero)${S}(?:${W}){0,2}(?:nunca|jamás|están|estamos|son|somos|más${S}san[oa]s|sanos|sanas|ni${S}(?:una|un))` +
          `|(?:defensas|inmunidad|protección)${S}naturale?s?${S}(?:son|es)${S}(?:suficientes?|mejor(?:es)?|más${S}fuertes?|más${S}efectivas?)|fiestas?${S}de${S}(?:la${S})?(?:varicela|sarampión)|(?:varicela|chickenpox|measles)${S}part(?:y|ies)` +
          `|(?:no|nunca|jamás)${S}(?:(?:le|les|me|se|nos)${S})?(?:(?:he|hemos|han|ha)${S})?(?:puse|pusimos|pongo|ponemos|pondré|pondremos|puesto|apliqué|aplicamos|aplicado|di|dimos|dado)${S}(?:ni${S})?(?:ninguna|ni${S}una|una${S}sola)${S}vacuna` +
          `|homeoprofilaxis|vacunas?${S}(?:naturale?s?|homeop[aá]ticas?)|inmunizaci[oó]n${S}(?:homeop[aá]tica|natural)` +
          `|(?:queda|quedan|quedas|quedará|quedarán|estará|estarán)${S}(?:inmunizad[oa]s?|vacunad[oa]s?)` +
          // protection against a vaccine-preventable disease without the vaccine ("protege del sarampión sin pinchazos")
          `|(?=proteg|inmuniz)(?<!(?:vacun|mmr|srp|triple${S}viral|dosis|inmuniz|pentavalente|hexavalente|refuerzo|booster)[\\p{L}]{0,8}[^.;!?]{0,40})(?:protege|protegen|protegerá|inmuniza|inmunizan)${S}(?:a${S}(?:tus|sus|los|las|mis|nuestros)${S}(?:hijos|hijas|niños|niñas|bebés|pequeños)${S})?(?:contra|de|del)${S}(?:la${S}|el${S}|los${S}|las${S})?(?:sarampión|paperas|rubéola|polio|tos${S}ferina|varicela|tétanos|rabia|tifoidea|fiebre${S}amarilla|difteria|meningitis|vph)` +
          `|(?:para|pa|por)${S}qu[eé]${S}(?:vacunar(?:te|se|los|las|lo|la)?|(?:tanta|tantas|la|las)${S}vacunas?)(?![\\p{L}])` +
          `|(?:se${S})?(?:inmunizan|inmuniza|inmunizaron|inmunizó|protegen|protege)${S}(?:sol[oa]s|naturalmente|de${S}(?:forma|manera)${S}natural)(?![\\p{L}])(?![^.!?\\n]{0,40}(?:al${S}(?:pasar|tener|enfermar)|después${S}de${S}(?:pasar|tener|enfermar)|con${S}la${S}(?:enfermedad|infección)))` +
          `|(?=previen|evit|blind)(?<!(?:vacun|mmr|srp|triple${S}viral|dosis|inmuniz|pentavalente|hexavalente)[\\p{L}]{0,8}[^.;!?]{0,40})(?:previene|previenen|prevendrá|evita|evitan|evitará|blinda|blindan)${S}(?:a${S}(?:tus|sus|los|las|mis|nuestros)${S}(?:hijos|hijas|niños|niñas|bebés|pequeños)${S}(?:contra|de|del)${S})?(?:la${S}|el${S}|los${S}|las${S})?(?:sarampión|paperas|rubéola|polio|tos${S}ferina|varicela|tétanos|difteria|meningitis|vph|virus${S}del${S}papiloma)` +
          `|(?<!si${S}(?:usted${S}|tú${S})?)(?:no|nunca|jamás)${S}(?:pienso|pensamos|voy${S}a|vamos${S}a|volveré${S}a|volveremos${S}a)${S}vacunar\\p{L}{0,4}|(?:nunca|jamás)${S}(?:vacunaría|vacunaríamos|me${S}vacunaría)` +
          `|(?:niños|niñas|hijos|hijas|bebés|nietos|personas)${S}(?:no|sin)${S}(?:vacunad[oa]s|vacunas)${S}(?:son|están|crecen|viven|se${S}enferman)${S}(?:más${S}|mucho${S}más${S})?(?:san[oa]s|fuertes|menos|sanit[oa]s)` +
          `|(?:es|son)${S}(?:la|las|mi|mis|nuestra|nuestras|tu|su)${S}vacunas?${S}(?:de${S}(?:dios|la${S}naturaleza|la${S}abuela)|natural(?:es)?)(?![\\p{L}])` +
          `|(?:es|son)${S}(?:la${S}|las${S})?(?:mejor|mejores|única|verdadera|auténtica)${S}vacunas?(?!${S}(?:que|disponible|contra${S}la${S}desinformación))(?![\\p{L}])` +
          `|(?:nunca|jamás|no)${S}(?:se${S}|me${S}|nos${S})?(?:han|ha|he|hemos)${S}vacunado${S}(?:y|pero)${S}(?:están|estamos|está|estoy|son|somos|nunca|jamás)` +
          `|(?:no|nunca)${S}(?:vacun[eéó]|vacunamos|vacuno|vacunaré|vacunaremos|vacunes|vacunen)${S}(?:a${S})?(?:mis|mi|sus|su|nuestros|nuestras|los|las|tus|tu)${S}(?:hijos|hijas|niños|niñas|bebés|bebé|hijo|hija|niña|niño|nietos|chamacos)`
      ),
    },
    // suppressed knowledge
    // An authority of medicine that hides, hates or lives off illness ("los ópticos odian", "la OMS lo sabe y lo oculta", "lo que
    // nunca te contó tu oncólogo", "la medicina oficial te mantiene enferma", "está tapado por las farmacéuticas").
    {
      id: 'supp.authority',
      kind: 'suppressed-knowledge',
      pattern: fold(
        // The authority is read behind its predicate: the predicate's words, not every word the authority's stems allow, trigger it.
        `(?:(?<=(?<![\\p{L}])${SUPP_AUTHORITY}${S}(?:(?:solo|sólo|nomás|ya|lo${S}saben?${S}y)${S})?)(?:` +
          // what they do to the remedy or to the patient
          `(?:(?:te|le|les|nos|os|se|me)${S})?(?:(?:lo|la|los|las)${S})?(?:odian|odia|callan|calla|ocultan|oculta|esconden|esconde|tapan|silencian|silenció|entierran|enterraron|prohibieron|prohíben|censuran|censuraron|persiguen|persiguieron|mienten|miente|mintieron` +
          `|mantienen${S}enferm[oa]s?|mantiene${S}enferm[oa]s?|tienen${S}enganchad[oa]s|(?:solo${S})?quieren${S}(?:sacar(?:te|nos|les)?${S}(?:el${S})?dinero|vender(?:te|nos|les)?|que${S}sigas${S}(?:pagando|enferm[oa]|medicad[oa]|tomando))` +
          `|viven${S}de${S}(?:los|tus|sus)${S}enfermos|lucran${S}con|pagan${S}para${S}que${S}no)` +
          // what they do not tell
          `|(?:no|nunca|jamás)${S}(?:(?:te|le|les|nos|os|se)${S})?(?:(?:lo|la|los|las)${S})?(?:dicen|cuentan|contó|contaron|enseñan|mencionan|quieren${S}(?:que${S}(?:sepas|sepa|se${S}sepa|escuches|lo${S}sepas)|contar(?:te|les|nos)|decir(?:te|les|nos))))` +
          `|(?:tapad|silenciad|ocultad|prohibid|censurad|enterrad)[oa]s?${S}por${S}${SUPP_AUTHORITY}` +
          `|(?:lo${S}que${S}|algo${S}que${S}|esto${S})(?:nunca${S})?(?:te${S}|les${S}|nos${S}|os${S})?(?:contó|dijo|dice|cuenta)${S}(?:tu|su)${S}(?:médic[oa]|doctor(?:a)?|[a-zñáéíóú]{3,14}ólog[oa]|[a-zñáéíóú]{3,10}iatra))(?![\\p{L}])`
      ),
    },
    {
      id: 'supp.know',
      kind: 'suppressed-knowledge',
      pattern: fold(
        `(?:no|nunca|jamás)${S}(?:te${S}|le${S}|les${S}|nos${S}|me${S})?(?:quieren|quiere|querrán|quería|querían)${S}que${S}(?:(?:usted|ustedes|tú|vos|la${S}gente|el${S}público|nadie)${S})?(?:lo${S}|la${S}|esto${S})?(?:sepas|sepa|sepan|sepamos|supieras|supiera|supieran|supiéramos|te${S}enteraras|se${S}enterara|conozcas|conozca|conozcan|descubras|descubra|te${S}enteres|se${S}enteren|leas|veas|vean|se${S}(?:sepa|sepan|conozca|conozcan|descubra|entere|enteren|difunda|publique|haga${S}público)|salga${S}a${S}la${S}luz|salgan${S}a${S}la${S}luz|te${S}cures|se${S}cure|se${S}curen|nos${S}curemos|sanes|sane|te${S}sanes)(?![\\p{L}])` +
          // what the reader would use, with the suppressor named just before ("el remedio que la FDA no quiere que uses")
          `|(?<=(?<![\\p{L}])${SUPPRESSOR}${S}(?:${W}){0,1})(?:no|nunca|jamás)${S}(?:te${S}|le${S}|les${S}|nos${S})?(?:quieren|quiere|querrán|quería|querían)${S}que${S}(?:(?:lo|la|los|las|esto)${S})?(?:uses|use|usen|pruebes|pruebe|prueben|tomes|tome|tomen|compres|compre|compren|tengas|tenga|tengan|encuentres|encuentre)(?![\\p{L}])` +
          `|(?:no|nunca|jamás)${S}(?:te|le|les|nos)${S}(?:lo${S})?(?:van|va)${S}a${S}(?:decir|contar|enseñar|mostrar|recetar|recomendar|explicar|hablar${S}de|mencionar|revelar)` +
          `|(?:(?:no|nunca|jamás)${S}(?:te|le|les|nos)${S}(?:lo${S})?${TELL_PL}|(?:nunca|jamás)${S}(?:te|le|les|nos)${S}(?:lo${S})?${TELL_SG})(?![\\p{L}])(?!${S}(?:nada|si|cuando|qué|cómo|cuánto)(?![\\p{L}]))` +
          // they know and keep quiet ("muchos oncólogos lo saben y callan"), a norm or a fear made up by the industry ("los rangos los
          // inventaron las farmacéuticas", "eso es un mito de las farmacéuticas"), a cure bought to be buried ("…se la quisieron
          // comprar para desaparecerla")
          `|(?:lo|la)${S}saben${S}(?:y|pero)${S}(?:se${S}lo${S}|lo${S})?(?:callan|ocultan|esconden|no${S}(?:lo${S})?dicen)(?![\\p{L}])(?<=(?<![\\p{L}])${SUPPRESSOR}${S}(?:(?:ya|bien|muy${S}bien)${S})?(?:lo|la)${S}saben[^.!?\\n]{1,30})` +
          `|(?:l[oa]s?${S}(?:inventaron|inventó|crearon|creó|fabricaron)|(?:un|una|el|la|puro|pura)${S}(?:mito|invento|mentira|cuento)${S}de)${S}(?:las${S}|los${S}|la${S})?(?:grandes${S})?(?:farmacéuticas|laboratorios|industria${S}farmacéutica|big${S}pharma)(?![\\p{L}])` +
          `|(?:desaparecerl|ocultarl|esconderl|enterrarl)[oa]s?(?![\\p{L}])(?<=(?<![\\p{L}])(?:farmacéuticas|laboratorios|industria|gobierno|médicos|fda)[^.!?\\n]{0,80})` +
          // "esto no te lo dirá tu médico": the professional named as the one who keeps it quiet
          `|no${S}(?:te|le|les|nos)${S}(?:lo|la|esto)${S}(?:${TELL_SG}|va${S}a${S}(?:decir|contar|mencionar))${S}(?:tu|su|ningún|ninguna|el|la)${S}(?:médic[oa]|doctor[a]?|dentista|[a-zñáéíóú]{2,12}ólog[oa]|farmacéutic[oa]|pediatra|especialista)(?![\\p{L}])` +
          `|(?:(?:ocult|call|tap|silenci|censur|guard)(?:an|aron|aban)|escond(?:en|ieron|ían)|(?:han|habían)${S}(?:ocultado|escondido|callado|tapado|guardado))(?![\\p{L}])(?<=(?<![\\p{L}])(?:nos|te|les|le|se)${S}(?:lo|la|los|las)${S}(?:(?:han|habían)${S})?\\p{L}{5,12})(?!${S}(?:a${S}(?:su|sus|mi|mis|tu|tus)${S}(?:familia|hij|espos|mamá|papá|padres)))` +
          // never told of this, in the past ("¿por qué tu doctor nunca te habló de esto?")
          `|(?:nunca|jamás)${S}(?:te|le|les|nos)${S}(?:(?:ha|han)${S})?(?:habló|hablaron|hablado|mencionó|mencionaron|mencionado|dijo|dijeron|dicho|contó|contaron|contado|recomendó|recomendaron|recomendado)${S}(?:de${S})?(?:esto|est[ea]s?${S}(?:remedios?|secretos?|planta|hierba|té|método|tratamiento))(?![\\p{L}])` +
          // not let out ("la cura existe, pero no la dejan salir")
          `|no${S}(?:la|lo|los|las)${S}(?:dejan|dejaron|dejarán|quieren|quisieron)${S}(?:salir|sacar|vender|circular|publicar|usar|llegar|entrar|pasar|difundir|conocer|importar)(?![\\p{L}])` +
          // hidden from us, any tense ("nos esconden la verdad", "te ocultaron la cura")
          `|(?:${HIDE})(?<=(?<![\\p{L}])(?:nos|te|les|le|os)${S}\\p{L}{3,14}(?:${S}(?:en${S})?secreto)?)${S}(?:(?:la|el|los|las|esta|este|toda${S}la)${S})?(?:verdad|cura|curas|remedios?|secretos?|información|tratamientos?|estudios?|esto|lo${S}que)(?![\\p{L}])` +
          // not taught at medical school ('esto no lo enseñan en la facultad')
          `|(?:no|nunca|jamás)${S}(?:(?:te|le|les|nos)${S})?(?:lo${S}|la${S}|esto${S})?(?:enseñan|enseñarán|enseñaron|ven|vemos|mencionan)${S}en${S}(?:(?:la|el|las|los)${S})?(?:escuelas?|facultad(?:es)?|universidad(?:es)?|carrera|residencia)` +
          // nobody tells it ("hay una cura y nadie te lo dice", "por eso nadie habla de este té"), what is not heard from the doctor
          // or on the news ("esto no lo vas a escuchar de tu médico", "lo que no sale en las noticias")
          `|nadie${S}(?:(?:te|le|les|nos|se)${S})?(?:lo|la|esto)${S}(?:dice|dijo|cuenta|contó|menciona|enseña|va${S}a${S}(?:decir|contar))(?![\\p{L}])|nadie${S}(?:(?:te|le|les|nos)${S})?(?:habla|hablará|habló|menciona)${S}de${S}(?:esto|ell[oa]|est[ea]s?${S}\\p{L}{2,15})` +
          `|(?:la${S}ciencia|la${S}verdad|el${S}secreto|el${S}remedio|la${S}cura|lo)${S}que${S}nadie${S}(?:te|le|les|nos)(?![\\p{L}])` +
          `|(?:no|nunca|jamás)${S}(?:(?:lo|la|esto)${S})?(?:(?:vas|va|van)${S}a${S})?(?:(?:escuchar|oír|escucharás|oirás|escuchará|oirá|escucharán|oirán)${S}(?:de${S}(?:boca${S}de${S})?|en${S})(?:tu|su|ningún|ninguna|el|la|los|las)|(?:encontrar|ver|conseguir|encontrarás|verás)${S}en${S}(?:ningún|ninguna))${S}(?:médic|doctor|dentista|farmac|hospital|consultorio|clínica|noticias|tele|\\p{L}{2,12}ólog)\\p{L}{0,8}` +
          `|que${S}no${S}(?:sale|salen|pasan|ponen|dicen|verás)${S}en${S}(?:las${S}noticias|la${S}(?:tele|televisión|radio)|los${S}medios|el${S}noticiero)` +
          // not wanting to tell it ("lo que los oncólogos no te quieren contar"), the rhetorical "why did your doctor never…",
          // the patent bought up, the profit in the reader's illness, a video taken down for the truth
          `|(?:no|nunca|jamás)${S}(?:te|le|les|nos)${S}(?:lo${S}|la${S})?(?:quieren|quiere|querían|quisieron)${S}(?:decir|contar|enseñar|mostrar|revelar|explicar)(?![\\p{L}])` +
          `|por${S}qué${S}(?:crees${S}que${S}|será${S}que${S}|piensas${S}que${S})?(?:${W}){0,3}?(?:nunca|jamás|no)${S}(?:te|le|les|nos)${S}(?:(?:ha|han)${S})?(?:habló|hablaron|hablado|dijo|dijeron|dicho|mencionó|mencionaron|contó|contaron|recetó|recetaron|recomendó|recomendaron|habla|hablan|dice|dicen|recomienda|recomiendan|receta|recetan|menciona|mencionan|cuenta|cuentan)(?![\\p{L}])` +
          `|(?:compraron|compran|compró|compra)${S}(?:la|las|su|sus)${S}patentes?(?=${S}(?:${W}){0,3}?(?:para${S}que${S}(?:nadie|no)|para${S}(?:esconder|ocultar|guardar|enterrar)|y${S}(?:la|lo|las|los)${S}(?:guardaron|escondieron|enterraron|engavetaron)))` +
          `|(?:gana|ganan|ganaría|ganarían|lucra|lucran|vive|viven)${S}(?:más${S}|dinero${S}|mucho${S})?(?:si|mientras|con${S}que)${S}(?:sigues|sigas|siga|sigan|sigamos|estés|estén|estás|están|estamos)${S}enferm[oa]s?` +
          `|(?:les|le)${S}conviene${S}(?:callar(?:se|lo)?|ocultar(?:lo|la)?|esconder(?:lo|la)?)(?![\\p{L}])` +
          `|(?:lo|la|los|las)${S}(?:borraron|bajaron|eliminaron|censuraron)${S}(?:de${S}(?:youtube|facebook|tiktok|instagram|internet|las${S}redes)${S})?(?:${W}){0,2}?porque${S}(?:dice|decía|dicen|cuenta|contaba|revela|revelaba)${S}la${S}verdad` +
          `|(?:prefieren|prefiere|preferirían)${S}que${S}no${S}(?:sepas|sepa|sepan|conozcas|conozca|conozcan|descubras|te${S}enteres|te${S}cures|te${S}cures)(?![\\p{L}])` +
          `|lo${S}que${S}(?:${W}){0,3}(?:no|nunca|jamás)${S}(?:te|le|les|nos)${S}(?:lo${S})?(?:dice|dirá|cuenta|contará|enseña|muestra|receta|explica|va${S}a${S}(?:decir|contar))` +
          // who hides it: the look-behind runs where a hiding verb matched
          `|(?:${HIDE}|no${S}(?:lo|la|los|las)${S}(?:dicen|cuentan|mencionan|publican|reconocen|admiten)(?![\\p{L}]))(?<=(?<![\\p{L}])${SUPPRESSOR}${S}(?:${W}){0,3}\\p{L}{4,12})` +
          `|(?<=(?<![\\p{L}])${SUPPRESSOR}${S}(?:${W}){0,1})no${S}(?:(?:te|le|les|nos)${S})?(?:(?:lo|la|los|las)${S})?(?:quieren|quisieron|querían)${S}(?:ofrecer|ofrecerl[oa]s?|dar|darl[oa]s?|recetar|recetarl[oa]s?|aceptar|reconocer|admitir|usar)(?![\\p{L}])|(?:quiere|quieren|quería|querían|tratan?${S}de|intentan?)${S}(?:esconder|ocultar|callar|censurar|silenciar|prohibir|enterrar)(?:l[oa]s?)?(?![\\p{L}])|(?:big|gran)${S0}pharma|no${S}les${S}conviene|(?=porque)(?<=(?:cura|remedio|tratamiento|vend|recet|patent|investig|medicina|medicamento|fármaco|vacuna|estudi|ocult|escond|call|prohib|censur|saber|sepa|dice|dicen|cuenta)\\p{L}{0,8}[^.;!?\\n]{0,80})porque${S}no${S}(?:es|sería|les${S}(?:es|deja|dejaría))${S}(?:negocio|rentable|ganancias?|dinero)|no${S}(?:se${S})?(?:puede|pueden|pudieron|podían)${S}patentar|no${S}(?:te|nos|los|les|la|lo)${S}(?:quiere|quieren)${S}san[oa]s?(?![\\p{L}])|(?:fórmula|remedio|cura|tratamiento|producto|libro|video|secreto|planta|hierba)s?${S}prohibid[oa]s?` +
          `|(?:el|los)${S}secretos?${S}que${S}(?:${W}){0,3}(?:no|nunca|jamás)|(?:médicos|doctores|dentistas|farmacéuticas)${S}(?:odian|temen|están${S}furiosos)` +
          `|(?:nos|te|los|les)${S}quieren${S}enferm[oa]s|(?:mantenernos|mantenerte|mantenerlos)${S}enferm[oa]s|para${S}(?:vendernos|venderte)${S}(?:más${S})?(?:pastillas|medicinas|medicamentos)` +
          `|secretos?${S}(?:mejor${S})?guardados?|secretos?${S}(?:de${S}(?:los${S})?|que${S}(?:los${S})?)(?:médicos|doctores|farmacéuticas|dentistas)` +
          `|(?:lo|la)${S}saben${S}(?:${W}){0,1}(?:pero|y)${S}(?:(?:se${S})?(?:lo${S}|la${S})?${HIDE}|no${S}(?:dicen|dijeron|decían)${S}nada)|(?:cura|verdad|remedio|tratamiento|fórmula|secreto|estudio|información)s?${S}(?:${W}){0,3}?que${S}(?:${W}){0,2}${HIDE}` +
          // paid to keep quiet, and the profit motive after a concealment in the sentence ('porque perderían millones')
          `|(?:les?|los|las)${S}pagan${S}(?:por|para)${S}(?:callar|que${S}(?:se${S})?callen|no${S}(?:decir|hablar)|ocultar\\p{L}*|esconder\\p{L}*)` +
          `|(?=porque${S}(?:(?:se${S})?(?:les|nos|los|le)${S})?(?:pierden|perder|pierde|perdí)|(?:los|les|la|lo)${S}dejarí|se${S}(?:les|le)${S}(?:acaba|termina))(?<=(?:${HIDE}|no${S}(?:(?:te|le|les|nos)${S})?(?:lo${S}|la${S}|esto${S})?${TELL})[^.!?\\n]{0,120})(?:porque${S}(?:(?:se${S})?(?:les|nos|los|le)${S})?(?:pierden|perderían|perderán|perdería|pierde|perdían)${S}(?:(?:mucho|el|su|sus)${S})?(?:dinero|millones|negocio|clientes|ganancias)|(?:los|les|la|lo)${S}dejaría(?:n)?${S}sin${S}(?:negocio|trabajo|clientes|ganancias)|se${S}(?:les|le)${S}(?:acaba|acabaría|termina|terminaría)${S}el${S}negocio)` +
          `|(?:lo|la|los|las|me|nos|le|les)${S}(?:censuraron|censuran|silenciaron|callaron|vetaron)` +
          `|(?:lo|la|los|este${S}video|este${S}audio|esta${S}información|este${S}post)${S}(?:van${S}a|quieren|querrán)${S}(?:borrar|censurar|eliminar|bajar)` +
          `|antes${S}de${S}que${S}(?:lo${S}|la${S})?(?:borren|censuren|eliminen|bajen|prohíban)|(?:la${S}ciencia|la${S}verdad)${S}que${S}(?:no${S}te|nadie${S}te)` +
          // kept hidden ("la tienen escondida", "lo mantienen oculto"), and why ("para seguir vendiendo quimio")
          `|(?:lo|la|los|las)${S}(?:tienen|tenían|mantienen|han${S}tenido|han${S}mantenido)${S}(?:bien${S})?(?:escondid[oa]s?|ocult[oa]s?|ocultad[oa]s?|guardad[oa]s?|enterrad[oa]s?|bajo${S}llave|en${S}secreto)` +
          `|(?:para|porque|quieren|prefieren)${S}(?:seguir|sigan|siguen|continuar)${S}(?:vendiendo|vendiéndote|vendiéndole|vendiéndonos|lucrando|cobrando|ganando${S}(?:dinero|millones)|haciendo${S}negocio)` +
          `|(?:curar(?:te|nos)?|una${S}cura|la${S}cura|un${S}(?:paciente|enfermo)${S}curado|la${S}gente${S}sana)${S}no${S}(?:es${S}(?:negocio|rentable)|deja${S}(?:dinero|ganancias)|vende)|(?:paciente|enfermo)${S}curado${S}es${S}(?:un${S})?cliente${S}perdido` +
          `|(?:les|le)${S}conviene${S}que${S}(?:sigas|sigamos|sigan|estés|estemos|estén)${S}enferm[oa]s?|viven${S}de${S}(?:tu|su|nuestra|la)${S}enfermedad|(?:mafia|negocio)${S}(?:médic[oa]|farmacéutic[oa]|de${S}la${S}enfermedad)|(?:industria|mafia|negocio)${S}(?:del${S}cáncer|de${S}la${S}(?:diabetes|quimio|enfermedad)|del${S}(?:sida|alzheimer))` +
          `|(?:médicos|doctores|farmacéuticas|laboratorios|industria|gobierno|pharma|oms|fda|hospitales)${S}(?:${W}){0,2}(?:(?:te|nos|les|le)${S})(?:mienten|miente|mintieron|mintió|engañan|engaña|engañaron|engañó|(?:han|ha)${S}(?:mentido|engañado))` +
          `|(?:nos|te|les)${S}(?:(?:han|habían|ha)${S}(?:estado${S})?)?(?:mentido|engañado|ocultado|mintiendo|engañando|ocultando)${S}(?:sobre|con|acerca${S}de|toda${S}la${S}vida|por${S}(?:años|décadas)|durante${S}(?:años|décadas))(?![\\p{L}])|(?:verdad|cura|información|remedio)${S}(?:oculta|prohibida|censurada|silenciada)|(?:la|lo|los|las)${S}(?:(?:retiraron|sacaron|quitaron)${S}del${S}mercado|prohibieron|prohíben|censuraron|vetaron|desaparecieron)${S}(?:${W}){0,2}?porque${S}(?:sí${S}|realmente${S})?(?:funciona|funcionaba|cura|curaba|curaban|servía|sirve|sana|sanaba)(?![\\p{L}])`
      ),
    },
    // More of the suppression frame, in its own rule so its common first words ("no", "ni", "para", "lo") do not run supp.know's
    // long alternation: a treatment called the industry's fraud ("las estatinas son un engaño de la industria"), not convenient to
    // the suppressors ("eso no conviene a los hospitales"), kept from being heard ("gastaron millones para que nunca escucharas de
    // esta fórmula"), "no es casualidad que nadie hable de…", "ni la FDA ni los doctores te lo van a decir", known for years after a
    // concealment in the sentence; the professions hating it, from the verb ("los dermatólogos lo odian").
    {
      id: 'supp.more',
      kind: 'suppressed-knowledge',
      pattern: fold(
          // the suppressor's motive is money ("los cardiólogos la atacan porque les quita clientes", "el médico de la mutua no os lo va
          // a decir porque pierden dinero", "el cirujano solo quiere su plata", "la diabetes es un invento de la farmacéutica")
          `(?:porque|pues|ya${S}que)${S}(?:(?:les|le|se|nos|te)${S})?(?:pierden|perderían|perdería|pierde|quita|quitan|quitaría|acaba|acabaría)${S}(?:(?:su|sus|el|la|los|las)${S})?(?:dinero|plata|clientes|clientela|negocio|pacientes|ganancias)(?![\\p{L}])(?<=(?<![\\p{L}])(?:${SUPPRESSOR}|médic[oa]|doctor[a]?|cirujan[oa]s?|mutua|seguro)[^.!?\\n]{0,120})` +
          `|(?:solo|sólo|nomás|nada${S}más)${S}(?:quiere|quieren)${S}(?:su|tu|la|el)${S}(?:plata|dinero|lana|billete)(?![\\p{L}])(?<=(?<![\\p{L}])(?:${SUPPRESSOR}|médic[oa]|doctor[a]?|cirujan[oa]s?|mutua|seguro)[^.!?\\n]{0,120})` +
          `|(?:es|son)${S}(?:un|puro|otro)${S}invento${S}de${S}(?:la|las|los|el)${S}(?:farmacéuticas?|laboratorios|industria|médicos|gobierno|pharma)(?![\\p{L}])|` +
          // the suppressor knows and keeps quiet ("los médicos lo saben pero no lo dicen", "tu ginecólogo lo sabe pero no te lo dice")
          `(?<=(?<![\\p{L}])(?:${SUPPRESSOR}|médic[oa]|doctor[a]?|dentista|[a-zñáéíóú]{2,12}ólog[oa]|pediatra)${S}(?:ya${S})?)(?:lo${S})?(?:sabe|saben|sabía|sabían|conoce|conocen)${S0},?${S}pero${S}(?:no|nunca|jamás)${S}(?:(?:te|le|les|nos|se)${S})?(?:lo${S})?(?:dice|dicen|cuenta|cuentan|dirá|dirán|dijo|dijeron|quiere${S}decir|quieren${S}decir|puede${S}decir|pueden${S}decir)(?![\\p{L}])(?!${S}(?:nada|si|cuándo|cómo|qué)(?![\\p{L}]))` +
          // censored or deleted to keep it from people ("¡compártelo antes de que lo borren!", "por eso lo callan")
          `|antes${S}(?:de${S})?que${S}(?:lo|la|los|las|me|nos)${S}(?:borren|eliminen|censuren|bajen|quiten|cierren)(?![\\p{L}])` +
          `|por${S}eso${S}(?:lo|la|los|las)${S}(?:callan|ocultan|esconden|censuran|borran|prohíben|persiguen)(?![\\p{L}])` +
          `|(?:lo|la|los|las)${S}(?:borran|borraron|censuran|censuraron|bajan|bajaron|eliminan|eliminaron)${S}(?:de|en)${S}(?:youtube|facebook|tiktok|instagram|internet|las${S}redes)` +
          `|(?:engaño|invento|fraude|farsa|montaje|cuento|negociazo)${S}(?:de|del)${S}(?:(?:la|las|los|el)${S})?(?:industria|farmacéuticas|big${S0}pharma|laboratorios|gobierno|sistema)(?![\\p{L}])` +
          `|no${S}(?:(?:le|les)${S})?(?:conviene|convienen|convenía|convendría)${S}a${S}(?:(?:los|las|la|el)${S})?${SUPPRESSOR}(?![\\p{L}])` +
          `|(?=para${S}que${S}(?:(?:tú|usted|ustedes|la${S}gente|el${S}público|esto|eso|la${S}verdad|la${S}cura)${S})?(?:no|nunca|jamás|nadie)${S})(?<=(?<![\\p{L}])(?:${SUPPRESSOR}|millones|gastaron|gastan|pagaron|pagan)[^.!?\\n]{0,80})para${S}que${S}(?:(?:tú|usted|ustedes|la${S}gente|el${S}público|esto|eso|la${S}verdad|la${S}cura)${S})?(?:no|nunca|jamás|nadie)${S}(?:(?:te|se|le|les|nos)${S})?(?:(?:lo|la)${S})?(?:sepas|sepa|sepan|supieras|supiera|supieran|conozcas|conozca|conozcan|conocieras|conociera|conocieran|escuches|escuche|escuchen|escucharas|escuchara|escucharan|oigas|oyeras|descubras|descubra|descubrieras|descubriera|enteres|entere|enteren|enteraras|enterara|enteraran|uses|usaras|pruebes|probaras)(?![\\p{L}])` +
          `|(?:no${S}es${S}(?:casualidad|coincidencia)|por${S}algo|qué${S}curioso|curiosamente|será${S}casualidad)${S}que${S}(?:nadie|ningún${S}(?:médico|doctor)|(?:los|tu|su)${S}(?:médicos?|doctor(?:es)?)${S}no)${S}(?:(?:te|le|les|nos|lo|la)${S})?(?:hable|hablen|diga|digan|mencione|mencionen|conozca|conozcan|recete|receten|recomiende|recomienden|cuente|cuenten)(?![\\p{L}])` +
          `|ni${S}(?:(?:la|el|los|las|tu|su|tus|sus)${S})?(?:médic[oa]s?|doctor(?:a|es)?|fda|farmac\\p{L}{0,8}|industria|gobierno|oms|hospital(?:es)?|laboratorios|dentistas?|especialistas?|[a-zñáéíóú]{2,12}ólog[oa]s?)${S}(?:${W}){0,1}?ni${S}(?:${W}){1,3}?(?:te|le|les|nos)${S}lo${S}(?:(?:van|va)${S}a${S}(?:decir|contar|enseñar|mencionar|recetar|recomendar|explicar)|${TELL_PL})(?![\\p{L}])` +
          `|(?=(?:lo|la|esto)${S}(?:saben|sabían|han${S}sabido)${S})(?<=(?:ocult|escond|call|tap|censur|silenci)\\p{L}{0,6}[^.!?\\n]{0,120})(?:lo|la|esto)${S}(?:saben|sabían|han${S}sabido)${S}(?:desde${S}hace${S}(?:años|décadas|mucho)|de${S}sobra|perfectamente|muy${S}bien)(?![\\p{L}])` +
          `|ningún${S}(?:médico|doctor|especialista|hospital|laboratorio|\\p{L}{2,12}ólogo)${S}(?:(?:te|le|les|nos)${S})?(?:lo|esto)${S}(?:(?:va|van)${S}a${S})?(?:decir|dirá|admitir|admitirá|admite|reconocer|reconocerá|reconoce|aceptar|aceptará|acepta|contar|contará|cuenta)(?![\\p{L}])` +
          `|(?=(?:se${S})?quedar(?:ían|ía)${S}sin${S}(?:trabajo|negocio|clientes|pacientes|ganancias)(?![^.!?\\n]{0,30}si${S}no(?![\\p{L}])))(?<=(?<![\\p{L}])(?:médicos|doctores|farmacéuticas|hospitales|laboratorios|dentistas|industria|farmacias|\\p{L}{2,12}ólogos)[^.!?\\n]{0,60})(?:se${S})?quedar(?:ían|ía)${S}sin${S}(?:trabajo|negocio|clientes|pacientes|ganancias)` +
          `|prohibid[oa]s?${S}(?:en${S}(?:[\\p{L}.]{2,12}${S}){1,3})?porque${S}(?:sí${S}|realmente${S})?(?:funciona|funcionaba|cura|curaba|sirve|servía|sana|sanaba)(?![\\p{L}])` +
          `|(?:odian|odiarán|detestan)(?![\\p{L}])(?<=(?<![\\p{L}])(?:médicos|doctores|dentistas|farmacéuticas|farmacias|laboratorios|\\p{L}{2,12}ólog[oa]s)${S}(?:(?:lo|la|los|las|te|nos|le|les)${S})?(?:odian|odiarán|detestan))` +
          // the motive named outright ("porque es negocio", "necesita que sigas enfermo", "por eso nunca te dicen que…")
          `|porque${S}(?:es|son)${S}(?:(?:un|puro|su)${S})?(?:negocio|negociazo)(?![\\p{L}])|porque${S}de${S}(?:eso|ello|esto)${S}(?:comen|viven)(?![\\p{L}])` +
          `|por${S}eso${S}(?:nunca|no|jamás)${S}(?:te|le|les|os|nos)${S}(?:lo${S})?(?:dicen|cuentan|dirán|contarán|mencionan|hablan${S}de)(?![\\p{L}])(?!${S}(?:nada|si|cuando|cómo|cuánto)(?![\\p{L}]))` +
          `|por${S}eso${S}no${S}(?:sale|salen|lo${S}(?:pasan|ponen|sacan))${S}en${S}(?:la${S}(?:tele|televisión|radio)|las${S}noticias|los${S}medios|el${S}noticiero)` +
          `|(?:invento|cuento|mentira|excusa|truco)${S}(?:(?:de${S}(?:los|las|la|el)${S})?${SUPPRESSOR}${S})?para${S}(?:vender(?:te|les|nos|le)?|cobrar(?:te|les|nos|le)?|sacar(?:te|les|nos|le)${S}(?:el${S})?dinero)(?![\\p{L}])` +
          `|(?:necesita|necesitan|quiere|quieren)${S}que${S}(?:(?:tú|usted|ustedes|la${S}gente)${S})?(?:sigas|sigamos|sigan|siga|estés|estemos|estén)${S}(?:enferm[oa]s?|medicad[oa]s?)(?![\\p{L}])` +
          `|no${S}(?:le|les)${S}conviene${S}que${S}(?:(?:tú|usted|ustedes|la${S}gente)${S})?(?:sepas|sepa|sepan|te${S}cures|se${S}cure|se${S}curen|sanes|sane|sanen)(?![\\p{L}])` +
          `|(?<=(?<![\\p{L}])${SUPPRESSOR}${S}(?:${W}){0,1})(?:quebrarían|quebraría|se${S}arruinarían|se${S}arruinaría|no${S}quieren${S}perder${S}(?:(?:su|la|el|sus)${S})?(?:plata|dinero|negocio|clientes|ganancias))(?![\\p{L}])`
      ),
    },
    // No need to give anything up ("no tienes que dejar de comer nada"), weight in the sentence, no portions or balance after.
    {
      id: 'ewl.noNeed',
      kind: 'effortless-weight-loss',
      pattern: fold(
          `no${S}(?:tienes|tiene|tienen|tenéis|tendrás|tendrá|hay|necesitas|necesita|necesitáis)${S}que${S}(?:dejar${S}de${S}comer|hacer${S}(?:dieta|ejercicio)|matarte|ir${S}al${S}(?:gym|gimnasio)|pisar${S}(?:el${S})?(?:gym|gimnasio)|pasar${S}hambre|contar${S}calorías|sufrir|hacer${S}nada)(?![\\p{L}])(?![^.!?\\n]{0,80}(?:porci[oó]n|porciones|moderaci[oó]n|balance|equilibr|solo${S}(?:reduc|control|cuid)|basta${S}con))` +
          `(?:(?<=(?:peso|kilos|kilitos|libras|tallas|grasa|panza|barriga|adelgaz\\p{L}{0,5}|baj[eéoóa]\\p{L}{0,5})[^.!?\\n]{0,80})|(?=[^.!?\\n]{0,80}(?:peso|kilos|kilitos|libras|tallas|grasa|panza|barriga|adelgaz|bajando|bajar|bajas|pierdes|perder)))`
      ),
    },
    // Out of the visit already cured ("sales de la cita sin dolor"), unless proven care gets the credit.
    {
      id: 'instant.walkOut',
      kind: 'instant-results',
      pattern: fold(
          `(?=(?:sales|sale|salen|salí|salió|salieron|saldrás|saldrá|saldrán)${S}de)(?<!${CARE}\\p{L}{0,8}[^.!?\\n]{0,80})(?:sales|sale|salen|salí|salió|salieron|saldrás|saldrá|saldrán)${S}(?:de${S}(?:la|el|tu|su|mi|nuestr[oa])${S}(?:primera${S})?(?:cita|consulta|sesión|clínica|consultorio|aplicación)|del${S}(?:consultorio|spa|centro))${S}(?:ya${S})?(?:sin${S}(?:dolor|molestias|síntomas)|(?:totalmente${S}|completamente${S})?(?:curad[oa]s?|aliviad[oa]s?|como${S}nuev[oa]s?|renovad[oa]s?|libres?${S}de))(?![\\p{L}])`
      ),
    },
    // Stopping little by little ("pueden ir dejando la metformina", "puedes ir guardando el inhalador"), a modal with "olvidarse
    // de" ("usted puede olvidarse del CPAP"), no longer wanting it ("ya no quieren inyectarse insulina").
    {
      id: 'repl.gradual',
      kind: 'treatment-replacement',
      pattern: fold(`(?:puede|puedes|pueden|podéis|podrá|podrás|podrán|podréis|podemos|vas${S}a|va${S}a|van${S}a|vais${S}a|vamos${S}a)${S}(?:ir${S}(?:dejando|guardando|tirando|retirando|quitando|soltando|(?:olvidándo|despidiéndo)(?:te|se|nos|os)${S}de(?:l)?)|olvidar(?:te|se|nos|me|os)${S}(?:para${S}siempre${S})?de(?:l)?)(?![\\p{L}])|ya${S}no${S}(?:quiere|quieren|quieres|quiero|queremos)${S}(?:seguir${S}(?:tomando|usando|inyectándo(?:se|te|me))|tomar|usar|inyectar(?:se|te|me)?|depender${S}de(?:l)?)(?![\\p{L}])`),
      needs: 'treatment',
    },
    // The natural way chosen over the treatment named before ("me recetaron quimio pero preferí la medicina natural"), unless it
    // ended badly.
    {
      id: 'repl.chose',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?:preferí|prefirió|preferimos|prefirieron|opté${S}por|optó${S}por|optamos${S}por|elegí|eligió|elegimos|escogí|escogió)${S}(?:(?:la|lo|los|las|un|una|mejor)${S})?(?:medicina${S}(?:natural|alternativa|tradicional)|naturales?|naturista|remedios?(?:${S}caseros?|${S}naturales?)?|hierbas|plantas|homeopat\\p{L}{1,4}|tratamiento${S}natural|curanderos?)(?![\\p{L}])` +
          `(?![^.!?\\n]{0,100}(?:falleci|murió|muri[eé]ndo|empeor|se${S}agrav|se${S}complic|arrepient|arrepentí|metástasis|hospitaliz|internad))`
      ),
      needs: 'treatment-before',
    },
    // Treatment dropped in the syntax of everyday Spanish: taken off it ("le saqué la insulina", "les quito los corticoides"; not
    // by proven care: "la operación me quitó los lentes", nor a device taken off: "me quité los lentes para la foto"),
    // nothing of it ("ni quimio ni nada", "ni bypass ni stent"), or declared unneeded ("la radioterapia no hace falta",
    // "el Evrysdi sobra").
    {
      id: 'repl.dropped',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?<=(?<![\\p{L}])(?:le|les|me|te|nos)${S})(?:saqu[eé]|sac(?:ó|amos|aron|o|a|an)|quit(?:é|ó|amos|aron|o|a|an)|retir(?:é|ó|amos|aron|o|a|an))${S}(?:la|el|los|las|su|sus|toda${S}la|todos${S}los|todas${S}las)${S}(?!(?:lentes|gafas|anteojos|audífonos|aparatos|prótesis|frenos|brackets|yeso|puntos|férula|collarín|parches?|medias|faja|vendas?)(?![\\p{L}]))(?:${T})(?![\\p{L}])(?<!${CARE}\\p{L}{0,8}[^.!?\\n]{0,120})` +
          `|ni${S}(?:(?:el|la|los|las)${S})?(?:${T})${S}ni${S}(?:nada|(?:(?:el|la|los|las)${S})?(?:${T}))(?![\\p{L}])` +
          `|(?<=(?<![\\p{L}])(?:el|la|los|las)${S}(?:${T})${S}(?:ya${S})?)(?:no${S}(?:hace|hacen)${S}falta|no${S}(?:es|son)${S}necesari[oa]s?|sobra|sobran|está${S}de${S}más|están${S}de${S}más)(?![\\p{L}])`
      ),
    },
    // Taking someone to the doctor no more ("ya no lleves a la niña al pediatra"), the professional named after it.
    { id: 'repl.bring', kind: 'treatment-replacement', pattern: fold(`(?:ya${S})?no${S}(?:(?:l[oa]s?|le|les)${S})?(?:lleves|lleve|lleven|llevo|llevamos|llevé|llevaré|llevamos)(?![\\p{L}])`), needs: 'treatment' },
    // Organs as new ("rodillas nuevas sin cirugía", "un hígado nuevo"): a reversal, unless an implant or surgery gives them.
    {
      id: 'reversal.newOrgan',
      kind: 'disease-reversal',
      pattern: fold(`(?:rodillas?|articulaciones|cartílagos?|hígado|riñones|riñón|páncreas|pulmones|corazón|arterias|neuronas|columna|caderas?|meniscos?|discos?)${S}(?:como${S})?nuev[oa]s?(?![\\p{L}])(?<!(?:prótesis|implante|reemplazo|trasplante|cirugía|operación)${S}(?:de${S})?(?:${W}){0,2}\\p{L}+${S}(?:como${S})?nuev[oa]s?)(?![^.!?\\n]{0,80}(?:prótesis|implante|reemplazo|trasplante))`),
    },
    // Results in a few hours or days for a condition around them ("derrite la grasa … resultados en 24 horas"), not a lab's turnaround.
    {
      id: 'instant.results',
      kind: 'instant-results',
      pattern: fold(`(?<!(?:prueba|análisis|examen|exámenes|estudio|laboratorio|biopsia|test|muestra|tus|sus|su|tu|cultivo|papanicolaou|mamograf)\\p{L}{0,8}[^.!?\\n]{0,60})resultados${S}(?:visibles${S})?en${S}(?:solo${S}|apenas${S}|tan${S}solo${S})?(?:\\d{1,2}|un[ao]?|dos|tres|media)${S0}(?:${UNIT}|días?|hora)(?![\\p{L}])(?![^.!?\\n]{0,60}(?:prueba|análisis|examen|laboratorio|biopsia|portal|correo|llamada))`),
      needs: 'health-around',
    },
    // A result of the body at once, the moment named next to it ("sale caminando el mismo día", "ves perfecto al salir del
    // quirófano", "al minuto ya no sientes nada", "la primera noche dormí ocho horas", "te deshinchas al momento"), unless proven
    // care or a prosthesis gets the credit in the sentence.
    {
      id: 'instant.sameDay',
      kind: 'instant-results',
      pattern: fold(
        // The test for care before the result runs at the match's end, once per match, not at every word the trigger allows.
        `(?:${BODY_AT_ONCE}[^.!?\\n]{0,30}?${MOMENT}|${MOMENT}${S0},?${S0}(?:ya${S})?[^.!?\\n]{0,30}?${BODY_AT_ONCE})(?![\\p{L}])(?<!(?:${CARE}|prótesis|reemplazo|implante)\\p{L}{0,8}[^.!?\\n]{0,160})(?![^.!?\\n]{0,80}${CARE})`
      ),
    },
    // Feeling new within minutes or hours ("salí nueva en 10 minutos", "te sientes otra persona en una hora").
    // A few doses, then the result, joined by "y" ("una toma y sale nuevo", "dos frotaciones y se levanta caminando", "3 sesiones y
    // listo", "una pastilla y adiós"): the count of doses is the time it takes.
    {
      id: 'instant.fewDoses',
      kind: 'instant-results',
      pattern: fold(
        `(?<![\\p{L}\\p{N}])(?:una|dos|tres|un${S}par${S}de|[1-3])${S}(?:sesi(?:ón|ones)|tomas?|dosis|frotaci(?:ón|ones)|frotadas?|untadas?|aplicaci(?:ón|ones)|pastillas?|cápsulas?|cucharadas?|gotas|sobres?|masajes?|limpias?|sobadas?|friegas?|inyecci(?:ón|ones)|frascos?|parches?)${S0},?${S}(?:y|e)${S}(?:ya${S})?` +
          `(?:(?:(?:se|te|le|me)${S})?(?:sale|sales|salga|salgas|salió|levanta|levantas|levantó)${S}(?:nuev[oa]s?|como${S}nuev[oa]s?|curad[oa]s?|caminando|sin${S}(?:dolor|nada)|list[oa]s?)|(?:queda|quedas|quedan|quedó)${S}(?:nuev[oa]s?|como${S}nuev[oa]s?|curad[oa]s?|perfect[oa]s?|list[oa]s?|sin${S}(?:dolor|nada))|(?:se${S}(?:(?:le|te|me)${S})?)(?:quita|quitó|va|fue|fueron|cura|curó|acaba|acabó)|adiós|chao|list[oa](?![\\p{L}]))`
      ),
      needs: 'health-around',
    },
    {
      id: 'instant.newPerson',
      kind: 'instant-results',
      pattern: fold(`(?:salí|salió|saliste|salimos|salieron|sales|sale|quedé|quedó|quedas|me${S}sentí|me${S}siento|te${S}sientes|te${S}sentirás|se${S}siente|amanecí|amaneces)${S}(?:como${S})?(?:nuev[oa]s?|otra${S}persona|otr[oa]|renovad[oa]s?)${S}en${S}(?:solo${S}|apenas${S})?(?:\\d{1,2}|un[ao]?|dos|tres|media)${S0}(?:${UNIT}|días?|hora|noche)(?![\\p{L}])`),
    },
    // "… y ahora nunca más": never again alone at the end of a clause, after a condition in the text.
    {
      id: 'perm.bareNever',
      kind: 'permanence',
      pattern: fold(`(?:(?<=(?:ahora|ya|y)${S})|(?<=[,;:]${S0}))nunca${S}más(?=${S0}(?:[!.,:;\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF]|$))`),
      needs: 'health-line-before',
    },
    // Doing nothing and losing weight ("yo no hago nada y ya bajé 3 tallas"), the fat melting away by itself ("se derrite sola").
    {
      id: 'ewl.nothing',
      kind: 'effortless-weight-loss',
      pattern: fold(`(?:no${S}(?:hago|hice|hace|hizo|hacemos|hicimos|haces|hiciste)${S}nada|sin${S}hacer${S}nada)${S0},?${S}(?:y${S})?(?:(?:ya|aun${S}así|igual)${S})?(?:baj|perd|pierd|adelgac|adelgaz|quem|rebaj)\\p{L}{0,6}` +
        `|se${S}(?:derrite|derriten|esfuma|esfuman|disuelve|disuelven)${S}(?:sol[oa]s?|como${S}por${S}arte${S}de${S}magia|sin${S}(?:esfuerzo|hacer${S}nada))(?![\\p{L}])(?<=(?:grasa|peso|kilos|libras|tallas|panza|barriga|lonjas|llantitas|abdomen|cintura|adelgaz\\p{L}{0,5}|baj[eéoóa]\\p{L}{0,5})[^.!?\\n]{0,90})`),
    },
    // FDA approval stated as marketing (a dated, sourced approval of a named drug passes): "aprobado por la FDA", after other
    // approvers too ("aprobado por dentistas y por la FDA"), and the English participle ("cleared por la FDA")
    {
      id: 'fda.approved',
      kind: 'fda-approval',
      pattern: fold(
        `(?:(?:aprobad|avalad|autorizad|certificad|registrad|respaldad|reconocid)(?:ísim)?(?:o|a|os|as)|approved|cleared)${S}(?:y${S}\\p{L}+${S})?por${S}(?:(?!(?:no|ni|nunca)(?![\\p{L}]))${W}){0,3}?(?:(?:y|e)${S}(?:por${S})?)?(?:la${S})?(?:fda|administración${S}de${S}alimentos${S}y${S}medicamentos)` +
          `(?!${S}(?:el|en|desde)${S}(?:\\d|${MONTHS}))` +
          `|(?:registro|aprobación|aval|certificación|certificado|autorización|visto${S}bueno|luz${S}verde|bendición|sello)${S}(?:de${S}la${S}|de${S}|ante${S}la${S})?fda(?!${S}(?:el|en)${S}(?:\\d|${MONTHS}))|(?<!(?:planta|instalaci[oó]n|instalaciones|fábrica|laboratorio|establecimiento)${S}(?:está${S}|es${S})?)registrad[oa]s?${S}ante${S}la${S}fda` +
          `|fda${S0}(?:approved|cleared|registered|certified)|con${S}(?:la${S})?aprobación${S}de${S}(?:la${S})?fda` +
          // the agency as the subject ("la FDA lo aprobó", "la FDA ya aprobó este suero"), without a date after
          `|fda${S}(?:ya${S})?(?:(?:lo|la|los|las|nos)${S}(?:aprob\\p{L}{1,4}|aval\\p{L}{1,4}|autoriz\\p{L}{1,4}|autoric\\p{L}{1,4}|certific\\p{L}{1,4}|respald\\p{L}{1,4}|reconoc\\p{L}{1,4}|recomiend\\p{L}{1,3}|recomend\\p{L}{1,4})|(?:aprobó|avaló|autorizó|certificó|respalda|avala|recomienda)${S}(?:este|esta|estos|estas|nuestr[oa]s?|mi|mis|el${S}uso${S}de${S}(?:este|esta|nuestr[oa]))(?![\\p{L}]))(?![^.;!?\\n]{0,40}(?:\\d{4}|${MONTHS}))` +
          // the agency after its verb ("lo avala la FDA"), without a date after
          `|(?<!(?:no|nunca|jamás)${S})(?:lo|la|los|las)${S}(?:aprueba|aprobó|avala|avaló|respalda|respaldó|certifica|certificó|autoriza|autorizó|recomienda)${S}(?:la${S})?fda(?![^.;!?\\n]{0,40}(?:\\d{4}|${MONTHS}))` +
          // its seal or number on the label ("sello FDA", "con registro FDA", "aprobado FDA")
          `|(?:sello|registro|certificado|aval|aprobaci[oó]n|aprobad[oa]s?|certificad[oa]s?|avalad[oa]s?)${S}(?:de${S}(?:la${S})?)?fda(?!${S}(?:el|en|desde)${S}(?:\\d|${MONTHS}))` +
          // the regulators of Spain, Mexico, Central and South America and the Caribbean, and the WHO, used the same way
          `|(?:aprobad|avalad|autorizad|certificad|respaldad|recomendad)(?:ísim)?(?:o|a|os|as)${S}(?:y${S}\\p{L}+${S})?por${S}(?:la${S}|el${S})?(?:${REGULATORS_ES})(?![\\p{L}])(?!${S}(?:el|en|desde)${S}(?:\\d|${MONTHS}))` +
          `|(?:aval|sello|aprobación|autorización|visto${S}bueno|luz${S}verde|bendición)${S}(?:de${S}(?:la${S}|el${S})?)(?:${REGULATORS_ES})(?![\\p{L}])(?!${S}(?:el|en|desde)${S}(?:\\d|${MONTHS}))` +
          `|(?:${REGULATORS_ES})${S}(?:ya${S})?(?:lo|la|los|las)${S}(?:tiene|tienen)${S}(?:aprobad|avalad|autorizad|certificad)(?:ísim)?(?:o|a|os|as)(?![\\p{L}])`
      ),
    },
  ];

/**
 * Rules that count only in a text another rule already flags (ClaimPack.flaggedTextRules): the
 * weaker forms of the families, an action with its object but without the quantifier or the
 * certainty the rules above need. "regenera el esmalte", "olvídate del neurocirujano", "cualquier
 * lesión" are red flags next to a cure claim and ordinary words in a clinic's page alone.
 */
const FLAGGED_TEXT_RULES: ClaimRule[] = [
  // An action on the illness or the body: "destruye las células cancerosas", "regenera el esmalte", "limpia las arterias".
  {
    id: 'flagged.repair',
    kind: 'disease-reversal',
    pattern: fold(`(?:${arAny('regener', 'repar', 'restaur', 'remineraliz', 'normaliz', 'regul', 'desinflam', 'destap', 'desbloque', 'cierr', 'borr', 'recuper', 'apag')}|${erIr('revert', 'reviert', 'revirt', 'reduc', 'corrig', 'corrij', 'devolv', 'devuelv', 'reconstru', 'rejuvenec')}|(?:reconstruye|rejuvenece|reduce|corrige)(?:n)?(?![\\p{L}]))`),
    needs: 'health',
  },
  {
    id: 'flagged.destroy',
    kind: 'cure',
    pattern: fold(`(?:destruye(?:n)?(?![\\p{L}])|${erIr('destru', 'disuelv', 'disolv')}|${arAny('mat', 'elimin', 'limpi', 'arrastr', 'quit', 'combat', 'san', 'cur', 'cort')}|${ar('acab')}${S}con|se${S}come(?:n)?(?![\\p{L}]))`),
    needs: 'health',
  },
  // The illness that leaves by itself: "el cáncer se va solito", "los tumores desaparecen".
  {
    id: 'flagged.leaves',
    kind: 'cure',
    pattern: fold(`(?:se${S}(?:va|van|fue|fueron|quita|quitan|quitó|acaba|acaban|acabó|cura|curan|curó|disuelve|disuelven|deshace|deshacen)|desaparece(?:n)?|desapareci(?:ó|eron)|no${S}(?:puede|pueden)${S}(?:vivir|sobrevivir)|no${S}sobrevive(?:n)?)(?![\\p{L}])`),
    needs: 'health-before',
  },
  // Care left behind: "olvídate del neurocirujano", "no vaya al médico", "sin metotrexato", "mejor que ir al pediatra".
  {
    id: 'flagged.replace',
    kind: 'treatment-replacement',
    pattern: fold(`(?:olv[ií]da(?:te|se|los|las|lo|la)?|olvídense|adi[oó]s|(?:ya${S})?no${S}(?:necesit[\\p{L}]{1,5}|vaya|vayas|vayan|pague|pagues|paguen|compres|compre|gastes|gaste)|ni${S}necesit[\\p{L}]{1,5}|sin${S}necesidad${S}de|no${S}(?:se${S}deje|te${S}dejes|se${S}dejen)|mejor${S}que|en${S}(?:lugar|vez)${S}de|${arAny('reemplaz', 'cancel', 'evit', 'bot', 'tir', 'dej')}|${erIr('sustitu')}|sustituye(?:n)?(?![\\p{L}])|suspend[\\p{L}]{1,5}|más${S}(?:fuerte|potente|eficaz|efectiv[oa])${S}que|nada${S}de|sin|para${S}qué|(?:ya${S})?no${S}(?:(?:lo|la|los|las)${S})?(?:vas?|van)${S}a${S}necesitar|${ar('elimin')}${S}la${S}necesidad${S}de)(?![\\p{L}])`),
    needs: 'treatment',
  },
  // Every case: "funciona en cualquier lesión", "cierra cualquier úlcera", "todo tipo de piel".
  {
    id: 'flagged.any',
    kind: 'universal-efficacy',
    pattern: fold(`(?:cualquier|cualesquiera|todo${S}tipo${S}de|todas${S}las|todos${S}los|toda${S}clase${S}de|(?:el${S})?(?:9\\d|100)(?:[.,]\\d{1,2})?${S0}%${S}de${S}(?:las|los))(?![\\p{L}])`),
    needs: 'health',
  },
  {
    id: 'flagged.worksForAll',
    kind: 'universal-efficacy',
    pattern: fold(`(?:(?:funciona|funcionan|sirve|sirven)${S}(?:para|en|con|a)${S}(?:todo${S}el${S}que|todos|todas|todo${S}el${S}mundo|cualquier(?:a)?|quien${S}sea|todo${S}tipo${S}de)|en${S}todos${S}los${S}casos|(?:100|cien)${S0}%?${S}(?:por${S}ciento${S})?de${S}éxito|nunca${S}(?:he|ha|hemos|han)${S}fallado)(?![\\p{L}])`),
  },
  // Immunity sold as a vaccine: "la vacuna de la naturaleza", "más eficaz que cualquier vacuna", "ni necesitan las vacunas".
  {
    id: 'flagged.vaccine',
    kind: 'vaccine-alternative',
    pattern: fold(`(?:(?:la${S})?verdadera|natural|de${S}la${S}naturaleza|igualit[oa]s|mejor${S}que|más${S}(?:eficaz|efectiv[oa]|fuerte|potente|segur[oa])${S}que|en${S}(?:lugar|vez)${S}de|(?:ni|no)${S}(?:(?:le|les|te|me|nos)${S})?(?:necesit[\\p{L}]{1,5}|hacen?${S}falta)|quedan?${S}inmunes?|inmunes?${S}de${S}por${S}vida|se${S}protegen${S}sol[oi]t?[oa]s)(?![\\p{L}])`),
    needs: 'vaccine',
  },
  {
    id: 'flagged.immune',
    kind: 'vaccine-alternative',
    pattern: fold(`(?:queda(?:n|mos|s)?|quedó|quedaron|se${S}vuelve(?:n)?)${S}(?:\\p{L}{1,12}${S}){0,1}inmunes?(?![\\p{L}])`),
  },
  // Several illnesses after any verb: "malojillo para la presión, sábila para el azúcar y noni para el cáncer".
  {
    id: 'flagged.list',
    kind: 'cure-all',
    pattern: fold(`(?:para|contra|${arAny('control', 'regul', 'mat', 'elimin', 'limpi', 'arrastr', 'quit', 'combat', 'alivi')}|previene(?:n)?|destruye(?:n)?)(?![\\p{L}])`),
    needs: 'list',
  },
  {
    id: 'flagged.allIllness',
    kind: 'cure-all',
    pattern: fold(`(?:todas${S}las${S}enfermedades|cualquier${S}enfermedad|toda${S}enfermedad|todos${S}los${S}males|más${S}de${S}\\d{2,4}${S}(?:enfermedades|padecimientos|males))(?![\\p{L}])`),
  },
  // No risk for the frailest: "apto para bebés", "sin dañar las sanas", "sin dolor ni efectos secundarios".
  {
    id: 'flagged.safe',
    kind: 'zero-risk',
    pattern: fold(`(?:(?:apt[oa]s?|segur[oa]s?|ideal(?:es)?|recomendad[oa]s?)${S}(?:para|desde)${S}(?:(?:los|las|tus|sus)${S})?(?:bebés|embarazadas|recién${S}nacidos|niños|toda${S}la${S}familia|todo${S}el${S}mundo|todos)|(?:la${S})?(?:toman|usan|pueden${S}tomar)${S}(?:hasta${S})?(?:los${S})?(?:bebés|embarazadas)|bebés${S}incluidos|sin${S}dañar|sin${S}(?:[\\p{L}]{3,15}${S}ni${S})(?:riesgos?|efectos${S}secundarios|contraindicaciones|dolor))(?![\\p{L}])` +
      // anyone may take it, the frailest too ("lo puede tomar todo mundo, hasta niños y embarazadas", "la puedes tomar aunque
      // estés embarazada", "lo puede tomar hasta una persona con insuficiencia renal"), and it does no harm ("no le hace nada")
      `|(?:${TAKE_IT}|(?:puede|pueden|puedes|podés)${S}(?:tomar|usar|consumir|beber))(?=[^.!?\\n]{0,40}(?:(?<![\\p{L}])(?:hasta|incluso|aunque${S}(?:estés|esté|estén|tengas|tenga|tomes|tome)|todo${S}(?:el${S})?mundo|cualquier(?:a|${S}persona)|sin${S}(?:ningún${S})?problema)(?![\\p{L}])|${VULNERABLE}(?![\\p{L}])|insuficiencia|marcapasos|diabétic|hipertens))` +
      `|no${S}(?:le|te|les|me)${S}hace${S}nada(?:${S}de${S}daño)?(?![\\p{L}])|no${S}(?:hace|causa|produce)${S}(?:nada${S}de${S}|ningún${S})?daño(?![\\p{L}])`),
  },
  // Weight that goes with no effort: "aunque no hagas ejercicio", "sin hacer un solo abdominal", "aunque sigas comiendo".
  {
    id: 'flagged.effortless',
    kind: 'effortless-weight-loss',
    pattern: fold(`(?:sin${S}esfuerzo|sin${S}hacer${S}(?:[\\p{L}]{1,12}${S}){0,3}(?:ejercicio|dieta|abdominales|abdominal|deporte)|aunque${S}(?:no${S})?(?:hagas|haga|hagan|sigas|siga|sigan|comas|coma|coman)${S}(?:[\\p{L}]{1,12}${S}){0,3}?(?:ejercicio|dieta|comiendo|deporte|igual|lo${S}que${S}quieras?)|mientras${S}(?:duermes|duerme|duermen|ves${S}(?:la${S}tele|netflix|tv)|descansas))(?![\\p{L}])`),
  },
  // Never again: "no vuelves a recaer nunca", "no vas a volver a necesitarlos".
  {
    id: 'flagged.never',
    kind: 'permanence',
    pattern: fold(`(?:(?:ya${S})?(?:no|nunca)${S}(?:(?:te|le|se|me|lo|la|los|las)${S})?(?:vuelves|vuelve|vuelven|volverás|volverá|volverán|vas${S}a${S}volver|va${S}a${S}volver|van${S}a${S}volver)${S}a${S}[\\p{L}]{3,20}|(?:nunca|jamás)${S}(?:más${S})?(?:se|te|me|nos|le|les)${S}(?:enferma|enferman|enfermas|enfermó|enfermaron)|(?:ya${S})?no${S}(?:se|te|me|nos|le|les)${S}(?:enferma|enferman|enfermas|vas${S}a${S}enfermar|va${S}a${S}enfermar|van${S}a${S}enfermar)${S}(?:nunca|jamás|más))(?![\\p{L}])`),
  },
  // What the authorities know and hide: "la OMS lo sabe", "la insulina es un negocio", "pagan a los medios".
  {
    id: 'flagged.hidden',
    kind: 'suppressed-knowledge',
    pattern: fold(`(?:${SUPPRESSOR}${S}(?:lo${S}saben?|pagan${S}a|no${S}(?:te|le|les|nos)${S}(?:puede|pueden)${S}decir|no${S}quieren${S}que)|(?:es|son)${S}(?:un${S}negocio|puro${S}negocio)|no${S}les${S}conviene|(?:te|le|les|nos)${S}(?:lo${S})?(?:ocultan|esconden|ocultaron|escondieron)|lo${S}que${S}(?:tu|su)${S}(?:médico|doctor|dentista|\\p{L}{2,12}ólog[oa])${S}no)(?![\\p{L}])`),
  },
  // One act, the whole result: "un solo baño y sale nuevo", "en una sola cita", "al instante".
  {
    id: 'flagged.once',
    kind: 'instant-results',
    pattern: fold(`(?:(?:un|una)${S}sol[oa]${S}[\\p{L}]{3,15}|en${S}(?:una|1)${S}(?:noche|cita|visita|semana)|al${S}instante|de${S}inmediato|inmediatamente|desde${S}el${S}primer${S}[\\p{L}]{3,12})(?![\\p{L}])`),
  },
];

export const es: ClaimPack = {
  language: 'es',
  healthObject: H,
  bareHealth: BARE_H,
  treatment: T,
  vaccine: V,
  flaggedTextRules: FLAGGED_TEXT_RULES,
  clauseWords: ['y', 'e', 'pero', 'porque', 'pues', 'mientras', 'además', 'o', 'u'],
  namedPhrases: ['21st century cures act', 'ley de curas del siglo xxi', 'carrera por la cura', 'race for the cure', "children's miracle network"],
  flaggedTextPhrases: {
    'instant-results': `(?:en${S}(?:\\d{1,2}|un|unos|dos|tres|cinco|diez)${S}segundos|(?:esa|la)${S}misma${S}noche|amanec(?:e|es|en|ió|í)${S}(?:como${S})?nuev[oa]|al${S}amanecer|hoy${S}mismo|en${S}un${S}solo${S}(?:d[ií]a|fin${S}de${S}semana)|(?:en|dentro${S}de|desde|después${S}de|despues${S}de|tras|a${S}los|a${S}las)${S}(?:(?:solo|sólo|apenas|menos${S}de)${S})?(?:\\d{1,3}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince)${S}(?:minutos?|horas?|d[ií]as?|semanas?|sesi[oó]n(?:es)?|noches?|dosis|aplicaciones?|tomas?)|(?:desde|con|en|después${S}de)${S}(?:la|el)${S}primer[ao]?${S}[\\p{L}]{2,15}|(?:una|un)${S}sol[ao]${S}(?:sesi[oó]n|dosis|ceremonia|aplicaci[oó]n|toma|visita|consulta)` +
      // a few of them, a month, or a record: "curan la fascitis en un par de días", "cura la vejiga en un mes", "en unos minutos el
      // paciente se recupera", "en cuestión de horas", "en tiempo récord", "al día siguiente tenía el doble de leche"
      `|en${S}(?:un|una)${S}(?:mes|par${S}de${S}(?:minutos|horas|d[ií]as|semanas|sesiones|tomas|dosis))|(?:en|dentro${S}de)${S}(?:unos|unas|pocos|pocas)${S}(?:segundos|minutos|horas|d[ií]as|sesiones)` +
      `|en${S}cuesti[oó]n${S}de${S}(?:segundos|minutos|horas|d[ií]as)|en${S}tiempo${S}r[eé]cord|al${S}(?:d[ií]a|otro${S}d[ií]a)${S}siguiente|truco${S}de${S}(?:\\d{1,2}|un|dos|tres|cinco|diez)${S}(?:segundos|minutos))(?![\\p{L}])`,
    miracle: `(?:milagros?|milagros[oa]s?|milagrit[oa]s?|magia|m[aá]gic[oa]s?)(?![\\p{L}])`,
    cure: `(?:(?:adi[oó]s|chau|chao)${S}(?:a${S})?(?:(?:la|el|los|las|tu|su|sus|tus)${S})?(?:${H})|tiene${S}cura|se${S}(?:me|le|te|nos)${S}acab[oó]${S}(?:el|la)${S}(?:problema|${H})|cur[aó]|curan|curaron|curad[oa]s?|curaci[oó]n|san[aó]|sanan|sanaron|sanar[áa]n?|sanad[oa]s|sanidad${S}total|desaparec[\\p{L}]{1,5}|remisi[oó]n|erradic[\\p{L}]{1,5})(?![\\p{L}])`,
    // "definitivo" and "eterno" say "permanent" as the English phrases do ("tratamiento definitivo para la migraña", "es
    // definitivo", "son eternas"), and a relapse ruled out says it too ("sin recidiva", "ni recaídas"); not the final teeth
    // or prosthesis of a dental plan ("la prótesis definitiva se coloca a los 4 meses").
    permanence: `(?:para${S}siempre|de${S}por${S}vida|para${S}toda${S}la${S}vida|toda${S}la${S}vida|nunca${S}m[aá]s|permanentes?|permanentemente|definitivamente|de${S}forma${S}definitiva` +
      `|(?<!(?:prótesis|dientes|fijos|coronas?|implantes?|provisionales|los|las)${S})(?:(?:cura|curación|solución|tratamiento|remedio|resultados?|eliminación|sanación|método|fin)${S}(?:natural${S})?)?definitiv[oa]s?|etern[oa]s|(?:sin|ni|cero)${S}(?:(?:posibilidad|riesgo)${S}de${S})?(?:recidivas?|reca[ií]das?))(?![\\p{L}])`,
    // …and harms denied by what the product does not do or whom it suits: "apto para diabéticos e hipertensos", "NO es adictivo",
    // "no da cáncer", "no le hace nada a los pulmones", "sin sus riesgos" (the frailest, "apto para embarazadas", are the rule
    // zero.anyone's, read only near a claim: a long page may sell something else to them far from it)
    'zero-risk': `(?:ni${S}riesgos?${S}ni${S}\\p{L}{3,12}|apt[oa]s?${S}(?:para${S})?(?:diabéticos|hipertensos|celíacos|insuficiencia${S}renal)|no${S}es${S}adictiv[oa]|no${S}(?:da|causa|provoca)${S}(?:cáncer|adicción|dependencia)|no${S}(?:le|te|les|me)${S}hace${S}nada${S}a${S}(?:los${S}pulmones|el${S}hígado|los${S}riñones|la${S}piel|el${S}corazón)|sin${S}sus${S}riesgos|sin${S}(?:(?:ning[uú]n|ningun|ni${S}un)${S})?(?:riesgos?|efectos?${S}secundarios?|contraindicaciones)|libre${S}de${S}riesgos?|cero${S}riesgos?|100%${S0}segur[oa]|no${S}tiene${S}(?:ning[uú]n|ni${S}un)${S}efecto${S}secundario` +
      // the harms denied by name: "cero mareos", "sin reacciones alérgicas", "sin estreñimiento ni molestias"
      `|(?:cero${S}|sin${S}(?:ning[uú]n(?:a)?${S})?)(?:mareos|reacciones(?:${S}(?:alérgicas|adversas))?|molestias|efectos${S}adversos|complicaciones|estreñimiento|náuseas|rebote|dependencia|adicción))(?![\\p{L}])`,
    'treatment-replacement': `(?:ya${S}no${S}(?:necesit[\\p{L}]{1,6}|tom[\\p{L}]{1,6}|us[\\p{L}]{1,6}|va[\\p{L}]{0,3}${S}al${S}m[eé]dico)|dej[eéóa][\\p{L}]{0,6}${S}(?:de${S}(?:tomar|usar)${S})?(?:la|las|el|los|mis|sus|tus)${S}[\\p{L}]{3,20}|elimina${S}la${S}necesidad|tira${S}tus${S}[\\p{L}]{3,20}|no${S}necesita[sn]?${S}(?:m[aá]s${S})?(?:doctores|m[eé]dicos|pastillas|medicinas|cirug[ií]a|vacunas?|insulina|lentes)` +
      // care thrown away or burned, or its natural substitute: "tiré el generador que me dio el audiólogo", "bota ese spray",
      // "tirá el zolpidem", "trae tus recetas para quemarlas", "la alternativa a la cirugía", "es la quimio natural",
      // "ya no lo va a necesitar", "ni analíticas necesitas"
      `|(?:tir|bot)(?:é|ó|á|a|e|en|aron|amos)${S}(?:el|la|los|las|tus|sus|mis|ese|esa|esos|esas)${S}[\\p{L}]{3,20}|(?:tír|bót)al[oa]s?|quem(?:ar|en|a)l[oa]s|(?:la${S})?alternativa${S}(?:natural${S})?a${S}(?:la|el|los|las|tu|su)${S}[\\p{L}]{3,20}` +
      `|(?:la|el)${S}(?:quimio(?:terapia)?|insulina|cirugía|antibiótico|ozempic|viagra|botox)${S}natural|(?:ya${S})?no${S}(?:lo|la|los|las)${S}(?:va|vas|van)${S}a${S}necesitar|ni${S}[\\p{L}]{3,15}${S}necesit(?:as|a|an|ás)` +
      // an appointment cancelled, a drug taken away, care refused: "cancela tu cita de bótox", "cancelen esas citas", "quiten el
      // levetiracetam", "No te hagas el bypass", "No se deje enyesar", "No lo deje operar todavía"
      `|cancel\\p{L}{1,5}${S}(?:tu|su|la|las|esa|esas|tus|sus)${S}citas?|quit(?:a|á|en|e|ad|ale|enle|ále|énle)${S}(?:el|la|los|las|sus|tus)${S}(?:${T})` +
      `|no${S}(?:te|se)${S}(?:hagas|haga|hagan)${S}(?:el|la|los|las|esa|ese)${S}(?:bypass|cirugía|operación|lipo|biopsia|quimio\\p{L}{0,6}|cesárea|trasplante|tratamiento)` +
      `|no${S}(?:se${S}deje|te${S}dejes|se${S}dejen|lo${S}deje|la${S}deje|los${S}deje|lo${S}dejes|la${S}dejes)${S}(?:operar|enyesar|intubar|amputar|inyectar|medicar|internar|hospitalizar))(?![\\p{L}])`,
    // A red flag's weaker wording, which only a flagged text makes one: "nunca fallan", "100% de éxito", "cero falsos
    // negativos", "bajás de peso durmiendo", "huesos como a los 20", "volverá a reconocerte", "reactiva tu tiroides".
    'universal-efficacy': `(?:nunca${S}(?:te${S}|le${S})?falla(?:n|rá|rán)?|(?:100|cien)${S0}%?${S}(?:por${S}ciento${S})?de${S}(?:aprobación|éxito|efectividad|eficacia|satisfacción)|(?:todos|todas)${S}(?:mis|nuestr[oa]s|los|las)${S}[\\p{L}]{3,15}${S}lo${S}(?:han|hemos|consiguen|logran)(?:${S}(?:logrado|conseguido))?|(?:100|cien)${S0}%?${S}protegid[oa]s|cero${S}(?:falsos${S}negativos|fallos|fracasos|recaídas)` +
      // a success rate of nine in ten or more, none that fails, and everyone who comes: "éxito del 97%", "en 9 de cada 10
      // pacientes", "0% de fracasos", "quita los espasmos al 100%" (not "Medicare lo cubre al 100%"), "no fallan nunca", "nunca se equivoca", "no hay forma de fallar", "sin
      // excepciones", "a todas les va a funcionar", "todas las mujeres que vienen a mí se embarazan", "ninguna paciente vuelve a
      // perder un embrión"
      `|(?:9\\d|100)(?:[.,]\\d)?${S0}%${S}de${S}(?:éxito|efectividad|eficacia|curación|acierto|precisión|mejoría)|(?:éxito|efectividad|eficacia|curación|precisión)${S}(?:del|de${S}un)${S}(?:9\\d|100)(?:[.,]\\d)?${S0}%` +
      `|(?:9|nueve)${S}de${S}cada${S}(?:10|diez)|0${S0}%${S}de${S}(?:fracasos|fallos|recaídas|errores)|(?<=(?:funcion|quit|cur|elimin|sirv|proteg|previen|devuelv|recuper|regener|san|alivi)\\p{L}{0,4}${S}(?:\\p{L}{1,15}${S}){0,4})al${S}100${S0}%|no${S}(?:te${S}|le${S}|les${S})?falla(?:n|rá|rán|ron|ó)?${S}nunca|nunca${S}(?:te${S}|le${S}|les${S})?fall(?:ó|aron)` +
      `|(?:nunca|no)${S}se${S}equivoca(?:n)?|no${S}hay${S}(?:forma|manera|modo)${S}de${S}fallar|sin${S}excepci[oó]n(?:es)?|a${S}tod[oa]s${S}(?:les|nos|os)${S}(?:va${S}a${S}|van${S}a${S})?(?:funcion|sirv|result)\\p{L}{1,4}` +
      `|(?:tod[oa]s${S}(?:l[oa]s|mis|nuestr[oa]s)${S}(?:\\p{L}{3,12}${S})?que|tod[oa]${S}el${S}que)${S}(?:\\p{L}{1,12}${S}){0,4}?(?:sale|salen|se${S}(?:embarazan|curan|sanan|recuperan)|quedan|quedó|sanan|se${S}van${S}san[oa]s)` +
      `|ningun[oa]${S}(?:paciente|mujer|persona|cliente|clienta|colaborador|alumn[oa]|niñ[oa]|enferm[oa])${S}(?:(?:que${S}(?:\\p{L}{1,12}${S}){1,3}?)?)(?:vuelve${S}a|ha${S}vuelto${S}a|tiene|necesita|ha${S}tenido)` +
      // everyone who takes it, whatever the case: "a todo el que la bebe con fe", "a todos los que llevo quedan bien", "sean del tamaño que sean"
      `|a${S}tod[oa]s?${S}(?:el|la|los|las)${S}que${S}(?:(?:la|lo|las|los)${S})?(?:bebe|beben|toma|toman|usa|usan|prueba|prueban|llevo|traigo|atiendo|viene|vienen)|sean?${S}(?:del${S}tamaño|de${S}la${S}edad|del${S}tipo|del${S}grado)${S}que${S}sean?)(?![\\p{L}])`,
    // …and no exercise, no diet: "cero ejercicio, cero dietas"
    'effortless-weight-loss': `(?:(?:baj|adelgaz|quem)(?:ás|as|a|an|ar)${S}(?:de${S}peso${S}|grasa${S}|kilos${S}|peso${S})?(?:durmiendo|mientras${S}duerm[\\p{L}]{1,3})|mientras${S}(?:ves|mirás|miras|ve|mira|ven)${S}(?:la${S})?(?:novela|tele|televisión|serie|netflix)` +
      `|cero${S}(?:ejercicio|gimnasio|dietas?)${S0},?${S}cero${S}(?:ejercicio|gimnasio|dietas?))(?![\\p{L}])`,
    'disease-reversal': `(?:como${S}a${S}los${S}(?:\\d{2}|veinte|treinta)(?:${S}años)?|(?:volver[aá]n?|vuelve[n]?|volvió|volvieron)${S}a${S}(?:reconocer(?:te|le|los|nos)?|caminar|ver|oír|oir|hablar|respirar)|como${S}antes${S}de${S}(?:enfermar|la${S}enfermedad|enfermarse)|se${S}(?:reabsorbe|reabsorben|regula|regulan|normaliza|normalizan)${S}sol[oi]t?[oa]s?|(?:despierta|despiertan|reactiva|reactivan)${S}(?:tu|su|tus|sus|la|el|los|las)${S}[\\p{L}]{3,20}` +
      // a body's function back, a paralysis left, a tumour dissolving and a reversal named by a pronoun: "volví a sentir el piso",
      // "recuperé el control de esfínteres", "abandonan la silla en semanas", "hoy caminan", "está oyendo otra vez", "la revertí",
      // "la EM es reversible", "el tumor se le está deshaciendo", "las neuronas se regeneran"
      `|(?:volv\\p{L}{1,5}|vuelv\\p{L}{1,3})${S}a${S}(?:sentir|mover|caminar|andar|oír|oir|escuchar|ver|hablar|respirar)` +
      `|recuper(?:é|ó|aron|as|a|an|e|en|amos)${S}(?:el|la|los|las|su|sus|mi|mis|tu|tus)${S}(?:control|vista|audición|oído|movilidad|sensibilidad|memoria|fuerza|reserva|fertilidad|equilibrio)` +
      `|(?:sale|salen|saca|sacamos|sacó|abandonan|abandona|abandonó|dejó|dejaron|dejan|deja|levanto|levanta|levantamos)${S}(?:de${S})?(?:la${S}silla|a${S}los${S}que${S}están${S}en${S}silla)|(?:hoy|ahora)${S}(?:camina|caminan|anda|andan|corre|corren)|caminará(?:n)?` +
      `|(?:oye|oigo|oyen|oyendo|ve|veo|ven|viendo|escucha|escucho|camina|camino|caminan|caminando)${S}(?:otra${S}vez|de${S}nuevo|como${S}(?:un[oa]?${S})?(?:muchach|joven|niñ|nuev)\\p{L}{0,3})` +
      `|(?:l[oa]s?)${S}(?:(?:he|hemos|ha|han)${S})?(?:revert|revirt)\\p{L}{1,5}|(?:ha|han|hemos)${S}revertido|(?:es|son)${S}reversibles?|hace${S}retroceder|se${S}(?:me${S}|le${S}|te${S}|nos${S})?regener\\p{L}{1,5}` +
      `|(?:tumor(?:es)?|quistes?|miomas?|nódulos?|células${S}cancerosas|cáncer)${S}se${S}(?:(?:le|me|te|nos)${S})?(?:(?:está|están|va|van)${S})?(?:deshac|disuelv|disolv|encog|encaps|mue?r|sec|reabsorb)\\p{L}{0,6}` +
      // arteries unblocked and wear removed: "le destapa todas las venas", "le quita el desgaste"
      `|(?:destap|desobstruy|desbloque)\\p{L}{1,4}${S}(?:(?:todas${S})?(?:las|tus|sus)${S})?(?:venas|arterias)|quit\\p{L}{1,3}${S}el${S}desgaste)(?![\\p{L}])`,
    // …and a result sworn or put in writing: "se lo firmo aquí mismo", "se lo ponemos por escrito", "os lo aseguro", "te lo
    // aseguramos", "resultados seguros", "le va a funcionar seguro"
    guarantee: `(?:garantizad[oa]s?|garant[ií]a|le${S}devolvemos${S}su${S}dinero|devoluci[oó]n${S}de${S}(?:su${S}|tu${S})?dinero` +
      `|(?:se|te|le|les|os)${S}lo${S}(?:firmo|firmamos|(?:pongo|ponemos|dejo|dejamos)${S}por${S}escrito|aseguro|aseguramos|garantizo|garantizamos|juro|juramos)|resultados${S}seguros|(?:va|van)${S}a${S}funcionar${S}(?:seguro|sí${S}o${S}sí))(?![\\p{L}])`,
    // A vaccine refused for something said to protect as well or better, named near a vaccine word: "inmunizan igualito que
    // una vacuna", "mejor denles vitamina C y saúco", "es mi vacuna", "en vez de la antirrábica", "no te pongas la de la rabia",
    // "nada de vacunas de la gripe", "ya no los tienen que llevar a vacunar", "las vacunas dejan de ser necesarias".
    'vaccine-alternative':
      `(?:(?:protege|protegen|inmuniza|inmunizan|funciona|funcionan|sirve|sirven|defiende|defienden)(?:${S}(?:a${S})?(?:toda${S}la${S}familia|tus${S}hijos|sus${S}hijos|los${S}niños|tu${S}bebé))?${S}(?:igual(?:it[oa]s?)?|(?:mucho${S})?mejor)` +
      `|igual(?:it[oa])?${S}de${S}(?:efectiv[oa]s?|eficaz|buen[oa]s?)|más${S}protegid[oa]s${S}que|(?:es|son|será)${S}(?:mi|tu|su|nuestra|la${S}mejor|la${S}verdadera|la${S}única)${S}(?:\\p{L}{3,12}${S})?(?:vacuna|protección|inmunidad)` +
      `|en${S}(?:vez|lugar)${S}de${S}(?:la|las|el|los)${S}(?:vacunas?|antirrábica|antitetánica|triple${S}vírica|inyecci[oó]n|dosis)|nada${S}de${S}vacunas?` +
      `|no${S}(?:te|se)${S}(?:pongas|ponga|pongan)${S}(?:la|las|esa|esas)${S}(?:de${S}la|del|vacunas?|antirrábica|antitetánica)` +
      `|no${S}(?:dejen|dejes|deje)${S}que${S}(?:le|les|te|lo|la|los|las)${S}(?:pongan|ponga|vacunen|vacune|inyecten|inyecte)` +
      `|(?:ya${S}no|ni)${S}(?:(?:me|nos|los|las|lo|la|le|les|te|se)${S})?(?:vacun\\p{L}{1,5}|(?:(?:tienen|tienes|tiene|hay)${S}que${S})?llevar(?:los|las|lo|la)?${S}a${S}vacunar)|dejan${S}de${S}ser${S}necesarias` +
      `|mejor${S}(?:den(?:les)?|dale(?:s)?|tóme(?:se|nse)|tómate|toma|tomen|fortalezc\\p{L}{1,4}|protéj\\p{L}{1,6}|us(?:a|en|e))|protég(?:el[oa]s?|ete|ase)${S}con|alternativa${S}natural)(?![\\p{L}])` +
      `(?:(?<=(?:vacun|inmuni|nosode|antirr[aá]bica|antitet[aá]nica|v[ií]rica)[^]{0,300})|(?=[^.!?\\n]{0,80}(?:vacun|inyecci|pinchazo)))`,
    'suppressed-knowledge': `(?:(?:no|nunca)${S}(?:(?:te|le|les|nos|me)${S})?(?:lo${S})?(?:dicen|dice|dir[aá]n?|dijo|quieren${S}que${S}sep[\\p{L}]{1,4})|ocult[\\p{L}]{1,6}|escond[\\p{L}]{1,6}|prohibid[\\p{L}]{1,3}` +
      // what the care you know keeps from you: "lo que su médico no le ha contado", "los pediatras no lo saben",
      // "el remedio que ellos no recetan", "tu endocrino vive de que sigas enfermo", "le mintieron", "no le interesa que se sepa"
      `|(?:médicos?|doctor(?:es)?|pediatras?|endocrin[oa]s?|[\\p{L}]{2,12}ólog[oa]s?|dentistas?|farmacéuticas?|ellos|las${S}escuelas${S}de${S}medicina)${S}no${S}(?:(?:te|le|les|os|nos)${S})?(?:(?:lo|la|los|las)${S})?(?:saben|sabe|cuentan|cuenta|ha${S}contado|han${S}contado|recetan|receta|hablan|habla|enseñan|enseña|mencionan|menciona)` +
      `|(?:lo|la|los|las)${S}(?:metieron${S}(?:pres[oa]s?|a${S}la${S}cárcel)|encarcelaron|mataron|silenciaron|desaparecieron)${S}(?:porque|por)${S}(?:curaba|curar|sanaba|descubrir|descubrió|decir)|viven?${S}de${S}que${S}sig(?:as|a|an)${S}enferm|(?:te|le|les|os|nos)${S}(?:mintieron|mienten|han${S}mentido)|no${S}(?:le|les|te)${S}interesa${S}que${S}(?:se${S}sepa|sepas|sepa))(?![\\p{L}])`,
  },
  negators: NEGATORS,
  conditionals: ['si'],
  refundAfter: fold(`(?:le|te|les)${S}(?:devolvemos|devuelvo|devolveremos|regresamos|reembolsamos)${S}(?:(?:su|tu|el|todo${S}(?:su|tu|el))${S})?(?:dinero|pago|inversión)|(?:devolución|reembolso)${S}(?:total${S})?(?:de|del)${S}(?:(?:su|tu)${S})?dinero`),
  approvalScope: fold(
    `(?:(?<![\\p{L}])no${S}(?:está${S}|están${S}|ha${S}sido${S}|han${S}sido${S}|fue${S}|fueron${S})?(?:aprobad[oa]s?|autorizad[oa]s?)${S}(?:por${S}la${S}fda${S})?(?:para|contra)|(?:aprobad[oa]s?|autorizad[oa]s?|autorización)(?:${S}(?:por|de)${S}la${S}fda)?${S}(?:solo|solamente|únicamente|exclusivamente)?${S0}(?:para${S}(?:usos|indicaciones)${S}(?:concretos|concretas|específicos|específicas|limitados|limitadas)|(?:solo|solamente|únicamente|exclusivamente)${S}(?:para|en|contra)))(?![\\p{L}])`
  ),
  quotedMentionBefore: fold(
    `(?:^|[^\\p{L}])(?:elimin(?:ar|e|en|amos|ó|aron|aría|aríamos)|quit(?:ar|e|en|amos|ó|aría|aríamos)|saqu(?:e|en|emos)|sacar(?:ía|íamos)?|retir(?:ar|e|en|amos|ó|aron|aría|aríamos)|borr(?:ar|e|en|amos|ó|aría)|evit(?:ar|e|en|emos|aría)|cambi(?:ar|e|en|aría)|reemplaz(?:ar|a|e|en|aría)|sustitu(?:ir|ya|yan|iría)|si${S}(?:dice|dicen|lees|lee|leen|ves|ve|ven|aparece|promete|prometen|te${S}(?:dicen|prometen|venden))|(?:el|la|un|una|del|de${S}la)${S}(?:anuncio|etiqueta|video|vídeo|publicación|post|folleto|cartel|comercial|mensaje|cadena)(?:${S}original)?(?:${S}(?:dice|decía|dijo|promete|prometía|afirma|afirmaba|asegura|aseguraba))?|video${S}original|prohibid[oa]s?${S}(?:publicitar|usar|decir|anunciar|prometer|escribir)|(?:no|nunca)${S}(?:use|usen|uses|usar|diga|digan|digas|decir|escriba|escriban|escribas|publique|publiquen|ponga|pongan|prometa|prometan)|(?:frases?|palabras?|términos?|expresiones|afirmaciones|lenguaje)${S}(?:como|tales${S}como|a${S}evitar|prohibid[oa]s)|la${S}(?:frase|palabra|expresión|etiqueta${S}(?:dice|decía))|el${S}(?:eslogan|lema|texto${S}marcado)|texto${S}marcado)${S0}[:,]?${S0}(?:["'\\u2018\\u201c\\u00ab][^"\\u201d\\u00bb\\n]{1,60}?["'\\u2019\\u201d\\u00bb]${S0},?${S0}(?:y|o|e|u|&)?${S0}){0,8}$`
  ),
  notNegations: [
    'no solo', 'no sólo', 'no solamente', 'nada menos', 'nada como', 'nada mejor', 'no cabe', 'no esperes más', 'no espere más', 'no esperen más', 'no esperes a', 'no espere a', 'no esperen a',
    'no sufras', 'no sufra', 'no sufran', 'no dudes', 'no dude', 'no duden', 'no te pierdas', 'no lo vas', 'no lo va', 'no sé cómo',
    'no se pierda', 'no lo pienses', 'no hay duda', 'sin duda', 'no lo puedo', 'no me lo', 'no podía creer', 'no puedo creer',
    // "muchos"/"muchas" hedge a claim about people or cases ("muchas infecciones se quitan solas"), not a count of times or years
    'muchas veces', 'muchos años', 'muchos meses', 'muchos días', 'muchas semanas', 'muchas horas', 'muchas gracias', 'muchas cosas',
    'muchos remedios', 'muchas pastillas', 'muchos doctores', 'muchos médicos', 'muchos tratamientos',
    // the suppression frame: what "they" do not tell you is asserted, not denied
    'no quieren que', 'no quiere que',
    ...['no', 'nunca', 'jamás'].flatMap((n) => ['te', 'le', 'les', 'nos', 'os'].flatMap((p) => ['dicen', 'cuentan', 'van'].map((v) => `${n} ${p} ${v}`))),
  ],
  hedges: HEDGES,
  // The claim refuted later in its clause ("las curas milagrosas que circulan en WhatsApp no tienen respaldo científico").
  refutedAfter: fold(
    `^${S0}(?:(?!(?:y|e|pero|porque|aunque)${S})[\\p{L}'\\-]{1,20}${S}){0,5}?(?:no${S}(?:existen?|son${S}(?:reales|ciertas?|ciertos|verdad)|es${S}(?:real|cierto|verdad)|tienen?${S}(?:ningún${S}|ninguna${S})?(?:respaldo|sustento|base|evidencia|fundamento|pruebas?)|funcionan?|sirven?|están?${S}comprobad[oa]s?|sustituyen?|reemplazan?|esconden?|ocultan?)` +
      `|son${S}(?:un${S}mito|mentira|falsas?|falsos|un${S}fraude|estafas?|puro${S}cuento)|es${S}(?:un${S}mito|mentira|falso|un${S}fraude|una${S}estafa|puro${S}cuento))(?![\\p{L}])`
  ),
  warning: fold(
    `(?:^|[^\\p{L}])(?:(?:puede|pueden|podría|podrían|suele|suelen|va${S}a|van${S}a)${S}(?:causar|provocar|empeorar|desencadenar|agravar|descontrolar|ser${S}(?:muy${S}|sumamente${S})?(?:peligros[oa]s?|grave|mortal|riesgos[oa]s?|fatal|contraproducente)|aumentar${S}(?:el|su|tu)${S}riesgo|poner${S}en${S}(?:riesgo|peligro))` +
      `|(?:es|son|resulta|sería)${S}(?:muy${S}|sumamente${S})?(?:peligros[oa]s?|riesgos[oa]s?|grave|mortal|mala${S}idea|un${S}error)|aumenta${S}(?:el|su|tu)${S}riesgo|pone${S}en${S}(?:riesgo|peligro)|efecto${S}rebote|síntomas${S}de${S}abstinencia)(?![\\p{L}])`
  ),
  gerund: `^\\p{L}{2,20}(?:ar|er|ir)(?:se|te|lo|la|los|las|le|les)?(?![\\p{L}])`,
  // …and a second verb in the present indicative joined by "y" ("no tiene ningún riesgo y reemplaza la quimioterapia"): in
  // Spanish "no" reaches a second verb only through "ni"; a subjunctive ("ninguna pastilla que cure … y reemplace") stays negated.
  // So does a care stopped in the past after a negated clause ("la nena ya ni mocos tiene y dejamos la azitromicina").
  scopeBreak: fold(NEW_SUBJECT) + `|${S}(?:y|e)${S}(?:(?:además|también|encima|hasta|incluso|ya)${S})?(?=(?:(?:reemplaz|elimin|quit|cur|san|acab|regener|limpi|baj|control|normaliz|sac|funcion|alivi|restaur)an?|(?:sustitu|destru)yen?|(?:reviert|desaparec|proteg|protej|previen|devuelv|sirv)en?|(?:dej|tir|cancel|abandon|bot)(?:é|ó|amos|aron|aste)|suspend(?:í|ió|imos|ieron|iste)` +
    // …or a modal or copula that opens a new predicate ("no tiene contraindicaciones y puede dejar su pastilla", "no tiene
    // ningún riesgo y es apto para embarazadas", "y lo pueden tomar embarazadas")
    `|(?:(?:lo|la|los|las)${S})?(?:puede|pueden|podrá|podrán|podés|es|son)(?=${S}(?:dejar|suspender|tirar|olvidarse|apt[oa]s?|segur[oa]s?|ideal|tomar|usar|aplicar)))(?![\\p{L}]))` +
    // the suppression frame's own negation ("lo que la psiquiatría no te dice es que no necesitas pastillas", "tu médico no te dice
    // que el cáncer se cura"): said to someone and kept from them, the claim after it is asserted
    `|(?:te|le|les|nos|os)${S}(?:dice|dicen|dijo|dijeron|cuenta|cuentan|contó|contaron|(?:va|van)${S}a${S}(?:decir|contar))${S}(?:es${S})?que${S}`,
  // "sin" and "ni" negate their noun phrase only: "bajé 12 kilos sin dieta ni gimnasio y se me quitó la depresión"
  // (a clause after "y" with a pronoun, an adverb or a verb in the preterite), "sin dolor tras una sesión".
  nounNegators: ['sin', 'ni'],
  quantityNegators: ['muchos', 'muchas', 'algunos', 'algunas', 'mayoría', 'mayoria', 'ciertos', 'ciertas'],
  // The preterite's accent is not folded: "bajé", not "baje".
  nounScopeEnd:
    fold(`^${S}(?:${W}){1,4}?(?:y|e|pero)${S}(?:(?:ya|además|también|encima|luego|después)${S})?`) +
    `(?:(?:se|me|te|le|nos|les)${S}|[a-zñ]{2,12}(?:é|í|ó)(?![\\p{L}]))|` +
    fold(`^${S}(?:${W}){1,2}?(?:tras|después${S}de|desde)(?![\\p{L}])`),
  // Proven care credited for the recovery: "se encogió después de la quimioterapia", "gracias a la cirugía", "tras la operación".
  // Not after "incluso" or "aun": "revierte la infertilidad incluso después de una vasectomía" concede la cirugía, no la acredita.
  // Nor care named after a possessive that opens the next phrase: "gracias al aceite mi doctor me bajó la dosis" credits the oil.
  // Nor care after time or money wasted with it ("no pierdas tiempo con la quimio"), nor medicine called functional,
  // integrative or orthomolecular ("se cura al 100% con medicina funcional"), as natural and holistic medicine is not.
  severalWords: 'y|e|o|ni|tod[oa]s?|cualquier\\p{L}*',
  creditedCare: fold(`(?:^|[^\\p{L}])(?<!(?:incluso|aun|aún)${S})(?:después${S}del?|gracias${S}al?|tras|luego${S}del?|(?<!(?:seguir|continuar|sigas|siga|sigan|sigue|siguen|cita|citas|consulta|consultas|turno|turnos|sesión|sesiones|tiempo|dinero|plata|lana)${S})con|mediante|desde(?:${S}que)?)${S}(?:(?!(?:dejar|dej[eéó]|suspender|suspend[ií]|abandonar|sin|no|cancel\\p{L}{0,6}|olvid\\p{L}{0,6}|evit\\p{L}{0,5}|rechaz\\p{L}{0,5})${S})(?!(?!(?:de|del|a|al|con|para|por|en)${S})\\p{L}{2,20}${S}(?:mi|tu|su|mis|tus|sus|nuestr[oa]s?)${S})${W}){0,3}?(?:${CARE}|antivir|inmunoterapia|vacun)(?!\\p{L}{0,14}${S}(?:natural(?:es)?|naturista|hol[ií]stic\\p{L}{1,3}|alternativ\\p{L}{1,3}|homeop[aá]tic\\p{L}{1,3}|caser\\p{L}{1,3}|herbal(?:es)?|cu[aá]ntic\\p{L}{1,3}|energ[eé]tic\\p{L}{1,3}|funcional(?:es)?|integrativ\\p{L}{1,3}|ortomolecular(?:es)?|ancestral(?:es)?|ayurv[eé]dic\\p{L}{1,3}|bioenerg[eé]tic\\p{L}{1,3})(?![\\p{L}]))`),
  // A quoted claim named as someone else's words: 'ese video de "…"', '"…": la frase de los anuncios'.
  quotedClaim: fold(
    // …or attributed to an ad or a seller: '"…", me dijo la vendedora', 'todo eso decía el anuncio'
    `(?:["\\u201d\\u00bb]${S0},?${S0}|(?:todo${S})?(?:eso|esto)${S}(?:es${S}lo${S}que${S})?)(?:me${S}|nos${S}|le${S}|les${S})?(?:dijo|decía|dice|dijeron|decían|dicen|prometía|promete|prometían|prometen|aseguraba|asegura|aseguró|juraba|juró)${S}(?:el|la|los|las|ese|esa|aquel|aquella|un|una)${S}(?:${W}){0,1}?(?:anuncios?|videos?|vídeos?|publicaci(?:ón|ones)|etiquetas?|cajas?|folletos?|comerciales?|páginas?|vendedor(?:a|es|as)?|influencers?)(?![\\p{L}])|` +
    `(?:(?:ese|esa|esos|esas|el|la|los|las|un|una)${S}(?:anuncios?|videos?|vídeos?|publicaci(?:ón|ones)|frases?|titulares?|mensajes?|cadenas?|memes?|reels?|correos?|comerciales?|eslóganes|eslogan)${S}(?:${W}){0,3}?["\\u201c\\u00ab])|(?<=[\\p{L}\\p{N}.!?,)])["\\u201d\\u00bb]${S0}(?:[\\p{L}\\-]{1,20}${S}){0,1}(?:anuncios?|videos?|vídeos?|publicaci(?:ón|ones)|frases?|titulares?|mensajes?|cadenas?|memes?|reels?|correos?|comerciales?)(?![\\p{L}])`
  ),
  // A vaccination refused or belittled: "nada de vacunas", "no nos ponemos la vacuna", "nunca vacunamos", "no hay que vacunarlos", "sáltese la vacuna".
  vaccineRefusal: fold(
    `(?:^|[^\\p{L}])(?:no(?!${S}(?:hay(?!${S}que)|había|hubo|existe|existen|tiene|tienen|tenemos|tengo|está|están|estaba)(?![\\p{L}]))|nunca|jamás|nada${S}de|sin|sáltese|sáltate|sáltense|olvídese${S}de|olvídate${S}de|olvídense${S}de|adiós${S}a|mejor${S}que|más${S}fuerte${S}que|>)${S0}(?:${W}){0,3}?${V}(?![\\p{L}])(?![^?]{0,200}\\?)`
  ),
  // Someone else's words before the claim in its clause: "cadenas de que", "por asegurar que", "les escribe que", "anunciaba".
  reportFrame: fold(
    `(?:^|[^\\p{L}])(?:(?:leí|vi|escuché|oí|leímos|vimos)${S}(?:(?:en${S})?[\\p{L}]{1,20}${S}){0,2}?que|de${S}que|(?:asegura|aseguraba|aseguran|asegurar|afirma|afirmaba|afirman|afirmar|dice|dicen|decía|decían|escribe|escriben|jura|juran)${S}que|promet(?:e|en|ía|ían|iendo)|anunci(?:a|an|aba|aban|ando)|vend(?:e|en|ía|ían|iendo)|preguntan${S}si|me${S}preguntan)(?![\\p{L}])`
  ),
  // Hoped for, then let down: "Esperaba alivio inmediato, …, pero tardó semanas", "ojalá hubiera una cura…; no la hay".
  expectation: fold(`(?:^|[^\\p{L}])(?:esperaba|esperábamos|esperaban|pensaba|pensé|creía|creí|ojalá|quería|quise)(?![\\p{L}])`),
  letDown: fold(`^[^.!?\\n]{0,160}?(?:^|[^\\p{L}])(?:pero|sin${S}embargo|en${S}cambio|no${S}(?:fue|era|funcionó|sirvió|hay|existe))(?![\\p{L}])`),
  // Words that hold a quoted claim up to doubt: falsehood, warnings and alerts, a definition denied, a lawsuit.
  distancing: fold(
    `(?:^|[^\\p{L}])(?:no${S}hay${S}(?:ninguna${S})?(?:evidencia|prueba|pruebas|estudios)|la${S}verdad${S}(?:es${S}que${S})?no|fals[oa]s?|mentiras?|miente[ns]?|mintiendo|estafas?|estafador(?:es|as?)?|fraudes?|fraudulent[oa]s?|engaños?|engañosa?s?|mitos?|cuidado|alertas?|advierte[ns]?|advirti(?:ó|eron)|denunci(?:a|an|ó|aron|ado|ada)|demand(?:a|an|ó|aron)|no${S}significa|no${S}es${S}lo${S}mismo|no${S}(?:confíen|confíes|confíe|crean|creas|crea|caigan|caigas|caiga|compren|compres|compre)|repórt(?:enla|enlo|enlos|enlas|alo|ala)|lo${S}reporté|ya${S}l[oa]${S}reporté|bloqu[eé](?:enlo|enla|alo|ala)|jaja${S}no|spoiler|(?:la|el|los|las)${S}llamad[oa]s?` +
      // an eye roll or a facepalm, and advice to keep the treatment ("…le cura la diabetes, yo le digo que no deje su insulina 🙄")
      `|\\u{1F644}|\\u{1F926}|no${S}(?:dejes|deje|dejen|suspendas|suspenda|suspendan)${S}(?:su|tu|sus|tus|la|el|los|las)(?=${S}\\p{L}))(?![\\p{L}])`
  ),
  disclaimer: fold(
    `no${S}(?:es|son)${S}para${S}(?:diagnosticar|tratar)(?![\\p{L}])|no${S}(?:est[aá]n?|ha${S}sido|han${S}sido|fue|pretende|pretenden|tiene${S}(?:la${S})?intenci[oó]n${S}de|busca)${S}(?:(?:destinad[oa]s?|dise[nñ]ad[oa]s?|concebid[oa]s?|indicad[oa]s?)${S}(?:a|para)${S})?(?:diagnosticar|tratar|curar|prevenir)` +
      `|(?:declaraciones|afirmaciones)${S}(?:no${S}han${S}sido|no${S}fueron)${S}evaluadas` +
      `|no${S}(?:han${S}sido|fueron|ha${S}sido)${S}evaluad[oa]s${S}por${S}(?:la${S})?(?:fda|administraci[oó]n)` +
      `|no${S}(?:sustituye|reemplaza)${S}(?:una|la|el|un)${S}(?:${W}){0,1}(?:alimentaci[oó]n|dieta|tratamiento|consejo|consulta|diagn[oó]stico)` +
      // Without a classifier for Spanish, sentences that inform rather than promise are ruled out
      // here too: risk factors, symptom and complication lists (a clinic's list of what it treats is serviceList).
      `|factores${S}de${S}riesgo|(?:los${S}|sus${S})?(?:síntomas|señales|complicaciones|riesgos|causas|efectos${S}secundarios)${S}(?:más${S}comunes${S})?(?:incluyen|pueden${S}incluir|son${S}(?:raras|raros|poco${S}comunes|leves))`
  ),
  // A clinic's list of what it treats, which informs rather than promises…
  serviceList: fold(
      `(?:^|[\\s¡¿])(?:atendemos|tratamos|diagnosticamos|especialistas${S}en|nuestr[oa]s${S}(?:especialistas|médicos|servicios|programas?|clínicas?)${S}(?:atienden|tratan|incluyen|ofrecen|de)|(?:clínica|centro|consultorio|hospital|departamento|unidad|equipo|servicio|programa)${S}(?:${W}){0,3}?(?:atiende|atienden|trata|tratan|diagnostica|diagnostican|maneja|manejan))(?![\\p{L}])` +
      // …unless the same sentence promises more than care ("tratamos tu gastritis y te la quitamos para siempre")
      `(?![^.!?\\n]{0,200}(?:para${S}siempre|de${S}por${S}vida|definitiv|permanente|garantiz|garantía|100${S0}%|milagr|inmediat|instant|sin${S}(?:cirugía|operación|efectos|riesgos?|dieta|quimio\\p{L}*|radiaci[oó]n|radioterapia|medicamentos|fármacos|pastillas|diálisis|insulina|hospitalizaci[oó]n|quirófano|bisturí)|elimin|quit[aáeo]|cur(?:a|an|amos|ó|ado|ada)(?![\\p{L}])|revert|reviert|regener|en${S}(?:una|un)${S}(?:sola${S})?(?:sesión|noche|día)))`
  ),
  // …unless an alternative provider or method is named near it: "Centro Naturista…: tratamos diabetes, gastritis y hasta
  // tumores con plantas", "Tratamos lupus, autismo y párkinson con el mismo protocolo", "BIOMAGNETISMO 🧲 … Tratamos diabetes,
  // VIH, cáncer"; not a hospital's clinic ("Atendemos diabetes, hipertensión, asma…").
  altCare: fold(
    `(?:^|[^\\p{L}])(?:naturistas?|naturópat\\p{L}{1,3}|biomagnet\\p{L}{1,6}|imanes|iridolog\\p{L}{1,3}|homeop\\p{L}{2,6}|curander\\p{L}{1,3}|chamán|sobador\\p{L}{0,2}|hierber\\p{L}{1,2}|yerber\\p{L}{1,2}|herbolari\\p{L}{1,2}|plantas${S}(?:medicinales|amazónicas|de${S}la${S}amazonía|milenarias)|ozonoterapia|células${S}madre|quiropráctic\\p{L}{1,2}|subluxaci\\p{L}{2,4}|reiki|bioenerg\\p{L}{2,6}|cu[aá]ntic\\p{L}{1,2}|alta${S}diluci[oó]n|gránulos|glóbulos|desintoxicaci[oó]n|detox|(?:con|mediante)${S}(?:el${S}mismo|la${S}misma|un${S}solo|una${S}sola)${S}(?:protocolo|técnica|método|tratamiento|terapia|aparato|remedio|fórmula)|sin${S}(?:necesidad${S}de${S})?(?:medicamentos|fármacos|químicos|pastillas|agujas))(?![\\p{L}])`
  ),
  polarQuestion: `^[\\s"'\\u201c\\u201d\\u00ab¡]*(?:[\\p{L} .()]{1,30}:[\\s"'\\u201c\\u00ab]*)?¿${S0}(?:(?:y|pero|entonces)${S})?(?:(?:de${S}verdad|en${S}serio|realmente)${S})?(?:(?:el|la|los|las|este|esta|estos|estas|su|tu|mi)${S}\\p{L}{2,20}${S}(?:\\p{L}{2,20}${S})?(?=(?:es|son|sirve|sirven|funciona|funcionan|cura|curan|quita|quitan|elimina|eliminan|revierte|revierten|reemplaza|sustituye|est[aá]n?)(?![\\p{L}])))?(?:cu[aá]nto${S}(?:tiempo${S})?(?:tarda|tardan|dura|duran|demora|se${S}tarda)|cu[aá]ndo${S}se${S}(?:quita|quitan|va|van|cura|curan)|puede|pueden|podr[ií]a|podr[ií]an|es|son|est[aá]n?${S}(?:aprobad|avalad|certificad|registrad|comprobad|garantizad)\\p{L}{1,3}|sirve|sirven|funciona|funcionan|cura|curan|existe|existen|hay|se${S}puede|elimina|eliminan|quita|quitan|revierte|revierten|reemplaza|sustituye)(?![\\p{L}])`,
  answeredYes: `^[\\s"'\\u201c\\u201d\\u00ab¡]*(?:[\\p{L} .()]{1,30}:[\\s"'\\u201c\\u00ab]*)?(?:sí(?![\\p{L}])|si${S0}[,!.]|claro(?![\\p{L}])|por${S}supuesto|totalmente|desde${S}luego|así${S}es|sin${S}duda)`,
  approvalFact: fold(
    `fda[^.!?\\n]{0,100}\\((?:[\\p{L}\\-]{2,20},${S})?(?:aprobad[oa]${S}(?:en${S})?)?(?:(?:${MONTHS})${S}(?:de${S})?)?(?:19|20)\\d\\d(?:;${S}[\\p{L}\\-]{2,20},${S}(?:19|20)\\d\\d){0,4}\\)` +
      `|(?<!(?:nuestr[oa]s|mis|sus|tus|est[oa]s|es[oa]s)${S})(?:medicamentos|medicinas|fármacos|tratamientos)${S}(?:aprobad[oa]s|autorizad[oa]s)${S}por${S}la${S}fda`
  ),
  /** Words of an organisation or a business named after a claim word: "Hierbas y Especias La Milagrosa", "Farmacia El Milagro". */
  orgWords: ['fundación', 'fundacion', 'asociación', 'asociacion', 'sociedad', 'liga', 'instituto', 'carrera', 'caminata', 'tienda', 'café', 'cafe', 'panadería', 'panaderia', 'especias', 'hierbas', 'farmacia', 'botica', 'taquería', 'taqueria', 'restaurante', 'abarrotes', 'mercado', 'salón', 'salon', 'rancho'],
  // The answer may open with a dialogue dash ("¿Esto reemplaza mis pastillas? — No, eso lo sigue viendo con su doctora").
  answeredNo: fold(
    `^[\\s"'\\u201c\\u201d\\u00ab\\u00bb¡\\u2014\\u2013\\-]*(?:[\\p{L} .()]{1,30}:[\\s"'\\u201c\\u201d\\u00ab\\u2014\\u2013\\-]*)?(?:no\\b|nop\\b|nel\\b|para${S}nada|claro${S}que${S}no|la${S}respuesta${S}(?:corta${S}|honesta${S}|breve${S})?es${S}no|falso|mito|mentira|de${S}ninguna${S}manera|en${S}absoluto|lamentablemente${S}no|desafortunadamente${S}no|ojal[aá](?![\\p{L}])|obvio${S}no|ni${S}de${S}(?:chiste|broma)|tristemente${S}no|tampoco|nada${S}de${S}eso|(?:ningún|ninguno|ninguna)(?![\\p{L}])|(?:${W}){0,3}(?:responden|responde|respondieron|respondió|contestan|contesta|dicen|dice|dijeron|dijo|aclaran|aclara)${S}que${S}no(?![\\p{L}])|(?:solo|sólo|solamente|únicamente)${S}(?:si|cuando|con)${S}(?:(?:tu|su|el|la|un|una)${S})?(?:médic|doctor|especialista|pediatra|\\p{L}{2,12}ólog)|depende(?![\\p{L}])|(?:eso${S})?(?:es|son)${S}(?:(?:una|pura|puras|un)${S})?(?:mentiras?|falso|mitos?|fraude|estafa|cuento))`
  ),
  rules: RULES,
  ruleScope: { before: NEGATED_BEFORE, beforeGuarantee: NEGATED_BEFORE_GUARANTEE, after: `${HEDGED_AFTER}${REFUTED_AFTER}` },
  // Explanations stay in English: the API's `message` is English; the admin translates kinds.
  meta: en.meta,
};
