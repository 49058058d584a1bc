/**
 * Spanish language pack for the PHI detector (entries in an `es` locale): the words its context
 * cues are made of, for US Spanish (Mexican, Caribbean and Central American usage, Spanglish).
 * Data only, like ./en.ts; the detectors in server/src/detection/phi read it (see ../pack.ts).
 *
 * Accents are often dropped in posts, so words that carry one are listed both ways ("tío", "tio").
 * Dates in the Spanish order ("el 14 de marzo", "el pasado 12 de enero") are listed as named days
 * (`holidays`), each needing a cue word before it ("el", "del", "desde", "pasado"…).
 */
import type { PhiLanguagePack } from '../pack';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Each word, plus its spelling without accents ("tía" → "tía", "tia"). */
const withPlain = (list: string[]): string[] => {
  const out = new Set<string>();
  for (const w of list) {
    out.add(w);
    out.add(w.normalize('NFD').replace(/[\u0301\u0300\u0308]/g, '').normalize('NFC'));
  }
  return [...out];
};

const MONTHS = words(`enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre`);

/**
 * Days of the year in the Spanish order, as named days. "de marzo" covers "el 3 de marzo": the
 * cue word ("el") may sit one digit before it. Two-digit days are listed whole ("14 de marzo"),
 * as the cue must be within three characters. Kept short: every entry costs scan time.
 */
const namedDays = (): string[] =>
  MONTHS.flatMap((month) => [
    `de ${month}`,
    `primero de ${month}`,
    ...Array.from({ length: 22 }, (_, i) => `${i + 10} de ${month}`),
    // month and year ("en marzo de 2024"): the year's first two digits are enough to match
    `${month} de 19`,
    `${month} de 20`,
  ]);

export const es: PhiLanguagePack = {
  language: 'es',

  // --- Names introduced by a relation: "mi esposo Andrés", "su hermano Efraín", "Mi hija, Lucía,".
  relations: withPlain(
    words(`
      hijo hija hijos hijas niño niña nene nena bebé bebito bebita chamaco chamaca gemelo gemela gemelos gemelas
      esposo esposa marido mujer pareja novio novia prometido prometida viejo vieja
      mamá mami amá mamita mai papá papi apá papito pai jefa papás mamás padres madre padre mijo mija hijito hijita
      hermano hermana hermanos hermanas hermanito hermanita manito manita carnal carnala
      nieto nieta nietos nietas nietecita nietecito bisnieto bisnieta bisnietos
      abuelo abuela abuelos abuelito abuelita abue tata bisabuelo bisabuela bisabuelos bisabuelita bisabuelito
      tatarabuelo tatarabuela
      tío tía tíos tías tito tita primo prima primos primas sobrino sobrina sobrinos sobrinas
      suegro suegra suegros cuñado cuñada cuñados yerno nuera consuegro consuegra
      padrastro madrastra hijastro hijastra medio-hermano media-hermana
      padrino madrina ahijado ahijada compadre comadre compa
      vecino vecina vecinos vecinas amigo amiga amigos amigas cuate cuata roomie roommate cuidador cuidadora
      exesposo exesposa ex-esposo ex-esposa exmarido ex-marido viejita viejito jefecita jefecito jefita jefito señora
      sister brother daughter husband wife mom dad
    `)
    // English "son" is left out: in Spanish it is "they are" ("que son de Medicare").
  ).concat(
    // The relation trigger (names.ts) uses an ASCII word boundary, which never falls after a final
    // accented letter: these stems only open the look-up window; the words themselves are above.
    words(`mam pap beb`)
  ),
  /** Relations used as a title without "mi": "Abuela Chela", "Tía Lupe", "Tío Nacho". */
  relationTitles: withPlain(
    words(`
      abuela abuelo abuelita abuelito abue tía tío tita tito nana tata mamá papá madrina padrino comadre compadre prima primo
      bisabuela bisabuelo
    `)
  ),
  /** Words before a relation that make it somebody's: "mi", "nuestra", "su". */
  possessives: words(`mi mis su sus tu tus nuestro nuestra nuestros nuestras my our his her their`),
  coordinators: words(`y e &`),
  /** Relations only after a possessive: "mi señora, Rosaura" (a wife), not "la señora Pérez". */
  possessedOnly: withPlain(words(`señora`)),
  religiousTitles: words(`hermana hermano madre padre sister brother`),
  contactRelations: withPlain(words(`esposa esposo marido mujer pareja hijo hija hijos hijas nieto nieta sobrino sobrina yerno nuera suegra suegro primo prima`)),
  relationCopulas: words(`es era fue`),
  relativePronouns: words(`que quien`),
  relationOf: words(`de del`),
  relationModifiers: withPlain(
    words(`
      mayor menor mayores menores grande chico chica chiquito chiquita chiquillo más el la los las del alma
      querido querida queridos amado amada adorado adorada lindo linda hermoso hermosa bello bella difunto difunta
    `)
  ),
  honorifics: withPlain(words(`don doña dña señor señora sr sra srita`)),
  relationPronouns: withPlain(words(`ella él`)),
  familyWordsBefore: words(`familia Familia`),
  /** A baby or a child's day announced before the name: "Nació Lía", "bautizo de Santiago Emiliano". */
  birthPhrases: withPlain([
    'nació', 'ya nació', 'les presento a', 'les presentamos a', 'te presento a', 'bautizo de', 'bautismo de', 'la llegada de',
    'baby shower de', 'el cumple de', 'el cumpleaños de', 'primer añito de', 'bienvenida al mundo', 'bienvenido al mundo',
    'bienvenida a la familia', 'bienvenido a la familia',
  ]),
  namingPhrases: withPlain([
    'me llamo', 'se llama', 'se llamaba', 'mi nombre es', 'su nombre es', 'nombre completo es', 'le dicen', 'le decían',
    'le decimos', 'my name is',
  ]),
  /** Common short forms of given names (words that are also common nouns, "coco", "chava", left out). */
  nicknames: {
    jesus: ['Chuy', 'Chuyito', 'Chucho'], jose: ['Pepe', 'Pepito', 'Chepe', 'Joselito'], francisco: ['Paco', 'Pancho', 'Paquito', 'Kiko'],
    guadalupe: ['Lupe', 'Lupita'], maria: ['Mari', 'Maru', 'Mary', 'Marita'], ignacio: ['Nacho'], antonio: ['Toño', 'Toñito', 'Tony'],
    antonia: ['Toña', 'Toñita'], eduardo: ['Lalo'], guillermo: ['Memo'], roberto: ['Beto'], alberto: ['Beto'], humberto: ['Beto'],
    rosario: ['Chayo', 'Charo'], graciela: ['Chela'], consuelo: ['Chelo'], concepcion: ['Conchita', 'Concha', 'Conchis'],
    dolores: ['Lola', 'Lolita'], mercedes: ['Meche'], manuel: ['Manolo', 'Meño'], enrique: ['Kike', 'Quique'], luis: ['Lucho', 'Wicho'],
    rafael: ['Rafa'], margarita: ['Margo'], soledad: ['Chole'], isabel: ['Chabela', 'Chabelita'], ramon: ['Moncho'],
    salvador: ['Chava'], santiago: ['Chago'], rodolfo: ['Fito'], adolfo: ['Fito'], gerardo: ['Gera'], fernando: ['Nando'],
    alejandro: ['Alex', 'Jando'], alejandra: ['Alex'], gabriela: ['Gaby', 'Gabi'], daniela: ['Dani'], daniel: ['Dani'],
    patricia: ['Paty', 'Pati'], teresa: ['Tere', 'Teresita'], leticia: ['Lety', 'Leti'], beatriz: ['Bety'], ernesto: ['Neto'],
    vicente: ['Chente'], cristina: ['Cris', 'Cristy'], elizabeth: ['Eli', 'Liz', 'Lizzy'], jorge: ['Coque'], ricardo: ['Richi', 'Richie'],
    gregorio: ['Goyo'], gumersindo: ['Chindo'], anastasio: ['Tacho'], eusebio: ['Chebo'], rosa: ['Rosita', 'Chayito'],
    josefina: ['Chepina', 'Pepa', 'Fina'], federico: ['Fede', 'Lico'], carolina: ['Caro'], veronica: ['Vero'], mariana: ['Mariana'],
    natalia: ['Naty'], jesusa: ['Chucha'], catalina: ['Cata', 'Caty'], andres: ['Andy'], ana: ['Anita'],
  },
  diminutives: true,
  /** Nationalities and most adjectives are written in lower case in Spanish: "soy Chayo" is a name. */
  selfIntroductions: words(`soy`),

  /** Capitalised words that are not given names (after a relation word or a dash). */
  notNames: withPlain(
    words(`
      y e o u el la los las un una unos unas de del al que quien quién yo tú tu él ella ellos ellas nosotros usted ustedes
      me te se le les nos mi mis su sus lo como cuando donde porque pero también ya aquí acá allá allí hoy ayer mañana siempre
      gracias dios señor señora señorita sr sra srta don doña dña dr dra doctor doctora enfermera enfermero lic ing farm bioq odont klgo klga
      san santa santo virgen feliz hola buenos buenas felicidades bendiciones amén
      lunes martes miércoles jueves viernes sábado domingo
      enero febrero marzo mayo junio julio agosto septiembre octubre noviembre diciembre
      navidad nochebuena pascua
      er uci ucin urgencias
      jr jirón av avda avenida pje psje pasaje prolongación
      sí no ok jaja jajaja lol omg vida alexa siri
      administración admin administrador administradora moderación moderador moderadora equipo dirección gerencia coordinación recepción redacción
      i i'm a an the and or but is was my
      aguascalientes campeche chiapas chihuahua coahuila colima durango guanajuato guerrero jalisco michoacán nayarit oaxaca
      querétaro sinaloa sonora tabasco tamaulipas tlaxcala veracruz yucatán zacatecas
    `)
  ),

  // --- People in a story without a relation word (people.ts): "fui con Chelo", "Marisol me llevó".
  companionCues: withPlain([
    'con', 'gracias a', 'junto a', 'junto con', 'especialmente', 'a nombre de', 'te quiero', 'te amo', 'oren por',
    'oración por', 'oraciones por', 'recen por', 'pedimos por', 'thanks to', 'with',
  ]),
  /** Care for a person of the community, in any sentence: "oremos por Lupita", "en memoria de Ruth", "la familia de Marcela". */
  careCues: withPlain([
    'oren por', 'oremos por', 'recen por', 'recemos por', 'oración por', 'oraciones por', 'oraciones para', 'pedimos por',
    'en memoria de', 'descanse en paz', 'descansa en paz', 'pronta recuperación', 'mejórate pronto', 'familia de',
  ]),
  careCuesAfter: withPlain(['en sus oraciones', 'en tus oraciones', 'en nuestras oraciones', 'en mis oraciones']),
  /** People of the writer's life who are no kin: "mi compañera Dana", "nuestra niñera Kayla", "mi upline Nancy". */
  hiredRelations: withPlain(words(`cuidador cuidadora`)),
  socialRelations: withPlain(
    words(`compañero compañera compañeros compañeras colega colegas jefe patrón patrona niñera niñeras casero casera upline sponsor`)
  ),
  /** Adjectives of affection between a possessive and a given name: "nuestra pequeña Valentina", "mi valiente Mateo". */
  affectionAdjectives: withPlain(
    words(`pequeño pequeña pequeñito pequeñita chiquito chiquita querido querida adorado adorada valiente precioso preciosa amado amada`)
  ),
  objectPronouns: words(`me nos`),
  contactVerbs: withPlain([
    ...['llame', 'llamen', 'llámele', 'llámenle', 'marque', 'marquen', 'márquele', 'escríbale', 'escríbanle', 'mándele mensaje', 'contacte', 'contacten', 'comuníquese con', 'comuníquense con', 'háblele'].map((v) =>
      v.endsWith(' con') ? v : `${v} a`
    ),
    'pregunte por',
    'pregunten por',
  ]),
  numberNouns: withPlain(words(`cel celular teléfono número línea whatsapp tel tfno telf fono`)),
  contactLinks: withPlain(words(`al a en tel móvil correo email`)),
  jobTitleWords: withPlain(words(`coordinador coordinadora director directora gerente enlace asistente supervisor supervisora administrador administradora`)),
  /** The titles shared code held for every language, loanwords in Spanish text too ("Dr. Patel, mi cirujano"); Spanish titles are staff cues and professions. */
  staffTitles: words(`dr doctor nurse pastor rev fr father coach officer judge senator president`),
  /** "Soy Ricardo de ventas", "soy Marisol de Farmacias Benavides": the speaker is staff (names.ts, speaksForOffice). */
  officeLinks: words(`de del con from with`),
  campusWords: withPlain(words(`hospital médico médica clínica salud medical`)),
  patientWords: words(`paciente`),
  indefiniteWords: words(`un una este esta ese esa`),
  ordinalEnds: words(`º ª vo va mo ma`),
  orgHandleLeads: words(`agenda agende escríbenos mensaje`),
  bookingWords: words(`agende reserve haga pida`),
  ownerJoiners: words(`de del`),
  nameJoiners: words(`de del la las los el y &`),
  nounModifiersAfter: true,
  personHonorifics: withPlain(words(`don doña dña sr sra srta señor señora`)),
  officerLabels: withPlain(
    words(`
      preside presidente presidenta vicepresidente vicepresidenta tesorero tesorera secretario secretaria vocal
      coordina organiza modera imparte dirige
    `).concat(['a cargo', 'presidenta saliente', 'presidente saliente'])
  ),
  roleLabels: withPlain(
    words(`
      enfermera enfermero doctora doctor médico médica cirujano cirujana terapeuta fisioterapeuta kinesiólogo kinesióloga
      promotora promotor recepcionista coordinadora coordinador voluntaria voluntario trabajadora trabajador capellán
      farmacéutico farmacéutica dentista odontólogo odontóloga partera matrona doula técnico técnica asistente gerente
      directora director psicóloga psicólogo nutrióloga nutriólogo nutricionista educadora educador paramédico paramédica
      supervisor supervisora administradora administrador instructor instructora entrenador entrenadora agente
      responsable encargado encargada especialista facilitadora facilitador tallerista ponente jefe jefa
      navegadora navegador inspectora inspector párroco sacerdote pastor pastora orientadora orientador consejera consejero
      profesional tratante residente interna interno pasante auxiliar celador celadora camillero camillera tens tcae due
      conductor conductora chofer chófer operador operadora despachador despachadora radioperador radioperadora
      vacunador vacunadora brigadista cosmetóloga cosmetólogo cosmiatra esteticista podóloga podólogo optometrista óptica óptico
      audióloga audiólogo fonoaudióloga fonoaudiólogo logopeda bacterióloga bacteriólogo laboratorista tecnóloga tecnólogo
      química químico regente instrumentadora instrumentador radióloga radiólogo anestesióloga anestesiólogo obstetra obstetriz
      psicopedagoga psicopedagogo ortesista protesista ortopedista intérprete traductora traductor mediadora mediador
      gestora gestor asesora asesor ejecutiva ejecutivo vocera vocero portavoz cajera cajero secretaria secretario
      elaboró realizó revisó valoró
    `).concat(['atendido por', 'atendida por', 'elaborado por', 'elaborada por', 'realizado por', 'realizada por', 'revisado por', 'revisada por', 'evaluado por', 'valorado por', 'contacto de prensa', 'contacto para medios', 'oficial de servicio'])
  ),
  roleArticles: words(`el la nuestro nuestra`),
  // Titles by country: Mexico's L.E., E.E., L.N., Q.F.B., C.D., M.C., L.T.S., L.F.T.; Peru's Q.F., Obst., T.M., Blgo.;
  // Chile's E.U., T.O., Klgo.; Colombia's Bact., Fisiot., Instr.; Spain's D.U.E., Ftra.; Argentina's Od., Kinesiol.
  roleTitles: withPlain(
    words(`
      lic lcdo lcda licdo licda ing enf obst qf farm bioq odont klgo klga fono fga fgo nutr prof profa d c mtro mtra psic ps abg arq mg dr dra
      l.e le e.e l.n ln lnca q.f.b qfb q.f c.d m.c l.t.s lts t.s l.f.t lft t.m blgo blga e.u t.o bact fisiot ft ftra fto instr d.u.e due tcae
      od kinesiol tec téc aux nut psicól log
    `)
  ),
  personalObjectMarkers: words(`a`),
  originCues: words(`de desde from`),
  pairsBefore: ['yo y', 'yo con'],
  pairsAfter: ['y yo'],
  personalNouns: withPlain(
    words(`
      parto nacimiento cumpleaños cumple velorio funeral recuperación tratamiento quimio diagnóstico operación casa cuarto
      medicinas receta papeles seguro cuenta nombre correo número celular teléfono
    `)
  ),
  personalNounLinks: words(`de del`),
  professions: withPlain(
    words(`
      enfermera enfermero enfermeras doctora doctor dra dr médico médica cirujano cirujana terapeuta promotora promotor
      promotoras recepcionista coordinadora coordinador voluntaria voluntario trabajadora trabajador capellán farmacéutico
      farmacéutica dentista partera doula técnico técnica asistente gerente directora director fundadora fundador
      locutor locutora conductora conductor pastor pastora diácono sor alcalde alcaldesa
      catequista maestra maestro equipo personal psicóloga psicólogo nutrióloga nutriólogo nutricionista educadora educador
      dietista recepción paramédico paramédica facturación admisiones admisión farmacia caja citas chofer chófer
      supervisor supervisora administración administradora administrador ventas vendedor vendedora cajero cajera
      instructor instructora entrenador entrenadora guardia vigilante mantenimiento contabilidad
      fisio fisioterapeuta fisioterapeutas kinesiólogo kinesióloga odontólogo odontóloga naturópata tecnólogo tecnóloga tecnólogos
      consejero consejera navegador navegadora brigadista brigadistas evangelista predicador secretario secretaria tesorero tesorera
      matrona matrón obstetra obstétrica obstétrico obstetriz vacunador vacunadora vacunadores auxiliar camillero camillera
      anestesista instrumentista socorrista optometrista intérprete traductora traductor expositor expositora
      letrada letrado abogada abogado inspectora inspector
    `)
  ),

  // --- Places
  placeCuesBefore: words(`en de del al desde cerca hacia a hasta por in from near`),
  placePhrasesBefore: withPlain([
    'allá en',
    'aquí en',
    'acá en',
    'vivo en',
    'vive en',
    'vivimos en',
    'viven en',
    'me mudé a',
    'se mudó a',
    'nos mudamos a',
    'llegué a',
    'soy de',
    'es de',
    'somos de',
    'vecino de',
    'vecina de',
    'originario de',
    'originaria de',
    'natural de',
    'residente de',
    'nativo de',
    'nativa de',
    'nacido en',
    'nacida en',
    'nací en',
    'crecí en',
    'condado de',
    'condado del',
    'parroquia de',
    'pueblo de',
    'ciudad de',
    'colonia',
    'barrio',
    // "allá por Odessa", "se mudó para Houston", "por el rumbo de Pasadena": movement and nearness
    'allá por', 'acá por', 'aquí por', 'vivo por', 'vive por', 'vivimos por', 'viven por', 'rumbo de', 'lado de',
    'mudó para', 'mudé para', 'mudamos para', 'mudaron para', 'vine para', 'vino para', 'venimos para', 'vinimos para',
    'vinieron para', 'fui para', 'fuimos para', 'fue para', 'regresé para', 'regresó para', 'regresamos para',
    'volví para', 'volvimos para',
  ]),
  placeCuesAfter: words(`area resident residents native`),
  homePlaceNouns: withPlain(words(`pueblo pueblito rancho ranchito tierra tierrita aldea`)),
  placeAddressCues: withPlain(['gracias', 'saludos a', 'hola', 'te quiero', 'arriba']),
  articles: words(`el la los las the`),
  articleContractions: words(`al del`),
  strongPlacePhrases: withPlain([
    'vivo en', 'vive en', 'vivimos en', 'viven en', 'vivía en', 'viví en', 'vivíamos en', 'me mudé a', 'se mudó a',
    'nos mudamos a', 'se mudaron a', 'crecí en', 'creció en', 'crecimos en', 'nací en', 'nació en', 'nacido en',
    'nacida en', 'originario de', 'originaria de', 'oriundo de', 'oriunda de', 'residente de', 'soy de', 'somos de',
    'natural de', 'vecino de', 'vecina de', 'vecinos de', 'vecino del', 'vecina del',
    'allá en', 'mi pueblo', 'lives in', 'grew up in', 'moved to',
    // a home named by where it is: "su casa en Pilsen", "el depa en la Villita"
    'casa en', 'casita en', 'hogar en', 'departamento en', 'depa en', 'apartamento en', 'traila en',
  ]),
  placeAdverbs: withPlain(words(`allá acá aquí ahí`)),
  districtHeads: words(`ward side village heights`),
  institutionWords: withPlain(
    words(`
      hospital clínica centro médico médica salud universidad colegio escuela iglesia parroquia capilla templo asilo
      residencia hogar albergue hotel plaza oficina oficinas departamento instituto fundación banco mercado tienda
      estación aeropuerto cárcel corte ejército seguro dios cielo cristo señor virgen basílica santuario catedral farmacia
      laboratorio consultorio dispensario sanatorio
      defensoría defensor procuraduría contraloría fiscalía secretaría ministerio superintendencia consejería portal
      hospital clinic center medical health school church
    `)
  ),
  countyWords: words(`County Parish Borough County's condado Condado`),
  /**
   * Mexico's 32 federal entities, states and departments of Colombia and Venezuela, and the
   * first-level regions of Spain and of South and Central America that no large town shares a name with, as
   * people name them: state-level, never identifiers ("en Jalisco"); "Jerez, Zacatecas" is a town.
   */
  states: withPlain([
    'aguascalientes', 'baja california', 'baja california sur', 'campeche', 'chiapas', 'chihuahua', 'coahuila',
    'colima', 'durango', 'estado de méxico', 'edomex', 'guanajuato', 'guerrero', 'hidalgo', 'jalisco', 'michoacán',
    'morelos', 'nayarit', 'nuevo león', 'oaxaca', 'puebla', 'querétaro', 'quintana roo', 'san luis potosí', 'sinaloa',
    'sonora', 'tabasco', 'tamaulipas', 'tlaxcala', 'veracruz', 'yucatán', 'zacatecas', 'antioquia', 'cundinamarca',
    'valle del cauca', 'santander', 'boyacá', 'nariño', 'tolima', 'huila', 'risaralda', 'quindío', 'atlántico',
    'zulia', 'carabobo', 'anzoátegui', 'táchira',
    // Mexican states as addresses abbreviate them ("Guadalajara, Jal.", "Tala, Jal.")
    'ags', 'bc', 'bcs', 'camp', 'chis', 'chih', 'coah', 'dgo', 'gto', 'gro', 'hgo', 'jal', 'mich', 'mor', 'nay', 'oax',
    'pue', 'qro', 'slp', 'sin', 'son', 'tab', 'tamps', 'tlax', 'ver', 'yuc', 'zac',
    // first-level regions elsewhere whose name no large town shares: Spain's autonomous communities, the
    // departments, provinces, regions and states of South and Central America ("vivimos en Cantabria")
    'andalucía', 'aragón', 'asturias', 'cantabria', 'cataluña', 'galicia', 'navarra', 'extremadura', 'castilla y león',
    'castilla-la mancha', 'castilla la mancha', 'canarias', 'islas canarias', 'baleares', 'islas baleares', 'país vasco',
    'euskadi', 'comunidad valenciana', 'amazonas', 'áncash', 'apurímac', 'ucayali', 'madre de dios', 'caldas', 'caquetá',
    'casanare', 'cauca', 'chocó', 'guainía', 'guaviare', 'la guajira', 'putumayo', 'vaupés', 'vichada', 'araucanía',
    'biobío', 'maule', 'tarapacá', 'atacama', 'aysén', 'magallanes', 'chaco', 'chubut', 'misiones', 'apure', 'aragua',
    'falcón', 'guárico', 'monagas', 'portuguesa', 'yaracuy', 'azuay', 'cañar', 'carchi', 'chimborazo', 'cotopaxi',
    'galápagos', 'guayas', 'imbabura', 'manabí', 'napo', 'orellana', 'pastaza', 'pichincha', 'sucumbíos', 'beni', 'pando',
    'chuquisaca', 'petén', 'quiché', 'sacatepéquez', 'izabal', 'olancho', 'cuscatlán', 'morazán', 'chontales',
    'guanacaste', 'darién', 'veraguas', 'chiriquí', 'coclé', 'caaguazú', 'itapúa', 'alto paraná',
    'entre ríos', 'la pampa', 'río negro', 'tierra del fuego', 'los lagos', 'los ríos', 'ñuble',
    // US states as Spanish writers name them: "Elizabeth, Nueva Jersey"
    'nueva jersey', 'nueva york', 'nuevo méxico', 'carolina del norte', 'carolina del sur', 'dakota del norte',
    'dakota del sur', 'luisiana', 'pensilvania', 'misisipi', 'virginia occidental', 'hawái', 'california', 'texas', 'florida',
    'arizona', 'illinois', 'nevada', 'colorado', 'oregón', 'massachusetts', 'míchigan',
  ]),
  /**
   * Capitalised words that are places in the gazetteer but rarely mean one in this prose, among
   * them given names that are also US towns: "de" and "a" come before names as often as before
   * places ("la hija de Carmen", "gracias a Victoria").
   */
  foreignPostcodes: true,
  regionPrefixes: withPlain([
    'comunidad de', 'comunidad autónoma de', 'región de', 'provincia de', 'estado de', 'departamento de', 'principado de',
    'state of',
  ]),
  notPlaces: withPlain(
    words(`
      urb fracc
      español inglés english spanish latino latina latinos
      esperanza dios gracias paz luz fe caridad rosa rosario milagro milagros victoria libertad unión amistad
      hospital clínica centro iglesia casa familia escuela universidad colegio campus
      salud educación público pública privado privada agrícola financiero turismo comercio servicios industrial federal nacional capital
      medicare medicaid humana aetna cigna chip molina ambetter oscar kaiser anthem wellcare centene caresource amerigroup
      superior united blue cross shield
      norte sur este oeste centro valle
      navidad nochebuena pascua semana
      facebook whatsapp tiktok youtube instagram google
      lago río bahía montaña playa isla parque portal
      guadalupe fátima lourdes belén jesús cristo
      elizabeth martha carmen dolores mercedes alma florence paloma ramona alicia linda isabel norma irma laura cecilia
      soledad maribel diana carlos pedro francisco ricardo héctor ignacio santiago óscar pablo víctor trinidad amado leonardo
    `)
  ),
  /** Places in these phrases are the organisation's ("nuestra sede en McAllen"). */
  placeOrgNouns: withPlain(
    words(`
      conferencia reunión evento eventos sede sedes oficina oficinas clínica clínicas centro centros hospital hospitales
      sucursal sucursales ubicación ubicaciones consultorio consultorios campus instalaciones feria ambulatoria maratón
    `)
  ),

  // --- Organisation context: the clinic's own contact details and event dates are not the patient's.
  /** The organisation's events: a place after one in a sentence about nobody is the event's ("la feria de salud es en el parque de Pilsen"). */
  eventNouns: withPlain(
    words(`
      feria ferias evento eventos jornada jornadas campaña campañas taller talleres clase clases charla charlas plática pláticas
      seminario conferencia caminata maratón carrera kermés colecta festival brigada brigadas posada
      campamento congreso simposio capacitación asamblea inauguración
      sorteo sorteos rifa rifas tour tours recorrido recorridos
    `)
  ),
  orgCues: withPlain(
    words(`
      nuestro nuestra nuestros nuestras clínica consultorio oficina recepción agende agendar llámenos llame informes horario
      horarios visite visítenos síguenos inscripciones inscríbase evento eventos clase clases taller talleres feria campaña
      estacionamiento sede sucursal equipo gratis gratuito gratuita gratuitos gratuitas celebramos invitamos ofrecemos
      atendemos cerrado cerrados cerramos abierto abrimos escriba escríbanos soporte
      campamento campamentos reunión reuniones asamblea congreso simposio
      capacitación capacitaciones convocatoria inauguración conferencia seminario charla charlas
      llámanos visítanos escríbenos agenda agéndanos encuéntranos encuéntrenos ubícanos ubicados ubicadas ubicación estamos
      contáctanos contáctenos reserva reserve citas suite mándanos mándenos envíanos envíenos márcanos márquenos pregúntanos
      pregúntenos
    `)
  ),
  greetings: withPlain(words(`hola estimado estimada querido querida`)),
  letterGreetings: withPlain(words(`estimado estimada querido querida`)),
  officeLabels: withPlain([
    ...words(`urgencias emergencias citas recepción conmutador admisiones farmacia laboratorio pedidos informes`),
    'pedidos al', 'informes al', 'citas al', 'pedidos por whatsapp al',
    // a number word and the office it belongs to: "Tel. despacho", "cel. institucional", "Tel. negocio"
    ...['tel', 'tel.', 'teléfono', 'cel', 'cel.', 'celular', 'fono', 'tfno', 'tfno.', 'whatsapp'].flatMap((n) =>
      ['institucional', 'despacho', 'negocio', 'oficina', 'consultorio', 'del negocio', 'de la oficina', 'del consultorio', 'del despacho'].map((o) => `${n} ${o}`)
    ),
  ]),
  appointmentWords: withPlain(
    words(`cita consulta limpieza cirugía ultrasonido estudio procedimiento chequeo revisión sesión recordatorio`)
  ),
  orgPhrases: withPlain([
    'síguenos en', 'visítenos', 'llámenos', 'escríbanos', 'visítanos', 'llámanos', 'escríbenos', 'estamos en', 'estamos ubicados', 'informes al', 'línea de enfermería', 'sede principal', 'follow us',
    'nuestra clínica', 'nuestras clínicas', 'nuestro centro', 'nuestros centros', 'nuestro hospital', 'nuestra sede',
    'nuestras sedes', 'nuestra oficina', 'nuestras oficinas', 'nuestro consultorio',
    // the organisation's community work: "donamos 300 despensas en la colonia Independencia"
    'donamos', 'entregamos', 'repartimos', 'visitaremos', 'estaremos en', 'nuestra unidad móvil', 'nuestra unidad movil',
    'nuestro programa', 'nuestros programas', 'nuestra feria', 'nuestra jornada', 'nuestra campaña', 'nuestros voluntarios', 'nuestro equipo',
  ]),
  /** A sentence with one of these is about a person, so its details are identifiers. */
  personalCues: withPlain(
    words(`
      yo me mi mis conmigo mío mía
      nací nació nacida nacido nacimos nacimiento cumpleaños cumplí cumplió murió falleció diagnosticaron diagnóstico cirugía operaron operación
      internaron alta trasplante derrame infarto bebé funeral velorio casa apartamento depa celular vivo vive vivimos
      mudé mudamos casé boda aniversario
      entré salí llegué fui estuve tuve desperté empecé terminé pasé volví regresé caí sentí perdí bajé pude quedé dejé
      recibí hice dije
    `)
  ),
  /** The writer speaking of themself: a personal site, a first-person sentence. */
  firstPersonWords: withPlain(words(`mi mis yo me conmigo mío mía my i me vivo vivimos viví vivíamos crecí crecimos nací estoy estuve soy tengo tuve fui fuimos voy vengo llegué salí quedé quedamos mudé mudamos`)),
  /** "Mi blog: www.…", "sigan mi proceso en …": a plain domain the writer calls their own. */
  ownSiteWords: withPlain(
    words(`blog página sitio web canal diario bitácora historia proceso recuperación sígueme síganme sigan perfil link enlace vlog podcast`)
  ),
  staffCues: withPlain(words(`dr dra doctor doctora médico médica cirujano cirujana residencia especialidad contratamos bienvenida bienvenido`)),
  staffAdjectives: withPlain(words(`médico médica`)),
  organisationNouns: withPlain(
    words(`
      agencia agencias bufete notaría concesionario mudanzas proveedor proveedora departamento policía alguacil condado
      distrito programa servicios suministros farmacias práctica asociados compañía empresa
    `)
  ),
  businessWords: words(`
    oficial official clinica clínica clinic hospital salud health centro center farmacia dental spa medspa med md studio lab labs
    grupo group tienda shop belleza beauty piel skin bienestar wellness fitness nutricion nutrición care
    medicina medicine pediatria pediatría childrens cdc nih fda
    foundation fundacion fundación intl international org asociacion asociación sociedad alianza red instituto
    american americana gym gimnasio
    ventas recepción recepcion citas facturación facturacion cobranza atención atencion
    desk office billing scheduling pharmacy
    dra dr doc doctora doctor kine kinesiologa kinesiologo fisio fisioterapia nutriologa nutriologo nutricionista pediatra
    psicologa psicologo ginecologa ginecologo dermatologa dermatologo enfermera enfermero matrona partera terapeuta dentista
    odontologa odontologo banco
  `),

  // --- Dates
  ordinalFollowers: words(`de a en y o que el la`),
  /** Words before a bare "4/17" that make it a date. */
  scoreDateCues: withPlain(words(`el del desde fecha nació nací on since`)),
  dateCuesBefore: withPlain(
    words(`
      el del desde hasta para fecha día hoy nacimiento nací nació operaron on since from
      lun mar mié jue vie sáb dom lunes martes miércoles jueves viernes sábado domingo
    `)
  ),
  fractionFollowers: withPlain(
    words(`
      de taza tazas cucharada cucharadas cucharadita cucharaditas pastilla pastillas tableta tabletas dosis parte partes dolor
      pacientes personas estrellas mg ml kg lb libras onzas por veces
    `)
  ),
  partWords: withPlain(words(`slide diapositiva parte hilo tuit tweet post página paso capítulo entrega`)),
  fractionCuesBefore: withPlain(words(`puntaje calificación escala dolor vista visión presión fuerza grado casi como unos`)),
  ordinalWords: words(`
    primero segundo tercero cuarto quinto sexto séptimo octavo noveno décimo
  `),
  monthCuesNearIdentifiers: words(`en desde hasta para principios mediados finales inicios fines`),
  monthNames: [
    ...MONTHS,
    ...words(`ene abr ago dic`),
    ...words(`January February March April June July August September October November December`),
  ],
  dayMonthJoiners: words(`de del`),
  monthAbbreviations: words(`ene feb mar abr may jun jul ago sep sept set oct nov dic`),
  dayWords: withPlain(
    words(`
      uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete
      dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete
      veintiocho veintinueve treinta
    `)
  ),
  weekdays: withPlain(words(`lunes martes miércoles jueves viernes sábado domingo`)),
  weekdayAbbreviations: withPlain(words(`Lun Mié Jue Vie Sáb Dom`)),
  /** Days named by a holiday or by day and month ("en Nochebuena", "el 14 de marzo"). */
  holidays: withPlain([
    'Noche Buena',
    'Nochebuena',
    'Navidad',
    'Año Nuevo',
    'Nochevieja',
    'Día de Acción de Gracias',
    'Acción de Gracias',
    'Día de las Madres',
    'Día de la Madre',
    'Día del Padre',
    'Día de San Valentín',
    'San Valentín',
    'Día de los Muertos',
    'Día de Muertos',
    'Día de Reyes',
    'Viernes Santo',
    'Domingo de Resurrección',
    'Domingo de Pascua',
    'Domingo de Ramos',
    'Miércoles de Ceniza',
    'Jueves Santo',
    'Sábado de Gloria',
    'día de la Virgen',
    'Día de la Virgen',
    'Día de la Candelaria',
    'Día de San Juan',
    'Pentecostés',
    'Cuatro de Julio',
    'Cinco de Mayo',
    'día de Navidad',
    'Día de Navidad',
    'día de Año Nuevo',
    // a day of a month named from now: "el 8 de este mes", "el 7 del mes que viene"
    'de este mes',
    'del mes que viene',
    'del próximo mes',
    'del mes pasado',
    'Thanksgiving',
    'Halloween',
    'Christmas',
    ...namedDays(),
  ]),
  holidayCuesBefore: withPlain(
    words(`
      en el del desde hasta para pasado próximo este esta día hoy nací nació al a º ro ero er
      lunes martes miércoles jueves viernes sábado domingo
      un aquel aquella ese esa mismo misma
    `)
  ),

  // --- Ages. Digits with a cue ("cumplió 101 años", "tiene 93", "nació en 1930").
  numberWords: {
    cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
    dieciseis: 16, veinte: 20, veintiuno: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24,
    veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  },
  hundredWords: words(`cien ciento`),
  yearWords: withPlain(words(`año años añitos`)),
  oldWords: words(`edad`),
  yearsOfWords: words(`de`),
  /** Words just before a number that make it somebody's age: "cumplió 101", "tiene 93", "a los 91". */
  ageLabels: words(`edad`),
  ageCuesBefore: withPlain(
    words(`cumplió cumple cumplir cumplirá cumplimos cumplí cumplieron tiene tenía tengo tendrá edad con los sus mis tus de turned is was`)
  ),
  /** "personas de más de 90 años", "los jubilados que cumplen 100": a group's age (ages.ts, ageOfGroup). */
  ageGroupNouns: withPlain(
    words(`
      personas pacientes residentes adultos mayores ancianos ancianas jubilados jubiladas pensionados pensionistas
      centenarios centenarias nonagenarios mujeres hombres quienes ciudadanos usuarios socios habitantes gente
      españoles mexicanos argentinos chilenos colombianos peruanos cubanos puertorriqueños uruguayos
    `)
  ),
  /** Readings before "de" and a number: "fiebre de 102", "oxigenación de 91", "una glucosa de 98". */
  ageReadingsBefore: withPlain(
    words(`
      fiebre calentura temperatura temp presión glucosa azúcar oxigenación oxígeno saturación pulso ritmo frecuencia peso
      nivel niveles conteo plaquetas colesterol triglicéridos hemoglobina lectura lecturas medida medición marca velocidad
      puntaje calificación promedio resultado grados
      aspirina aspirinas pastilla pastillas tableta tabletas cápsula cápsulas comprimido comprimidos dosis ampolla ampollas
      insulina unidades jeringa jeringas aguja agujas
    `)
  ),
  decadePhrases: ['en los', 'de los', 'desde los', 'hasta los', 'durante los'],
  ageSubjects: withPlain(words(`él ella abuela abuelo abuelita abuelito mamá papá paciente residente señora señor don doña`)),
  /** Words after the number that make it a measurement, not an age. */
  ageUnitsAfter: withPlain(
    words(`
      por porciento libras lbs lb kilos kg gramos mg ml minutos min segundos horas días semanas meses grados puntos calorías kcal
      millas km pies metros cm mm pulgadas unidades pasos pacientes personas veces latidos lpm camas cuartos visitas
      participantes dólares pesos de mmhg percent pounds minutes days
      familias niños niñas adultos mujeres hombres empleados enfermeras enfermeros médicos voluntarios estudiantes años-luz
      mcg ui µg mgs g tabletas pastillas gotas cápsulas
      a al sobre mil millones firmas seguidores likes comentarios votos casos muestras estudios pruebas kits despensas bolsas
      juguetes mochilas donativos donaciones asistentes inscritos miembros socios alumnos vecinos trabajadores
      llamadas citas consultas cirugías procedimientos pruebas vacunas dosis camas sillas kilómetros cuadras
      plazas habitaciones residentes metros euros
    `)
  ),
  birthCues: withPlain(['nació en', 'nació', 'nací en', 'nací', 'nacido en', 'nacida en', 'nacido', 'nacida', 'año de nacimiento', 'born in', 'born']),
  centuryWords: { 'mil novecientos': 1900, 'mil ochocientos': 1800 },
  birthdayWords: words(`cumpleaños cumple birthday`),

  // --- Streets and neighbourhoods: "calle Luna #45", "el 2301 de la calle Pecan", "colonia Centro".
  streetTypes: withPlain(
    words(`
      calle avenida av avda ave c/ calzada calz bulevar boulevard blvd camino carretera carr privada priv callejón
      paseo circuito cerrada prolongación prol andador diagonal pasaje retorno esquina carrera cra transversal
    `)
  ),
  streetNumberJoiners: ['de la', 'del', 'de'],
  streetArticles: words(`la`),
  cornerJoiners: ['y', 'e', '&', 'con', 'esquina con'],
  streetOrdinalSuffixes: words(`ta ra da va na ma a º ª th st nd rd`),
  houseNumberMarkers: withPlain(words(`número núm num no nº n° int interior depto apto`)),
  districtWords: withPlain(
    words(`colonia col urbanización urb barrio bo barriada fraccionamiento fracc reparto residencial ejido condominio parcelas aldea caserío cantón vereda corregimiento sector población pobl asentamiento anexo distrito`)
  ),
  genericDistrictWords: withPlain(words(`sector población pobl asentamiento anexo distrito`)),
  nameConnectors: words(`de del la las los el y`),
  homeWords: withPlain(
    words(`casa casita hogar domicilio dirección vivo vive vivimos viven viví vivía mudé mudamos mudó departamento depa apartamento`)
  ),

  // --- Labelled identifiers: "expediente 3381904", "Medicaid #529004817", "placas HVX-2291".
  idLabels: {
    expediente: 'medical-record-number', mrn: 'medical-record-number', 'historia clínica': 'medical-record-number',
    'historia clinica': 'medical-record-number', historial: 'medical-record-number', paciente: 'medical-record-number',
    'registro médico': 'medical-record-number', 'registro medico': 'medical-record-number', chart: 'medical-record-number',
    // Regional labels: Spain's NHC and "tarjeta sanitaria", Chile's Isapre and Fonasa, Argentina's "obra social", the
    // bank keys of Argentina (CBU, CVU), Mexico (CLABE) and Spain (IBAN), Peru's "brevete", Chile's and Argentina's "patente".
    nhc: 'medical-record-number', hc: 'medical-record-number', 'nº historia': 'medical-record-number', 'n.º historia': 'medical-record-number',
    'tarjeta sanitaria': 'health-plan-number', isapre: 'health-plan-number', fonasa: 'health-plan-number', 'obra social': 'health-plan-number',
    cbu: 'account-number', cvu: 'account-number', clabe: 'account-number', iban: 'account-number',
    brevete: 'certificate-license-number', patente: 'vehicle-identifier',
    medicaid: 'health-plan-number', medicare: 'health-plan-number', chip: 'health-plan-number', seguro: 'health-plan-number',
    afiliado: 'health-plan-number', afiliada: 'health-plan-number', afiliación: 'health-plan-number', afiliacion: 'health-plan-number', miembro: 'health-plan-number', póliza: 'health-plan-number',
    poliza: 'health-plan-number', aseguranza: 'health-plan-number', aseguradora: 'health-plan-number', beneficiario: 'health-plan-number',
    suscriptor: 'health-plan-number', tricare: 'health-plan-number', 'medi-cal': 'health-plan-number', member: 'health-plan-number',
    cuenta: 'account-number', factura: 'account-number', cobro: 'account-number', cobros: 'account-number', cobranza: 'account-number',
    account: 'account-number', tarjeta: 'account-number', crédito: 'account-number', credito: 'account-number',
    débito: 'account-number', debito: 'account-number', reclamo: 'account-number', reclamación: 'account-number',
    reclamacion: 'account-number',
    licencia: 'certificate-license-number', pasaporte: 'certificate-license-number', certificado: 'certificate-license-number',
    acta: 'certificate-license-number', folio: 'certificate-license-number', cédula: 'certificate-license-number',
    cedula: 'certificate-license-number', permiso: 'certificate-license-number', rn: 'certificate-license-number',
    license: 'certificate-license-number', matrícula: 'certificate-license-number', matricula: 'certificate-license-number',
    placa: 'vehicle-identifier', placas: 'vehicle-identifier', tablilla: 'vehicle-identifier', vin: 'vehicle-identifier',
    plate: 'vehicle-identifier', plates: 'vehicle-identifier',
    serie: 'device-identifier', serial: 'device-identifier', marcapasos: 'device-identifier', implante: 'device-identifier',
    bomba: 'device-identifier', cpap: 'device-identifier', dispositivo: 'device-identifier', audífono: 'device-identifier',
    audifono: 'device-identifier', glucómetro: 'device-identifier', sensor: 'device-identifier', transmisor: 'device-identifier',
    imei: 'device-identifier',
    ssn: 'ssn', 'seguro social': 'ssn', nss: 'ssn', itin: 'ssn',
    // National identity numbers, the SSN's counterpart: Spain's DNI, NIE and NIF, Chile's RUT and RUN, Argentina's and
    // Peru's DNI, Colombia's CC, the CI of Bolivia, Uruguay and Venezuela, El Salvador's DUI.
    dni: 'ssn', nie: 'ssn', nif: 'ssn', rut: 'ssn', run: 'ssn', cc: 'ssn', ci: 'ssn', dui: 'ssn',
    'cédula de identidad': 'ssn', 'cedula de identidad': 'ssn', 'carnet de identidad': 'ssn', 'carné de identidad': 'ssn',
    'documento de identidad': 'ssn', 'documento nacional de identidad': 'ssn',
    // Spain's social security number (NUSS, NAF), Guatemala's DPI and CUI, Argentina's CUIL, Paraguay's CIN,
    // Colombia's NUIP, Honduras' "identidad"; Spain's regional health cards (CIP, NUHSA, TSI) and Bolivia's CNS.
    nuss: 'ssn', naf: 'ssn', dpi: 'ssn', cui: 'ssn', cuil: 'ssn', cin: 'ssn', nuip: 'ssn', identidad: 'ssn',
    cip: 'health-plan-number', nuhsa: 'health-plan-number', tsi: 'health-plan-number',
    cns: 'health-plan-number',
    // the same written with periods ("C.C. 52.847.118", "C.I.: 1719283746"), Colombia's TI (a minor's card), the foreigner's
    // card of Peru and Chile, the health cards of Euskadi (TIS) and Asturias (CIPA), Peru's SIS
    'c.c.': 'ssn', 'c c': 'ssn', 'c.i.': 'ssn', 'c i': 'ssn', ti: 'ssn', extranjería: 'ssn', extranjeria: 'ssn', tis: 'health-plan-number', cipa: 'health-plan-number',
    sis: 'health-plan-number',
    curp: 'certificate-license-number', ine: 'certificate-license-number', residente: 'certificate-license-number',
    'green card': 'certificate-license-number',
    'código postal': 'zip-code', 'codigo postal': 'zip-code', cp: 'zip-code', zip: 'zip-code',
    // Phone labels of Mexican and Caribbean usage: numbers written "55 1234 5678", "33 12 34 56 78"
    celular: 'phone', cel: 'phone', celu: 'phone', teléfono: 'phone', telefono: 'phone', tel: 'phone', whats: 'phone', whatsapp: 'phone',
    wasap: 'phone', wats: 'phone', guasap: 'phone', fijo: 'phone', móvil: 'phone', movil: 'phone', 'mi número': 'phone',
    'mi numero': 'phone', 'su número': 'phone', 'su numero': 'phone', llámame: 'phone', llamame: 'phone', llámenme: 'phone',
    llamenme: 'phone', llámeme: 'phone', llameme: 'phone', márcame: 'phone', marcame: 'phone', márquenme: 'phone',
    marquenme: 'phone', márcale: 'phone', marcale: 'phone', escríbeme: 'phone', escribeme: 'phone', escríbanme: 'phone',
    escribanme: 'phone', mensajéame: 'phone', textéame: 'phone', texteame: 'phone',
  },
  genericIdLabels: { id: 'medical-record-number' },
  notIdContext: withPlain(
    words(`
      modelo versión firmware actualización app cpt icd lote habitación hab cuarto piso suite cama ruta camión carretera
      autobús zona orden confirmación boleto vuelo puerta extensión ext error turno
      profesional especialidad sanitaria sanitario cofepris colegiado colegiada
      código codigo code mg mmol glucosa colesterol triglicéridos hemoglobina
    `)
  ),
};
