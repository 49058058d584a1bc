/**
 * English health marketing of South Asia, East Africa and the Philippines mixes in the words of
 * Hindi-Urdu, Bengali, Swahili and Tagalog that make the claim ("ka pakka ilaj", "ki zaroorat
 * nahi", "hakuna haja ya", "hindi na kailangan ng"); the English pack reads those words, and the
 * health object or treatment around them as in English (docs/architecture.md, "Code-switched
 * English"). Sentences are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'en').map((h) => h.kind);

describe('code-switched English claims', () => {
  it.each([
    ['Jodon ka dard? Arthritis ka 100% ilaaj, sirf hamare tel se.', 'cure'],
    ['Thyroid ka pakka ilaj, 21 din ka course, call karein.', 'cure'],
    ['Ek hi churan, har bimari ka ilaj — gas, acidity, joint pain sab.', 'cure-all'],
    ['Asthma ko jad se mitaye, natural formula, order now.', 'permanence'],
    ['Migraine hamesha ke liye door, guaranteed results.', 'permanence'],
    ['Sirf 10 din mein psoriasis gayab, customers are shocked.', 'cure'],
    ['Knee replacement ki zaroorat nahi, hamara tel lagaiye.', 'treatment-replacement'],
    ['Diabetes wale dhyan dein: metformin band kar dijiye, ye powder lijiye.', 'treatment-replacement'],
    ['Herbal balm for slipped disc — bina surgery, bina pain killers.', 'treatment-replacement'],
    ['Hakuna haja ya inhaler tena, chai hii inatosha for asthma.', 'treatment-replacement'],
    ['Hindi na kailangan ng maintenance meds, this capsule is enough for high blood pressure!', 'treatment-replacement'],
    ['Pure herbal formula, koi side effect nahi, safe for everyone.', 'zero-risk'],
    ['Walang side effects, for kids and lolas!', 'zero-risk'],
    ['Doctors aapko ye kabhi nahi batayenge: lauki juice clears arteries.', 'suppressed-knowledge'],
    ['Kidney stones 3 din mein bahar, guaranteed.', 'instant-results'],
    ['Leg fractures heal in one week without plaster, ask our bone setter.', 'treatment-replacement'],
    ['No need of angioplasty, this drink opens the arteries.', 'treatment-replacement'],
    ['No need for radiotherapy, our leaf tea shrinks the growth.', 'treatment-replacement'],
    // conditions as the English of South Asia and Africa names them
    ['Our arjuna kadha dissolves the blockages naturally.', 'disease-reversal'],
    ['This bitters wipes out typhoid from the system.', 'cure'],
  ])('a claim: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    // negated in Hindi ("there is no permanent cure yet") and an honest disclaimer
    'Diabetes ka koi permanent ilaaj abhi tak nahi hai, lekin control possible hai.',
    'Apni dawai band na karein, doctor se baat karein.',
    // "Bina" as a name, "bila" meaning a bill, "khatam" about stock
    'Bina from the front desk will call you about your visit on Monday.',
    'Stock khatam ho gaya, new batch of our cough syrup arrives next week.',
  ])('no claim: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
