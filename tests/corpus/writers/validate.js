#!/usr/bin/env node
// Usage: [USED_STYLES=<list>] node tests/corpus/writers/validate.js <file.json>: checks one batch file against the brief (WRITER.md).
//        node tests/corpus/writers/validate.js --short <claims.json>: a short-text batch against SHORT.md (300 texts, about
//        200 look-alikes, 40 styles, claims only, no text twice; styles of earlier batches allowed).
const fs = require('fs');
const short = process.argv[2] === '--short';
const P = short
  ? { texts: 300, negShare: 2 / 3, negTol: 1 / 30, negWords: 'about two thirds', styles: 40, families: ['claims'] }
  : { texts: 200, negShare: 1 / 2, negTol: 0.05, negWords: 'about half', styles: 50, families: ['phi', 'claims'] };
const PHI = ['subject-name','relative-name','place','zip-code','street-address','email','phone','ssn','date','age-over-89','medical-record-number','health-plan-number','account-number','certificate-license-number','vehicle-identifier','device-identifier','personal-url','social-handle','ip-address'];
const CLAIMS = ['cure','miracle','guarantee','universal-efficacy','zero-risk','permanence','treatment-replacement','instant-results','effortless-weight-loss','cure-all','disease-reversal','vaccine-alternative','suppressed-knowledge','fda-approval'];
const used = short ? new Set() : new Set(fs.readFileSync(process.env.USED_STYLES || __dirname + '/used-styles.txt', 'utf8').split('\n').filter(Boolean));
const file = process.argv[short ? 3 : 2];
const problems = [];
let d;
try { d = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { console.error('not JSON: ' + e.message); process.exit(1); }
if (!['en','es'].includes(d.language)) problems.push('language must be en or es');
if (!P.families.includes(d.family)) problems.push(`family must be ${P.families.join(' or ')}`);
if (typeof d.author !== 'string') problems.push('author missing');
const kinds = d.family === 'phi' ? PHI : CLAIMS;
const styleNames = new Set();
for (const s of d.styles || []) {
  if (!s.style || !s.source) problems.push('style without style/source: ' + JSON.stringify(s));
  if (styleNames.has(s.style)) problems.push('style listed twice: ' + s.style);
  if (used.has(s.style)) problems.push('style already used by an earlier batch: ' + s.style);
  styleNames.add(s.style);
}
if (styleNames.size < P.styles) problems.push(`only ${styleNames.size} styles (need ${P.styles})`);
const ids = new Set(); let neg = 0; const usedStyles = new Set(); const seen = new Set();
for (const t of d.texts || []) {
  if (ids.has(t.id)) problems.push('duplicate id ' + t.id); ids.add(t.id);
  if (short && seen.has(t.text)) problems.push('duplicate text ' + t.id); seen.add(t.text);
  if (!styleNames.has(t.style)) problems.push(`${t.id}: style not listed: ${t.style}`);
  usedStyles.add(t.style);
  if (typeof t.text !== 'string' || t.text.length < 15) problems.push(`${t.id}: text missing or too short`);
  if (!Array.isArray(t.spans)) { problems.push(`${t.id}: spans missing`); continue; }
  if (t.spans.length === 0) neg++;
  if (t.spans.length && t.lookalike) problems.push(`${t.id}: lookalike only on negatives`);
  for (const s of t.spans) {
    if (!kinds.includes(s.kind)) problems.push(`${t.id}: unknown kind ${s.kind}`);
    if (!s.text || !t.text.includes(s.text)) problems.push(`${t.id}: span not in text: ${JSON.stringify(s.text)}`);
  }
  if (t.context && t.context.subjectName && t.context.nameAllowed === undefined) problems.push(`${t.id}: context.nameAllowed missing`);
}
const n = (d.texts || []).length;
if (n !== P.texts) problems.push(`${n} texts (need ${P.texts})`);
if (Math.abs(neg - n * P.negShare) > n * P.negTol) problems.push(`${neg} negatives of ${n} (need ${P.negWords})`);
for (const s of styleNames) if (!usedStyles.has(s)) problems.push('style listed but not used: ' + s);
if (problems.length) { console.log(problems.join('\n')); process.exit(1); }
console.log(`OK: ${n} texts, ${neg} look-alikes, ${styleNames.size} styles`);
