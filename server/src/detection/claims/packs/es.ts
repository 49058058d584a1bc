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
import type { ClaimPack, ClaimRule } from '../types';
import { en } from './en';

const PLAIN: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ñ: 'n' };
/**
 * Makes every accented vowel (and ñ) also match its plain form: "curó" → "cur[oó]"; inside a
 * character class the plain letter is added ("[oó]" stays "[ooó]").
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
    out += plain === undefined ? ch : inClass ? `${plain}${ch}` : `[${plain}${ch}]`;
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

/** Diseases, conditions, symptoms, organs and body systems. */
export const HEALTH_OBJECTS: readonly string[] = [
  'dolor(?:es)?', 'artritis', 'artrosis', 'reumas?', 'reumatismo', 'diabetes', 'diabétic[oa]s?', 'prediabetes', 'az[uú]car', 'glucosa',
  'insulino\\s?resistencia', 'resistencia a la insulina', 'c[aá]nceres', 'cáncer', 'tumor(?:es)?', 'leucemia', 'linfoma', 'melanoma',
  'células (?:malignas|cancerosas)', 'asma', 'epoc', 'eczema', 'eccema', 'psoriasis', 'acné', 'rosácea', 'migrañas?', 'jaquecas?',
  'dolor(?:es)? de cabeza', 'ansiedad', 'depresión', 'insomnio', 'tdah', 'autismo', 'alzh?eimer', 'demencia', 'parkinson', 'esclerosis',
  'esclerosis múltiple', 'lupus', 'lyme', 'crohn', 'colitis', 'colon', 'gastritis', 'úlceras?', 'reflujo', 'acidez', 'agruras',
  'hipertensión', 'presión(?: arterial| alta)?', 'colesterol', 'triglicéridos', 'tiroides', 'hipotiroidismo', 'hipertiroidismo',
  'hashimoto', 'ovario poliquístico', 'endometriosis', 'miomas?', 'quistes?', 'infertilidad', 'fertilidad', 'disfunción eréctil',
  'impotencia', 'neuropatía(?: diabética)?', 'ciática', 'tinnitus', 'zumbido', 'sordera', 'visión', 'vista cansada', 'miopía',
  'cataratas', 'glaucoma', 'degeneración macular', 'caries', 'encías', 'piorrea', 'caída del cabello', 'calvicie', 'alopecia',
  'arrugas', 'manchas', 'celulitis', 'grasa(?: abdominal)?', 'panza', 'barriga', 'lonjas', 'llantitas', 'obesidad', 'sobrepeso',
  'peso', 'kilos', 'riñón', 'riñones', 'insuficiencia (?:renal|cardiaca|cardíaca)', 'hígado(?: graso)?', 'cirrosis', 'corazón',
  'infartos?', 'derrames?', 'embolias?', 'alergias?', 'fibromialgia', 'fatiga(?: crónica)?', 'cansancio', 'covid(?:-19)?', 'gripe',
  'gripa', 'influenza', 'resfriados?', 'tos', 'infecciones', 'infección', 'hongos', 'herpes', 'vih', 'sida', 'hepatitis',
  'sarampión', 'adicción', 'adicciones', 'estrés', 'convulsiones', 'epilepsia', 'vértigo', 'mareos', 'osteoporosis', 'escoliosis',
  'hernias?(?: de disco)?', 'discos?', 'cartílago', 'meniscos?', 'nervios?', 'mielina', 'neuronas', 'cerebro', 'columna',
  'articulaciones', 'rodillas?', 'espalda', 'cuello', 'caderas?', 'hombros?', 'dientes', 'muelas?', 'cabello', 'pelo', 'ojos', 'pulmones', 'páncreas',
  'próstata', 'gota', 'ácido úrico', 'ronquidos', 'apnea(?: del sueño)?', 'menopausia', 'bochornos', 'sofocos', 'hormonas',
  'testosterona', 'inflamación', 'memoria', 'síntomas', 'enfermedad(?:es)?', 'padecimientos?', 'males', 'dolencias', 'afecciones',
  'trastornos?', 'placa', 'arterias', 'várices', 'hemorroides', 'verrugas', 'estreñimiento', 'colitis', 'inflamación', 'parásitos',
  'toxinas', 'metales pesados', 'defensas', 'sistema inmune', 'sistema inmunológico', 'anemia', 'células', 'tejidos?', 'próstata',
  'vesícula', 'cálculos', 'piedras', 'caspa', 'canas', 'piojos', 'halitosis', 'mal aliento', 'juanetes', 'hongos en las uñas', 'sinusitis',
  'rinitis', 'bronquitis', 'neumonía', 'diverticulitis', 'lumbago', 'tendinitis', 'túnel carpiano', 'incontinencia', 'ojeras',
  'estrías', 'flacidez', 'vitiligo', 'melasma', 'paño', 'ronquera', 'colon irritable', 'gastritis crónica', 'cólicos', 'piedras en (?:el|los) riñ(?:ón|ones)', 'circulación', 'retención de líquidos', 'cicatrices', 'acidez',
  'sop', 'envejecimiento(?: celular)?', 'discos herniados', 'hernia discal', 'continencia', 'incontinencia urinaria',
];

/** Proven treatments and the people who give them (for stop/replace claims). Vaccines have their own list. */
export const TREATMENTS: readonly string[] = [
  'medicamentos?', 'medicinas?', 'medicación', 'pastillas?', 'píldoras', 'tabletas', 'insulina', 'inhaladore?s?', 'metformina',
  'ozempic', 'wegovy', 'mounjaro', 'estatinas?', 'antidepresivos?', 'anticonvulsivos?', 'antibióticos?', 'antiinflamatorios?',
  'analgésicos?', 'esteroides?', 'corticoides?', 'quimio(?:terapia)?s?', 'radioterapia', 'radiación', 'cirugías?', 'operación',
  'operaciones', 'operarse', 'operarte', 'diálisis', 'trasplantes?', 'lentes', 'anteojos', 'gafas', 'aparatos auditivos',
  'audífonos', 'brackets', 'frenos', 'tratamientos?', 'terapias?', 'fisioterapia', 'doctor(?:es)?', 'médicos?', 'oncólog[oa]s?',
  'cardiólog[oa]s?', 'especialistas?', 'neurólog[oa]s?', 'endocrinólog[oa]s?', 'psiquiatras?', 'psicólog[oa]s?', 'dentistas?',
  'cirujan[oa]s?', 'hospital(?:es)?', 'receta del doctor', 'tratamiento médico', 'inyecciones', 'parches de nicotina',
  'levotiroxina', 'anticoagulantes?', 'biológicos', 'hormonas', 'cpap', 'marcapasos', 'bypass',
  'cateterismos?', 'escleroterapia', 'litotricia', 'pediatras?', 'reemplazos? de (?:rodilla|cadera)', 'prótesis de (?:rodilla|cadera)',
  'endodoncias?',
  '[a-zñ]{3,16}(?:statina|pril|olol|sartán|sartan|mab|pentina|prazol|cilina|micina|formina|glutida|zepam|oxetina|afil|azol)s?',
];

/** Vaccines and their colloquial names. */
export const VACCINES: readonly string[] = [
  'vacunas?', 'vacun(?:ar|arse|arlos|arlas|é|ó|amos|aron|ación|aciones|ad[oa]s?)', 'inmunizaci(?:ón|ones)', 'refuerzos?',
  'triple viral', 'esquema (?:infantil|de vacunación)',
];

/** Words before a trigger that put it in a negated or reported scope, and the strong hedges. */
export const NEGATORS: readonly string[] = [
  'no', 'ni', 'nunca', 'jamás', 'jamas', 'tampoco', 'nadie', 'nada', 'ningún', 'ningun', 'ninguna', 'ninguno', 'ningunos', 'ningunas',
  'apenas', 'mito', 'mitos', 'falso', 'falsa', 'falsos', 'mentira', 'mentiras', 'estafa', 'estafas', 'fraude', 'fraudes', 'engaño',
  'desconfíe', 'desconfie', 'desconfía', 'desconfia', 'desconfíen', 'cuidado', 'supuesta', 'supuesto', 'supuestas', 'supuestos',
  'supuestamente', 'promete', 'prometen', 'prometían', 'anuncios', 'anuncian', 'dice', 'dicen', 'decían', 'pide', 'piden', 'dudo',
  // Strong hedges: without a classifier for Spanish, a hedge in the clause rules the claim out.
  'suele', 'suelen', 'podría', 'podria', 'podrían', 'podrian', 'quizás', 'quizas', 'quizá', 'algunos', 'algunas', 'ciertos',
  'ciertas', 'mayoría', 'mayoria', 'varía', 'varia', 'varían', 'varian', 'sugieren',
];

/** Hedges and modality: the sentence does not promise (a classifier feature, as in ./en.ts). */
export const HEDGES: readonly string[] = [
  'puede', 'pueden', 'podría', 'podrían', 'puede ayudar', 'pueden ayudar', 'algunos', 'algunas', 'muchos', 'muchas', 'a menudo',
  'suele', 'suelen', 'generalmente', 'por lo general', 'en algunos casos', 'en ciertos', 'la mayoría', 'en promedio',
  'los resultados varían', 'los resultados pueden variar', 'resultados individuales', 'varía', 'estudios', 'evidencia',
  'consulte', 'hable con', 'pregunte', 'temporal', 'temporalmente', 'casi',
];

const H = alt(HEALTH_OBJECTS.map(p));
const T = alt(TREATMENTS.map(p));
const V = alt(VACCINES.map(p));
const MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
/** Small numbers in digits or words. */
const hundred = `(?:100${S0}%|100${S}por${S}ciento|cien${S}por${S}ciento|el${S}100|el${S}cien)`;
/** Service promises a clinic may make: a guarantee of these is not a health claim. */
const SERVICE = any([
  'su derecho', 'tu derecho', 'el derecho', 'sus derechos', 'tus derechos', 'cobertura', 'la cobertura',
  'una cita', 'su cita', 'tu cita', 'cita', 'citas', 'atención', 'privacidad', 'confidencialidad', 'precio', 'precios', 'el precio',
  'el mejor precio', 'estacionamiento', 'un trato', 'trato', 'respuesta', 'servicio', 'su satisfacción', 'satisfacción', 'calidad',
  'el envío', 'envío', 'entrega', 'reembolso', 'intérprete', 'un intérprete', 'acceso', 'la seguridad de sus datos',
]);

/**
 * Spanish puts the negation before the verb, often several words before the claim ("no les voy a
 * decir que el dolor se fue para siempre"), and reported claims follow a warning ("desconfíe de
 * los anuncios que prometen…"). A rule does not match when such a word opens its clause within
 * 60 characters (no punctuation between). The lookahead first: the look-behind only runs where
 * the rule would match, so the cost stays that of the rule.
 */
const NEGATED_BEFORE = fold(
  `(?<!(?<![\\p{L}])(?:no(?!${S}(?:(?:les|te|nos|le|lo|me)${S}){0,2}(?:dicen|dice|cuentan|cuenta|quieren${S}que|quiere${S}que))|nunca|jamás|tampoco|nadie|prometen|promete|dice|dicen|anuncios|anuncian|desconfíe|desconfía|desconfíen|mitos?|estafas?|supuestamente|ojalá|pensé|pensaba|creí|creía|vendieron)${S}[^.;:!?,\\n\\u{1F300}-\\u{1FAFF}\\u2600-\\u27BF]{0,60})`
);
/** A hedge later in the sentence ("…como la mayoría", "…en algunos pacientes"): a typical result, not a promise. */
const HEDGED_AFTER = fold(
  `(?![^.;!?\\n]{0,80}(?:como${S}la${S}mayoría|en${S}(?:la${S}mayoría|algunos|muchos|ciertos)${S}(?:de${S}los${S})?(?:casos|pacientes)|los${S}resultados${S}(?:varían|pueden${S}variar)|según${S}(?:los${S})?estudios|en${S}(?:algunas|ciertas)${S}personas` +
    // doubt right after a reported claim ("…te cura todo, pero no le creo")
    `|pero${S}(?:yo${S})?no${S}(?:le${S}|lo${S}|les${S})?cre[oa]|no${S}es${S}(?:cierto|verdad)|es${S}(?:mentira|falso|un${S}mito)|no${S}(?:funciona|sirve)${S}(?:así|para${S}nada)|no${S}(?:funcionó|sirvió)(?![\\p{L}])|pero${S}no(?=${S0}[,.;!]|${S}al${S}final)))`
);
const scoped = (rule: ClaimRule): ClaimRule => ({
  ...rule,
  pattern: `(?=(?:${rule.pattern}))${NEGATED_BEFORE}(?:${rule.pattern})${HEDGED_AFTER}`,
});

/** Devices and procedures meant to be permanent (implants, dentures, sterilisation): "permanente" describes them. */
const DEVICE_NOT_BEFORE = `(?<!(?:implantes?|dentales?|dientes|dentadura|prótesis|anticoncepción|ligadura|vasectomía|marcapasos)[^.;!?]{0,40})`;

const RULES: ClaimRule[] = [
    // cure: a cure verb or noun with a condition around it ("me curó la diabetes", "la cura para la neuropatía").
    {
      id: 'cure.word',
      kind: 'cure',
      pattern: fold(
        `(?<!(?:el|un|del|al|padre|señor|sr\\.?|pueden?|podría|podrían|posible|suelen?|se${S}puede|se${S}pueden|tiene|tienen|hay|existe|sin|buscan?|buscar|encontrar|investigan?)${S}(?:una${S}|la${S})?)` +
          `(?<!(?:probabilidad(?:es)?|posibilidad(?:es)?|tasas?|índices?|porcentaje)${S}de${S})` +
          `cur(?:a|an|ó|o|aron|é|e|en|amos|ando|ará|arán|aría|ado|ada|ados|adas|ar|arte|arse|arme|arle|arla|arlo|ame|ándome|ación|aciones|ativ[oa]s?)` +
          `(?!${S}(?:muchas|muchos|algunas|algunos|casi|la${S}mayoría|en${S}la${S}mayoría|en${S}muchos|en${S}algunos|la${S}herida|las${S}heridas|heridas?))`
      ),
      needs: 'health-around',
    },
    // detox of an organ ("limpia los riñones"); brushing teeth is not one
    { id: 'cure.detox', kind: 'cure', pattern: fold(`(?:limpi|desintoxic)(?:a|an|ó|ar)${S}(?:el|la|los|las|tu|su|tus|sus|mi|mis)${S}(?:colon|hígado|riñones|riñón|arterias|sangre|intestinos?|pulmones|organismo)`) },
    // Out of the illness: "salió libre de cáncer", "los enfermos de diabetes salen sanos"; "mata las células del cáncer".
    {
      id: 'cure.free',
      kind: 'cure',
      pattern: fold(`(?:quedó|quedé|quedaron|salió|salí|salieron|salen|sale|quedas|quedan)${S}(?:totalmente${S}|completamente${S})?(?:libres?${S}de|san[oa]s?(?![\\p{L}])|curad[oa]s?)|mat(?:a|an|ó|ar)${S}(?:las${S}|los${S}|el${S}|la${S})?(?:células|tumor)`),
      needs: 'health-around',
    },
    { id: 'cure.hashtag', kind: 'cure', pattern: fold(`#[\\p{L}\\p{N}_]{0,30}(?:curad[oa]|meCuré|curaci[oó]n)[\\p{L}\\p{N}_]{0,30}`) },
    {
      id: 'cure.remove',
      kind: 'cure',
      pattern: fold(
        `(?:quit(?:a|an|ó|aron|ar|ármelo|ó${S}de${S}raíz)|elimin(?:a|an|ó|aron|ar)(?:${S}de${S}raíz)?|acab(?:a|an|ó|ar)${S}con|termin(?:a|ó|ar)${S}con|desaparec(?:e|en|ió|ieron)|san(?:an|ó|ar|é)|borr(?:a|ó|ar)|ya${S}no${S}(?:tengo|tiene|tienes|tenemos|sufro|sufre|padezco|padece|padecemos)(?:${S}de)?)`
      ),
      needs: 'health',
    },
    { id: 'cure.gone', kind: 'cure', pattern: fold(`(?:se${S}(?:acabó|acabaron|terminó|terminaron)|se${S}(?:me|le|te|nos|les)${S}(?:quitó|fue|curó|desapareció)|desapareció${S}por${S}completo|se${S}fue${S}por${S}completo)`), needs: 'health-around' },
    // miracle
    {
      id: 'miracle.word',
      kind: 'miracle',
      pattern: fold(
        `#?milagros[oa]s?(?:mente)?|#milagro[\\p{L}_]{0,20}` +
          `|(?:pastillas?|píldoras?|remedios?|curas?|curación|fórmulas?|tés?|productos?|cremas?|gotas|aceites?|suplementos?|cápsulas|semillas?|tratamientos?|plantas?|hierbas?|jugos?|polvos?|bebidas?|batidos?|aparatos?|láser|terapias?)${S}(?:${W}){0,1}milagros?` +
          `|(?:un|el|es${S}un|es${S}el|verdadero|auténtico)${S}(?:verdadero${S})?milagro${S}(?:natural${S})?(?:para|contra|que${S}(?:cura|quita|elimina|sana))` +
          `|(?:pastilla|píldora|fórmula|poción|remedio|solución|bala|cura|crema)${S}mágica?|varita${S}mágica` +
          `|(?:es|fue|son|era)${S}(?:algo${S}|simplemente${S}|realmente${S}|como${S})?mágic[oa]s?|(?:como${S})?por${S}arte${S}de${S}magia` +
          // the same promise as a figure of speech: "pura magia para las articulaciones", "una maravilla de la naturaleza"
          `|(?:pura|verdadera|auténtica)${S}magia|magia${S}pura|maravilla${S}de${S}la${S}naturaleza|(?:es|fue|son|era)${S}(?:un${S}|el${S})?(?:verdadero|auténtico|puro|gran)${S}milagro` +
          `|milagro${S}(?:en${S}(?:botella|frasco|cápsulas?|gotas|un${S}frasco)|para${S}(?:su|tu|la|nuestra)${S}salud)|(?:comparto|compartir|les${S}comparto|te${S}comparto)${S}(?:el|este|mi|un)${S}milagro`
      ),
    },
    // guarantee: a promised outcome; a clinic's service guarantee ("garantizamos una cita") passes.
    {
      id: 'guarantee.word',
      kind: 'guarantee',
      pattern: fold(
        `(?:garantiz(?:a|an|o|ó|amos|ado|ada|ados|adas|ar)|garantía|garantías|aseguramos|te${S}aseguro|le${S}aseguro)(?!${S}(?:de${S})?(?:${SERVICE})(?![\\p{L}]))(?!${S}(?:que${S})?(?:le${S}|te${S})?(?:atenderemos|llamaremos|responderemos|contestaremos))` +
          `|(?:éxito|resultados?|mejoría|curación)${S}(?:${W}){0,1}asegurad[oa]s?` +
          `|(?:te|se|les?)${S}lo${S}(?:prometo|prometemos|juro)|(?:le|te|les)${S}prometo${S}que|prometemos${S}que` +
          `|(?:le|te|les)${S}(?:devolvemos|regresamos|reembolsamos)${S}(?:su|tu|el)${S}dinero`
      ),
    },
    // universal efficacy
    {
      id: 'universal.works',
      kind: 'universal-efficacy',
      pattern: fold(
        `(?<!(?:clínica|clínicas|hospital|centro|oficina|consultorio|farmacia|servicio|línea|horarios?|estacionamiento|ubicación|calendario|portal|app|aplicación|plan|planes|financiamiento|precio|precios|menú|sistema|formato|programa${S}de${S}citas)${S})(?:funciona|funcionan|funcionó|sirve|sirven|sirvió|efectiv[oa]s?|eficaz|eficaces|eficacia(?:${S}comprobada)?|works?)${S}(?:en|para|a|con|on|for)${S}(?:absolutamente${S})?(?:el${S}|la${S})?` +
          `(?:tod[oa]s(?!${S}(?:las${S}edades${S}de|los${S}días))|todo${S}el${S}mundo|everyone|cualquier${S}persona|cualquier${S}tipo${S}de|cualquier${S}(?:caso|paciente|edad|enfermedad|dolor|problema)|cualquiera|${hundred}|cien${S}por${S}ciento)`
      ),
    },
    {
      id: 'universal.every',
      kind: 'universal-efficacy',
      pattern: fold(
        `no${S}falla(?:${S}nunca)?|nunca${S}falla|jamás${S}falla|infalibles?|sin${S}excepci(?:ón|ones)` +
          `|sin${S}importar${S}(?:la${S}edad|el${S}tipo|la${S}causa|la${S}gravedad|el${S}caso|la${S}enfermedad|tu${S}(?:edad|condición|caso|peso)|su${S}(?:edad|condición|caso|peso)|qué${S}tan|cuánto${S}tiempo|cuántos${S}años)` +
          `|no${S}hay${S}(?:enfermo|paciente|persona|nadie|caso|cuerpo)${S}que${S}no` +
          `|tasa${S}de${S}(?:éxito|efectividad|eficacia)${S}(?:del?${S})?(?:100|cien)` +
          `|${hundred}${S}(?:efectiv[oa]s?|eficaz|de${S}(?:éxito|efectividad|eficacia))` +
          `|${hundred}${S}de${S}(?:los${S}|las${S}|nuestr[oa]s${S}|sus${S}|mis${S})?(?:pacientes|casos|usuari[oa]s|clientes|personas|participantes|tratad[oa]s)` +
          `|tod[oa]s${S}(?:nuestr[oa]s|los|las|mis|sus)${S}(?:pacientes|clientes|usuari[oa]s)${S}(?:${W}){0,1}(?:alcanzan|logran|mejoran|sanan|se${S}curan|bajan|ven|notan|obtienen|consiguen|quedan|recuperan|se${S}recuperan|salen|superan|eliminan|pierden|dejan)` +
          `|(?:éxito|resultados)${S}(?:en|con|para)${S}tod[oa]s${S}(?:(?:los|las|nuestr[oa]s|mis|sus)${S})?(?:pacientes|casos|clientes|usuari[oa]s)` +
          `|a${S}tod[oa]s?${S}(?:el|la|los|las)${S}que${S}(?:${W}){0,3}(?:le|les)${S}(?:funciona|funcionó|sirve|sirvió|ha${S}servido|han${S}servido|ha${S}funcionado)` +
          // "a todos mis pacientes les ha funcionado", "nunca ha fallado en nadie"
          `|a${S}tod[oa]s${S}(?:mis|sus|nuestr[oa]s|l[oa]s|tus)${S}(?:pacientes|clientes|usuari[oa]s|amig[oa]s|conocid[oa]s)${S}(?:les${S})?(?:ha${S}|han${S})?(?:funcionado|servido|funciona|sirve|funcionó|sirvió)` +
          `|(?:nunca|jamás|no)${S}(?:me${S}|nos${S}|le${S})?ha${S}fallado${S}(?:a|en|con)${S}(?:nadie|ningún${S}paciente|ninguno|ningún${S}caso)` +
          `|(?:a|para)${S}cualquier${S}persona|le${S}(?:funciona|sirve)${S}a${S}(?:todo${S}el${S}mundo|cualquiera|tod[oa]s)` +
          `|(?:a${S})?(?:todo${S}el${S}mundo|tod[oa]s|cualquiera)${S}(?:le|les)${S}(?:funciona|sirve|ha${S}funcionado|ha${S}servido)`
      ),
    },
    // zero risk
    {
      id: 'zero.side',
      kind: 'zero-risk',
      pattern: fold(
        `(?<!(?:salió|salieron|fue|fueron|transcurrió|pasó|terminó|nació|nacieron|estuvo|estuve|recuperé|recuperó|salí|todo|operación|parto|cirugía)${S}(?:todo${S})?)(?:sin|cero|ning[uú]n|ninguna|libre${S}de|nada${S}de)${S}(?:(?:tipo${S}de|ningún|ninguna)${S})?(?:riesgos?|efectos?${S}(?:secundarios?|adversos?|colaterales?)|contraindicaciones|complicaciones|peligros?|reacciones${S}adversas)` +
          `(?!${S}(?:graves|fuertes|importantes|mayores|serios|severos|hasta${S}ahora|por${S}ahora|por${S}el${S}momento|de${S}momento|inesperados))` +
          `|no${S}(?:tiene|tienen|hay|causa|causan|produce|producen|presenta|presentan|da|dan|existe|existen|tendrás|tendrá)${S}(?:(?:ning[uú]n|ninguna|ningunos|ningunas)${S})?(?:riesgos?|efectos?${S}(?:secundarios?|adversos?|colaterales?)|contraindicaciones|complicaciones|peligros?|reacciones)` +
          `|riesgo${S}cero` +
          `|sin${S}(?:ningún|ninguna|ningun)${S}(?:${W}){0,2}?(?:riesgos?|peligros?|efectos?)|sin${S}efectos(?=${S0}[,.;!]|${S0}$|${S}(?:sin|ni)${S})` +
          `|(?:sin|no)${S}(?:crear|causar|generar|crea|causa|genera)${S}(?:ninguna${S})?(?:dependencia|adicción)`
      ),
    },
    {
      id: 'zero.safe',
      kind: 'zero-risk',
      pattern: fold(
        `(?:no|nunca|jamás)${S}(?:te|le|les|nos|me)${S}(?:puede|pueden|va${S}a|van${S}a|hará|hace|hacen)${S}(?:hacer${S})?(?:daño|mal)|no${S}hace${S}(?:ningún${S})?daño|inofensiv[oa]s?` +
          `|(?:totalmente|completamente|${hundred}|absolutamente|perfectamente|garantizad[oa]|siempre)${S}(?:segur[oa]s?|inofensiv[oa]s?|inocu[oa]s?)` +
          `|(?<!(?:clínicas?|instalaciones|hospital|consultorios?|oficinas?|centro|sala|ambiente|lugar|espacio|estacionamiento|área|edificio)${S}(?:es|son|está|están)${S}(?:${W}){0,1})segur[oa]s?${S}para${S}(?:todo${S}el${S}mundo|tod[oa]s|cualquier${S}persona|cualquiera|toda${S}la${S}familia)` +
          `|(?:complicaciones|riesgos|efectos${S}secundarios)${S}(?:son|es)${S}(?:imposibles?|nulos?|inexistentes?)|imposible${S}que${S}(?:te|le)${S}(?:haga|pase|salga)` +
          `|no${S}(?:hay|existe)${S}(?:ningún${S})?(?:riesgo|peligro)${S}(?:alguno|de${S}nada)|(?:no|nada)${S}puede${S}salir${S}mal` +
          `|tan${S}segur[oa]s?${S}que|hasta${S}(?:los${S}|las${S})?(?:bebés|niños|embarazadas)${S}(?:lo|la|los|las)${S}pueden${S}(?:tomar|usar)` +
          `|(?:ningún|ninguno${S}de${S}(?:nuestros|mis|los)|ninguna${S}de${S}(?:nuestras|mis|las))${S}(?:pacientes?|clientes?|clientas?|usuari[oa]s?)${S}(?:ha|han)${S}(?:tenido|presentado|sufrido|reportado)${S}(?:(?:ningún|ninguna|un|una)${S})?(?:efectos?|complicaci(?:ón|ones)|reacci(?:ón|ones)|problemas?|molestias?|infecci(?:ón|ones))`
      ),
    },
    // permanence
    {
      id: 'perm.forever',
      kind: 'permanence',
      pattern: fold(
        `(?<!(?:cambi[oó]|cambia|cambian|cambiaron|cambiar|marc[oó]|agradecid[oa]s?|recordar[eé]|recordaremos|record[aá]ndote|amor|gracias|vida|queda|quedará|qued[oó]|quedaron|estar[eé]|mi${S}vida|tratamiento|tratamientos|medicamento|medicamentos|medicación|insulina|control|seguimiento|vigilancia|terapia|condición|enfermedad|crónica|crónico|dieta|cuidado|cuidados|secuelas|daño|dañad[oa]s?|paralizad[oa]s?|discapacidad|cicatriz|cicatrices|marcad[oa]s?|perdí|perdió|perder)${S})(?:para${S}siempre|de${S}por${S}vida)`
      ),
      needs: 'health-around',
    },
    {
      id: 'perm.word',
      kind: 'permanence',
      pattern: fold(
        `(?:(?:resultados?|alivio|soluci[oó]n|cura|curación|eliminación|efectos?|mejoría|reducción|pérdida${S}de${S}peso|garantía)${S}(?:${W}){0,1}(?:${DEVICE_NOT_BEFORE}permanentes?|definitiv[oa]s?|de${S}por${S}vida|para${S}siempre|que${S}duran?${S}(?:para${S}siempre|toda${S}la${S}vida))` +
          `|${DEVICE_NOT_BEFORE}(?:permanentemente|(?:de${S}forma|de${S}manera|para${S}siempre${S}y)${S}(?:permanente|definitiva))|adi[oó]s${S}para${S}siempre` +
          `|nunca${S}más${S}(?:volver[aá]s?${S}a${S}|volverán${S}a${S})?(?:sufrir[aá]s?|sufrirán|tendr[aá]s?|tendrán|padecer[aá]s?|padecerán|sentir[aá]s?|sentirán|necesitar[aá]s?|necesitarán|usar[aá]s?|usarán|te${S}preocupar[aá]s|se${S}preocupará|sufrir|tener|padecer|necesitar)` +
          `|(?:ya${S})?nunca${S}(?:más${S})?(?:vas|van|va)${S}a${S}(?:volver${S}a${S})?(?:sufrir|tener|padecer|sentir|necesitar|usar)` +
          `|nunca${S}más${S}(?:se${S}|te${S}|le${S}|me${S})?enferm(?:e|es|en|a|as|an|ará|arás|arán|ar)(?![\\p{L}])` +
          `|no${S}(?:volverás|volverá|volverán|vuelves|vuelve|vuelven)${S}a${S}(?:sufrir|tener|padecer|sentir|necesitar|usar|salir|aparecer|crecer)` +
          `|(?:no|nunca|jamás)${S}(?:vuelve|vuelven|volverá|volverán|regresa|regresan|regresará|regresarán|reaparece|reaparecen)(?:${S}(?:nunca|jamás|más))?(?=[\\s.,!;]|$))`
      ),
    },
    { id: 'perm.goodbye', kind: 'permanence', pattern: fold(`adi[oó]s(?:${S}para${S}siempre)?(?:${S}(?:a|al)(?:${S}(?:la|las|los|tus|sus))?)?`), needs: 'health' },
    // stopping or replacing proven treatment
    {
      id: 'repl.stop',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?<!antes${S}de${S})(?:dej(?:a|e|en|ar|é|ó|aron|amos|ad|ás)(?:${S}de${S}(?:tomar|usar|ponerte|ponerse|inyectarte|ir${S}al?))?|suspend(?:e|a|an|en|er|í|ió|ieron|ieran)|abandon(?:a|e|en|ar|é|ó)|(?:tir(?:a|e|en|é|ó|aron)|bot(?:a|e|en|é|ó))(?!${S}(?:${W}){0,3}(?:vencid|caducad|expirad|sobrante))|olvíd(?:ate|ese|ense|alo|ala)(?:${S}de)?|(?<!(?:para|puede|pueden|necesita|desea|quiere|si)${S})cancel(?:a|e|en)` +
          `|(?<!(?:decidi[oó]|decidieron|decidimos|tuvo${S}que|tuvieron${S}que|tuvimos${S}que|hubo${S}que|se|van${S}a|vamos${S}a|para|puede|pueden|necesita|desea|quiere)${S})cancel(?:ar|ó|é)` +
          `|bye${S}bye|adi[oó]s(?:${S}para${S}siempre)?(?:${S}(?:a|al)(?:${S}(?:la|las|los|tus|mis|sus))?)?|di${S}adi[oó]s${S}a|no${S}más(?!${S}de)` +
          `|ya${S}no${S}(?:tomo|toma|tomas|tomamos|necesito|necesita|necesitas|uso|usa|usas|me${S}pongo|me${S}inyecto|voy${S}al?)` +
          `|(?:no|nunca|jamás)${S}(?:más${S})?(?:necesitas|necesita|necesitan|necesitarás|necesitará|necesitarán|vas${S}a${S}necesitar|volverás${S}a${S}necesitar|hace${S}falta|hacen${S}falta)${S}(?:la|las|el|los|tus?|sus?|un|una|más|ningún|ninguna|ir${S}al?)(?![\\p{L}])` +
          `|nunca${S}más${S}(?:necesitarás|tomarás|usarás)|reemplaz(?:a|an|ar|ó)|sustitu(?:ye|yen|ir|yó)|en${S}vez${S}de|en${S}lugar${S}de` +
          `|(?:mejor|más${S}efectiv[oa]|más${S}segur[oa])${S}que${S}(?:la|las|el|los|cualquier|una|un|tod[oa]s${S}(?:las|los))(?![\\p{L}])|puede${S}dejar|pueden${S}dejar|podrás${S}dejar|no${S}como|(?:para|por)${S}qué${S}(?:seguir${S}(?:con|tomando|usando)|gastar${S}en|pagar|arriesgarte${S}(?:con|a)))` +
          // pre-operative and prescribed instructions ("suspenda los anticoagulantes antes de la cirugía")
          `(?![^.;!?]{0,80}(?:antes${S}de${S}(?:la|su|el)${S}(?:cirugía|procedimiento|operación|estudio|colonoscop\\p{L}+|endoscop\\p{L}+|examen)|(?:según|como|por)${S}(?:le${S})?(?:indic\\p{L}+|orden)|si${S}(?:su${S})?(?:médico|doctor)${S}(?:se${S}lo${S}|lo${S})?(?:indica|pide|dice)))`
      ),
      needs: 'treatment',
    },
    // Without the treatment ("sin cirugía", "sin necesidad de insulina"), not without a visit or a prescription.
    {
      id: 'repl.without',
      kind: 'treatment-replacement',
      pattern: fold(`sin(?:${S}necesidad${S}de)?(?!${S}(?:(?:un|el|su|la|ningún|ninguna)${S})?(?:tratamiento|terapia|médico|doctor|hospital|especialista|receta|cita|dolor))`),
      needs: 'treatment',
    },
    // Ignoring or avoiding the treatment ("no le hagan caso al pediatra", "evite la cirugía", "ya ni uso mis pastillas").
    {
      id: 'repl.ignore',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?:no${S}(?:le${S}|les${S})?(?:hagas|haga|hagan)${S}caso${S}(?:a|al)|evit(?:e|a|as|en|ar|é|ó)(?!${S}(?:suspender|dejar|interrumpir|olvidar|saltar\\p{L}*|abandonar|automedicar\\p{L}*))` +
          `|ya${S}ni${S}(?:tomo|toma|uso|usa|necesito|necesita|me${S}pongo|me${S}inyecto)|olvid(?:a|as|an|ará|arás)${S}(?:para${S}siempre${S})?de(?:l)?|(?:no|nunca)${S}(?:más${S})?(?:necesitas|necesita|necesitan|necesitarás)(?=${S}(?:médicos|doctores|medicinas|medicamentos|pastillas|cirugías|operaciones)))`
      ),
      needs: 'treatment',
    },
    { id: 'repl.swap', kind: 'treatment-replacement', pattern: fold(`cambi(?:a|e|en|é|ó|ar|amos)${S}(?:tus|sus|mis|la|las|los|el|su|tu)${S}(?:${T})${S}por`) },
    { id: 'repl.why', kind: 'treatment-replacement', pattern: fold(`(?:para|por)${S}qué${S}(?:operarte|operarse|someterte${S}a${S}(?:una${S})?(?:cirugía|operación)|arriesgarte${S}(?:con|a)${S}(?:una${S})?(?:cirugía|operación))`) },
    {
      id: 'repl.after',
      kind: 'treatment-replacement',
      pattern: fold(
        `(?:ya${S}no${S}(?:l[oa]s?${S})?(?:necesito|necesitas|necesita|tomo|uso)|son${S}innecesari[oa]s|es${S}innecesari[oa]|no${S}sirven${S}para${S}nada|ya${S}no${S}hace[n]?${S}falta|a${S}la${S}basura|(?:son|es)${S}(?:un${S}fraude|veneno|puro${S}negocio)|(?:es|son)${S}suficientes?)`
      ),
      needs: 'treatment-before',
    },
    // instant results
    {
      id: 'instant.word',
      kind: 'instant-results',
      pattern: fold(
        `instant[aá]ne(?:o|a|os|as|amente)|al${S}instante|en${S}un${S}instante` +
          `|(?<!(?:atención|ayuda|cita|contacto|respuesta|servicio|confirmación|acceso|alta|busque|buscar|llame|llamar|acuda|acudir|emergencia|médica|avísenos|avise|avisar|informe|notifique|comuníquese|suspenda|deje|consulte)${S})inmediat(?:o|a|os|as|amente)` +
          `(?!${S}(?:a${S}(?:urgencias|emergencias|su${S}médico|la${S}clínica|su${S}doctor)|al${S}(?:911|médico|doctor|hospital)|si${S}))` +
          `|(?<!(?:cambi[oó]|cambia|cambian|cambiaron|cambiar|cambió${S}mi${S}vida)${S})de${S}la${S}noche${S}a${S}la${S}mañana` +
          `|desde${S}(?:la|el)${S}(?:primer[oa]?|1r?[ao]|1er)${S}(?:toma|dosis|día|sesión|consulta|cucharada|aplicación|uso|cita|gota|pastilla|cápsula|inyección|vez|masaje|ajuste|parche|taza|trago|tratamiento|semana|noche)` +
          `|(?:en|con|tras|después${S}de)${S}(?:una${S}sola|un${S}solo|solo${S}una|solo${S}un|la${S}primera|el${S}primer)${S}(?:sesión|dosis|toma|aplicación|inyección|tratamiento|noche|parche|cápsula|pastilla|gota|cucharada|taza|visita|consulta|ampolla|masaje|ajuste)` +
          // waking up already cured ("despierta mañana sin acidez"), the same night
          `|(?:despierta|despiertas|despertarás|amanece|amaneces|amanecerás|amanecí|desperté)${S}(?:mañana${S}|al${S}día${S}siguiente${S})?(?:sin|libre${S}de|con${S}\\d{1,2}${S}(?:kilos|tallas)${S}menos|\\d{1,2}${S}(?:kilos|tallas)${S}menos)` +
          `|en${S}(?:una|un)${S}(?:sola${S})?(?:noche|sesión|visita|consulta|dosis|aplicación)(?![\\p{L}])` +
          `|en${S}el${S}acto` +
          `|(?:resultados?|efectos?|alivio|mejoría|recuperación|cambios?)${S}(?:visibles?${S})?(?:inmediat[oa]s?|al${S}momento|en${S}minutos|en${S}horas|exprés|express|relámpago)` +
          `|(?:resultados?|cambios?)${S}(?:visibles|garantizados|reales|notables)${S}(?:en${S}|desde${S})(?:solo${S}|apenas${S})?(?:\\d{1,2}|un[ao]?|dos|tres)${S}(?:minutos|horas|días|día)` +
          `|(?<!(?:consulta|cita|atención|respuesta|video|videollamada|entrega|envío|servicio|resultados)${S}(?:${W}){0,3})en${S}(?:cuesti[oó]n${S}de${S})?(?:minutos|segundos)(?!${S}(?:de${S}(?:camino|distancia)|del?${S}centro))`
      ),
    },
    {
      id: 'instant.hours',
      kind: 'instant-results',
      pattern: fold(
        `(?<!(?:resultados?|pruebas?|análisis|estudios?|examen|exámenes|laboratorio|muestras?)${S}(?:${W}){0,4})(?<!(?:list[oa]s?|dura|duran|tarda|tardan|toma|toman|demora|demoran|entrega|entregamos|entregan|responde|respondemos|atiende|atendemos|unos|unas|aproximadamente|alrededor${S}de|llega|llegan|abre|abrimos|cierra|cerramos|cita|citas|menos${S}de|dentro${S}de|máximo|espera|esperar)${S})` +
          `en${S}(?:solo${S}|tan${S}solo${S}|apenas${S}|sólo${S})?(?:\\d{1,2}|un[ao]?|dos|tres|cuatro|cinco|seis|doce|veinticuatro|24|48|72)${S}(?:minutos|horas|hora|segundos)` +
          `|en${S}(?:cuesti[oó]n${S}de${S}|pocas${S}|unas${S}pocas${S})(?:horas|minutos|días)|(?:esa|ese|esta|este)${S}mism[oa]${S}(?:noche|día)` +
          `|en${S}(?:solo${S}|tan${S}solo${S}|apenas${S})?(?:[1-7]|un|dos|tres|cuatro|cinco|seis|siete)${S}d[ií]as?(?![\\p{L}])`
      ),
      needs: 'health-before',
    },
    // "A los cinco minutos ya no sentía el dolor": a few minutes or hours counted from the remedy, with a condition around.
    {
      id: 'instant.after',
      kind: 'instant-results',
      pattern: fold(`a${S}(?:los|las)${S}(?:\\d{1,2}|dos|tres|cuatro|cinco|diez|quince|veinte|treinta)${S}(?:minutos|segundos|horas)(?:${S}de${S}(?:tomar|tomarl[oa]|aplicar|aplicarl[oa]|usar|usarl[oa]|ponérmel[oa]))?`),
      needs: 'health-around',
    },
    // effortless weight loss
    {
      id: 'ewl.without',
      kind: 'effortless-weight-loss',
      pattern: fold(
        `(?:` +
          `sin${S}(?:hacer${S})?(?:nada${S}de${S})?(?:dietas?|ejercicios?|gimnasio|gym|rebote|matarte|sacrificios?|pasar${S}hambre|contar${S}calorías|dejar${S}de${S}comer|dejar${S}(?:las${S}|los${S}|el${S}|la${S})?(?:tortillas|pan|tacos|refresco|postres|carbohidratos))` +
          // "sin esfuerzo" is about weight only after a weight word (the look-behind runs on a match only)
          `|sin${S}(?:ningún${S})?(?:esfuerzo|cambiar${S}(?:tus|sus|su|tu|nada)|moverte|moverse|salir${S}de${S}casa)(?<=(?:grasa|peso|kilos|libras|tallas|panza|barriga|adelgaz\\p{L}{0,5}|bajé|bajar)[^.!?]{0,90})` +
          `|mientras${S}(?:duermes|duerme|duermen|dormís|descansas|ves${S}(?:la${S})?(?:tele|televisión|netflix)|est[aá]s${S}sentad[oa])` +
          `|comiendo${S}(?:de${S}todo|lo${S}que${S}quieras|lo${S}que${S}quiera|lo${S}mismo|todo${S}lo${S}que|tacos|pizza|tortillas|pan|postres|hamburguesas)` +
          `|(?:no|nunca|ni)${S}(?:hice|hago|hizo|hace|hiciste|tuve${S}que${S}hacer)${S}(?:nada${S}de${S})?(?:dieta|ejercicio)` +
          `|(?:no|ni)${S}(?:pisé|piso|pisó|fui${S}al?)${S}(?:un${S}|el${S})?(?:gimnasio|gym)` +
          `|(?:quema|quemas|derrite|derrites|derrita|disuelve|disuelves|desaparece|desaparecen)${S}(?:(?:la|las|los|el|tu|su)${S})?(?:grasa|panza|barriga|lonjas|llantitas|kilos|libras|celulitis|abdomen)(?:${S}abdominal)?${S}(?:sin|mientras|sola|solas|dormid|como${S}por${S}arte)` +
          `|(?:kilos|grasa|peso|libras|lonjas|llantitas|panza|barriga|tallas)${S}(?:se${S})?(?:derriten|derrite|desaparecen|desaparece|esfuman|esfuma|caen|cae|van)${S}(?:sol[oa]s?|como${S}por${S}arte${S}de${S}magia|sin${S}(?:esfuerzo|hacer${S}nada))` +
          `|lose${S}weight|adelgaza(?:r|s)?${S}(?:sin|comiendo|mientras|dormid)|baj(?:a|ar|e|é|ó|as|en)${S}de${S}peso${S}(?:sin|comiendo|mientras|dormid)` +
          `|(?:baj[eéoó]|bajas|bajar|bajan|pierde|perdí|perder|pierden|elimina|adelgaz(?:a|as|ó|é|ar|an))${S}(?:hasta${S})?\\d{1,3}${S}(?:kilos|kg|libras|lbs|tallas)${S}(?:en${S}(?:una|un|\\d{1,2}|dos|tres)${S}(?:semana|semanas|mes|días)|sin)` +
          `)(?![^.;!?]{0,60}${S}(?:no${S}es${S}(?:realista|posible|cierto|verdad)|es${S}(?:un${S}mito|mentira|falso|imposible)))`
      ),
    },
    // cure-all
    {
      id: 'cureall.word',
      kind: 'cure-all',
      pattern: fold(
        `cura(?:n)?${S}(?:de${S}todo|todo|todas${S}las${S}enfermedades|cualquier${S}(?:enfermedad|cosa))` +
          `|(?:sirve|sirven|buen[oa]s?|remedio|cura|solución)${S}para${S}(?:todo(?![\\p{L}])(?!${S}(?:el${S}mundo|tipo${S}de${S}piel|public|público|la${S}familia))|tod[oa]s${S}(?:las${S}enfermedades|los${S}males|los${S}padecimientos))` +
          `|(?:remedio|cura|solución|tratamiento|producto|fórmula)${S}(?:para|contra)${S}(?:más${S}de${S})?(?:\\d{2,4}|cien|mil|cientos${S}de|miles${S}de)${S}(?:enfermedades|males|padecimientos|dolencias|afecciones)` +
          `|(?:más${S}de${S})?(?:\\d{2,4}|cien|mil|cientos${S}de)${S}(?:enfermedades|males|padecimientos|dolencias)${S}(?:distint[oa]s${S})?(?:diferentes${S})?(?:que${S})?(?:cura|trata|alivia|elimina)` +
          `|para${S}(?:más${S}de${S})?(?:\\d{2,4}|cien|mil)${S}(?:enfermedades|males|padecimientos)` +
          `|(?:cura|curan|trata|tratan|sana|sanan|alivia|alivian|elimina|eliminan|previene|previenen)${S}(?:más${S}de${S})?(?:\\d{2,4}|cien|mil|cientos${S}de|miles${S}de)${S}(?:enfermedades|males|padecimientos|dolencias|afecciones)` +
          `|(?:y|e|,|o)${S0}hasta${S}(?:el${S}|la${S}|los${S}|las${S})?(?:cáncer|diabetes|autismo|alzh?eimer|covid|vih|sida|lupus|parkinson|esclerosis|tumores|leucemia|epilepsia)` +
          `|todo${S}todo|cualquier${S}(?:enfermedad|mal|padecimiento|dolencia)|todo${S}tipo${S}de${S}(?:enfermedades|males|padecimientos|dolencias)|lo${S}cura${S}todo`
      ),
    },
    {
      id: 'cureall.list',
      kind: 'cure-all',
      pattern: fold(`(?:cura|curan|curó|sana|sanan|trata|tratan|quita|quitan|elimina|eliminan|alivia|alivian|previene|previenen|sirve${S}para|es${S}buen[oa]${S}para|ayuda${S}con|combate|combaten)`),
      needs: 'list',
    },
    // disease reversal
    {
      id: 'reversal.verb',
      kind: 'disease-reversal',
      pattern: fold(
        `rev(?:ierte|ierten|irti[oó]|irtieron|ert[ií]|ertir|ertirla|ertirlo|ertimos|ierta|ersión${S}de)|(?<!se${S})regener(?:a|an|ar|ó|é|aron|ación${S}de)|reconstru(?:ye|yen|ir|yó)` +
          `|restaur(?:a|an|ar|ó)|repar(?:a|an|ar|ó)|deshi(?:zo|ce|cieron)|deshac(?:e|en|er)|disuelv(?:e|en)|disolvi(?:ó|eron)|destap(?:a|an|ó)|limpi(?:a|an|ó)${S}(?:las${S})?arterias` +
          `|rejuvenec(?:e|en)|(?:hace|hacen|vuelve|vuelven|volvi[oó]|volvieron)${S}a${S}crecer|(?:hace|hacen)${S}crecer|crec(?:er|ió|en)${S}(?:de${S})?nuev[oa]s?` +
          `|desinflam(?:a|an|ó|aron)|desaparec(?:e|en|ió)${S}(?:la${S}|las${S})?(?:placa|tumor|tumores|quistes?|hernias?)`
      ),
      needs: 'health-around',
    },
    { id: 'reversal.stop', kind: 'disease-reversal', pattern: fold(`(?<!que${S})(?:detien(?:e|en)|detuvo)`), needs: 'health' },
    // vaccine alternative
    {
      id: 'vax.alt',
      kind: 'vaccine-alternative',
      pattern: fold(
        `alternativas?(?:${S}naturale?s?)?${S}(?:a|al|para|de)|sustitut[oa]s?${S}(?:de|para)|en${S}vez${S}de|en${S}lugar${S}de|igual${S}(?:que|de${S}efectiv[oa]${S}que)` +
          `|(?:mejor|más${S}efectiv[oa]|más${S}segur[oa])${S}que${S}(?:la|las|el|los|cualquier|una|un|tod[oa]s${S}(?:las|los))(?![\\p{L}])` +
          `|reemplaz(?:a|an|ar|o|ó)|sustitu(?:ye|yen|ir)|no${S}(?:necesitas?|necesitan|hace${S}falta|hacen${S}falta)${S}(?:la|las|el|los|tus?|sus?|ninguna|ningún|más)(?![\\p{L}])|sin${S}necesidad${S}de|innecesari[oa]s?|olvíd(?:ate|ese|ense)${S}de` +
          `|(?:hace|hacen|hará)${S}lo${S}mismo${S}que|tan${S}(?:buen[oa]s?|efectiv[oa]s?|segur[oa]s?)${S}como|(?:protege|protegen|funciona|funcionan)${S}mejor(?:${S}que)?` +
          `|(?:para|por)${S}qué${S}(?:ponerte|ponerle|ponerles)`
      ),
      needs: 'vaccine',
    },
    // The vaccine dismissed after it is named ("las vacunas no sirven", "las vacunas son veneno").
    {
      id: 'vax.after',
      kind: 'vaccine-alternative',
      pattern: fold(`no${S}(?:sirven|sirve|funcionan|funciona|protegen|protege)|(?:son|es)${S}(?:innecesari[oa]s?|veneno|puro${S}negocio|un${S}fraude|peligros[oa]s?)|hacen${S}más${S}daño`),
      needs: 'vaccine',
    },
    {
      id: 'vax.natural',
      kind: 'vaccine-alternative',
      pattern: fold(
        `inmunidad${S}natural(?:${S}es${S}(?:mejor|suficiente))?|nosodes|homeoprofilaxis|vacunas?${S}(?:naturale?s?|homeop[aá]ticas?)|inmunizaci[oó]n${S}(?:homeop[aá]tica|natural)` +
          `|(?:queda|quedan|quedas|quedará|quedarán|estará|estarán)${S}(?:inmunizad[oa]s?|vacunad[oa]s?)` +
          // protection against a vaccine-preventable disease without the vaccine ("protege del sarampión sin pinchazos")
          `|(?<!vacun[\\p{L}]{0,8}[^.;!?]{0,40})(?:protege|protegen|protegerá|inmuniza|inmunizan)${S}(?:a${S}(?:tus|sus|los|las|mis|nuestros)${S}(?:hijos|hijas|niños|niñas|bebés|pequeños)${S})?(?:contra|de|del)${S}(?:la${S}|el${S}|los${S}|las${S})?(?:sarampión|paperas|rubéola|polio|tos${S}ferina|varicela|tétanos|rabia|tifoidea|fiebre${S}amarilla|difteria|meningitis|vph)` +
          `|(?:para|por)${S}qué${S}vacunar(?:te|se|los|las|lo|la)?(?![\\p{L}])` +
          `|(?:nunca|jamás|no)${S}(?:se${S}|me${S}|nos${S})?(?:han|ha|he|hemos)${S}vacunado${S}(?:y|pero)${S}(?:están|estamos|está|estoy|son|somos|nunca|jamás)` +
          `|(?:no|nunca)${S}(?:vacun[eéó]|vacunamos|vacuno|vacunaré|vacunaremos|vacunes|vacunen)${S}(?:a${S})?(?:mis|mi|sus|su|nuestros|nuestras|los|las|tus|tu)${S}(?:hijos|hijas|niños|niñas|bebés|bebé|hijo|hija|niña|niño|nietos|chamacos)`
      ),
    },
    // suppressed knowledge
    {
      id: 'supp.know',
      kind: 'suppressed-knowledge',
      pattern: fold(
        `(?:no|nunca|jamás)${S}(?:te${S}|le${S}|les${S}|nos${S}|me${S})?(?:quieren|quiere|querrán|quería|querían)${S}que${S}(?:lo${S}|la${S}|esto${S})?(?:sepas|sepa|sepan|sepamos|conozcas|conozca|conozcan|descubras|descubra|te${S}enteres|se${S}enteren|leas|veas|vean)` +
          `|(?:no|nunca|jamás)${S}(?:te|le|les|nos)${S}(?:lo${S})?(?:van|va)${S}a${S}(?:decir|contar|enseñar|mostrar|recetar|explicar)` +
          `|(?:no|nunca|jamás)${S}(?:te|le|les|nos)${S}(?:lo${S})?(?:dicen|dirán|cuentan|contarán|enseñan|enseñarán|muestran|recetan|recetarán|explican)` +
          `|lo${S}que${S}(?:${W}){0,3}(?:no|nunca|jamás)${S}(?:te|le|les|nos)${S}(?:lo${S})?(?:dice|dirá|cuenta|contará|enseña|muestra|receta|explica|va${S}a${S}(?:decir|contar))` +
          // who hides it: the look-behind runs where a hiding verb matched
          `|(?:esconden|escondieron|esconde|escondió|ocultan|ocultaron|oculta|ocultó|callan|silencian|censuran|censuraron|prohibieron|prohíben)(?<=(?:médicos|doctores|farmacéuticas|farmacéutica|industria|fda|gobierno|hospitales|laboratorios|pharma|dentistas|oncólogos|ellos|sistema)${S}(?:${W}){0,2}\\p{L}{5,12})` +
          `|(?:big|gran)${S0}pharma|no${S}les${S}conviene|(?:fórmula|remedio|cura|tratamiento|producto|libro|video|secreto|planta|hierba)s?${S}prohibid[oa]s?` +
          `|(?:el|los)${S}secretos?${S}que${S}(?:${W}){0,3}(?:no|nunca|jamás)|(?:médicos|doctores|dentistas|farmacéuticas)${S}(?:odian|temen|están${S}furiosos)` +
          `|(?:nos|te|los|les)${S}quieren${S}enferm[oa]s|(?:mantenernos|mantenerte|mantenerlos)${S}enferm[oa]s|para${S}(?:vendernos|venderte)${S}(?:más${S})?(?:pastillas|medicinas|medicamentos)` +
          `|secretos?${S}(?:mejor${S})?guardados?|secretos?${S}(?:de${S}(?:los${S})?|que${S}(?:los${S})?)(?:médicos|doctores|farmacéuticas|dentistas)` +
          `|(?:lo|la)${S}saben${S}(?:${W}){0,1}(?:pero|y)${S}(?:se${S})?(?:callan|lo${S}esconden|lo${S}ocultan)|(?:cura|verdad|remedio|tratamiento)s?${S}que${S}(?:${W}){0,2}(?:esconden|ocultan|escondieron|ocultaron|callan)` +
          `|(?:lo|la|los|las|me|nos|le|les)${S}(?:censuraron|censuran|silenciaron|callaron|vetaron)` +
          `|antes${S}de${S}que${S}(?:lo${S}|la${S})?(?:borren|censuren|eliminen|bajen|prohíban)|(?:la${S}ciencia|la${S}verdad)${S}que${S}(?:no${S}te|nadie${S}te)`
      ),
    },
    // FDA approval stated as marketing (a dated, sourced approval of a named drug passes)
    {
      id: 'fda.approved',
      kind: 'fda-approval',
      pattern: fold(
        `(?:aprobad|avalad|autorizad|certificad|registrad|respaldad|reconocid)(?:o|a|os|as)${S}(?:y${S}\\p{L}+${S})?por${S}(?:la${S})?(?:fda|administración${S}de${S}alimentos${S}y${S}medicamentos)` +
          `(?!${S}(?:el|en|desde)${S}(?:\\d|${MONTHS}))` +
          `|(?:registro|aprobación|aval|certificación|certificado|autorización)${S}(?:de${S}la${S}|de${S}|ante${S}la${S})?fda(?!${S}(?:el|en)${S}(?:\\d|${MONTHS}))|registrad[oa]s?${S}ante${S}la${S}fda` +
          `|fda${S0}(?:approved|cleared|registered|certified)|con${S}(?:la${S})?aprobación${S}de${S}(?:la${S})?fda`
      ),
    },
  ];

export const es: ClaimPack = {
  language: 'es',
  healthObject: H,
  treatment: T,
  vaccine: V,
  negators: NEGATORS,
  notNegations: [
    'no solo', 'no sólo', 'nada menos', 'no cabe', 'no hay duda', 'sin duda', 'no lo puedo', 'no me lo', 'no podía creer', 'no puedo creer',
    // the suppression frame: what "they" do not tell you is asserted, not denied
    'no les dicen', 'no te dicen', 'no nos dicen', 'no le dicen', 'no quieren que', 'no quiere que', 'no te cuentan', 'no les cuentan',
  ],
  hedges: HEDGES,
  disclaimer: fold(
    `no${S}(?:est[aá]n?|ha${S}sido|han${S}sido|fue|pretende|pretenden|tiene${S}(?:la${S})?intenci[oó]n${S}de|busca)${S}(?:(?:destinad[oa]s?|dise[nñ]ad[oa]s?|concebid[oa]s?|indicad[oa]s?)${S}(?:a|para)${S})?(?:diagnosticar|tratar|curar|prevenir)` +
      `|(?:declaraciones|afirmaciones)${S}(?:no${S}han${S}sido|no${S}fueron)${S}evaluadas` +
      `|no${S}(?:han${S}sido|fueron|ha${S}sido)${S}evaluad[oa]s${S}por${S}(?:la${S})?(?:fda|administraci[oó]n)` +
      `|no${S}(?:sustituye|reemplaza)${S}(?:una|la|el|un)${S}(?:${W}){0,1}(?:alimentaci[oó]n|dieta|tratamiento|consejo|consulta|diagn[oó]stico)` +
      // Without a classifier for Spanish, sentences that inform rather than promise are ruled out
      // here too: risk factors, symptom and complication lists, a clinic's list of what it treats.
      `|factores${S}de${S}riesgo|(?:los${S}|sus${S})?(?:síntomas|señales|complicaciones|riesgos|causas|efectos${S}secundarios)${S}(?:más${S}comunes${S})?(?:incluyen|pueden${S}incluir|son${S}(?:raras|raros|poco${S}comunes|leves))` +
      `|(?:^|[\\s¡¿])(?:atendemos|tratamos|diagnosticamos|especialistas${S}en|nuestr[oa]s${S}(?:especialistas|médicos|servicios|programas?|clínicas?)${S}(?:atienden|tratan|incluyen|ofrecen|de))(?![\\p{L}])`
  ),
  answeredNo: fold(
    `^[\\s"'\\u201c\\u201d\\u00ab\\u00bb¡]*(?:[\\p{L} .]{1,24}:[\\s"'\\u201c\\u201d\\u00ab]*)?(?:no\\b|nop\\b|nel\\b|para${S}nada|claro${S}que${S}no|la${S}respuesta${S}(?:corta${S}|honesta${S}|breve${S})?es${S}no|falso|mito|mentira|de${S}ninguna${S}manera|en${S}absoluto|lamentablemente${S}no|desafortunadamente${S}no|tristemente${S}no|tampoco|nada${S}de${S}eso)`
  ),
  rules: RULES.map(scoped),
  // Explanations stay in English: the API's `message` is English; the admin translates kinds.
  meta: en.meta,
};
