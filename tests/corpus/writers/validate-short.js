#!/usr/bin/env node
// Usage: node tests/corpus/writers/validate-short.js <claims.json>: checks one short-text batch against SHORT.md.
const fs = require('fs');
const CLAIMS = ['cure','miracle','guarantee','universal-efficacy','zero-risk','permanence','treatment-replacement','instant-results','effortless-weight-loss','cure-all','disease-reversal','vaccine-alternative','suppressed-knowledge','fda-approval'];
const file = process.argv[2]; const problems = []; let d;
try { d = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { console.error('not JSON: ' + e.message); process.exit(1); }
if (!['en','es'].includes(d.language)) problems.push('language must be en or es');
if (d.family !== 'claims') problems.push('family must be claims');
if (typeof d.author !== 'string') problems.push('author missing');
const styleNames = new Set();
for (const s of d.styles || []) { if (!s.style || !s.source) problems.push('style without style/source'); if (styleNames.has(s.style)) problems.push('style twice: ' + s.style); styleNames.add(s.style); }
if (styleNames.size < 40) problems.push(`only ${styleNames.size} styles (need 40)`);
const ids = new Set(); let neg = 0; const used = new Set(); const texts = new Set();
for (const t of d.texts || []) {
  if (ids.has(t.id)) problems.push('duplicate id ' + t.id); ids.add(t.id);
  if (texts.has(t.text)) problems.push('duplicate text ' + t.id); texts.add(t.text);
  if (!styleNames.has(t.style)) problems.push(`${t.id}: style not listed: ${t.style}`); used.add(t.style);
  if (typeof t.text !== 'string' || t.text.length < 15) problems.push(`${t.id}: text too short`);
  if (!Array.isArray(t.spans)) { problems.push(`${t.id}: spans missing`); continue; }
  if (!t.spans.length) neg++;
  if (t.spans.length && t.lookalike) problems.push(`${t.id}: lookalike only on negatives`);
  for (const s of t.spans) { if (!CLAIMS.includes(s.kind)) problems.push(`${t.id}: unknown kind ${s.kind}`); if (!s.text || !t.text.includes(s.text)) problems.push(`${t.id}: span not in text`); }
}
const n = (d.texts || []).length;
if (n !== 300) problems.push(`${n} texts (need 300)`);
if (neg < 190 || neg > 210) problems.push(`${neg} look-alikes (need about 200)`);
for (const s of styleNames) if (!used.has(s)) problems.push('style listed but not used: ' + s);
if (problems.length) { console.log(problems.slice(0, 40).join('\n')); process.exit(1); }
console.log(`OK: ${n} texts, ${neg} look-alikes, ${styleNames.size} styles`);
