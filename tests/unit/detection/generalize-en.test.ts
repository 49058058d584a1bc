/**
 * Mechanisms added so the English PHI detector meets new writers (tests/corpus/README.md): appositive
 * relatives, place labels, location pins, spatial cues, newsroom captions, directional streets and
 * labelled VINs. Every sentence is written for these tests, not taken from tests/corpus; each
 * positive has look-alikes that pass.
 */
import { scanPhi } from '../../../server/src/scanners';

const phi = (text: string): string[] =>
  scanPhi([{ path: ['body'], text }], { language: 'en' }).map((f) => `${f.kind}:${f.match}`);

describe('PHI: a name before its relation (apposition)', () => {
  it('finds "Name, my relation" and "Name (my relation)"', () => {
    expect(phi('We owe so much to Jenny, my niece, who drove every week.')).toContain('relative-name:Jenny');
    expect(phi('Sarah (my neighbor) brought soup twice.')).toContain('relative-name:Sarah');
    expect(phi("Marcus, Pastor Ruth's 2-year-old grandson, is home.")).toContain('relative-name:Marcus');
  });

  it('leaves staff, places and non-possessed appositives alone', () => {
    expect(phi('Thanks to Dr. Sarah Kim, my surgeon.')).toEqual([]);
    expect(phi('Texas, my home state, has great parks.')).toEqual([]);
    expect(phi('Call Linda, the front desk lead, with questions.')).toEqual([]);
  });
});

describe('PHI: places named by a label, a pin, a spatial cue or a caption', () => {
  it('a neighbourhood app label or a location pin makes the name a place, listed or not', () => {
    expect(phi('Nextdoor, Fishtown: anyone know a podiatrist?')).toContain('place:Fishtown');
    // The rules alone (textGate: false): the text gate (gate.ts) may clear a short impersonal text.
    expect(scanPhi([{ path: ['body'], text: 'Nextdoor (Capitol Hill) — lost hearing aid near the park' }], { language: 'en', textGate: false }).map((f) => `${f.kind}:${f.match}`)).toContain('place:Capitol Hill');
    expect(phi('📍 Missoula ➡️ Spokane for chemo, round 3')).toEqual(expect.arrayContaining(['place:Missoula', 'place:Spokane']));
  });

  it('a label without a name, or a state, is not a place', () => {
    expect(phi('Nextdoor post: a reminder that flu shots are free.')).toEqual([]);
    expect(phi('📍 Texas, road trip with the kids')).toEqual([]);
  });

  it('after "around"/"near", a name of two words or more is a place; holidays and institutions are not', () => {
    expect(phi('Any good physical therapist around Cherry Creek?')).toContain('place:Cherry Creek');
    expect(phi('We close early around Labor Day.')).toEqual([]);
    expect(phi('Parking near Mercy Hospital is tight.')).toEqual([]);
    expect(phi('around Christmas Eve the ward gets quiet')).toEqual([]);
  });

  it('"NAME, AGE, TOWN" captions name the town', () => {
    expect(phi('(On screen: WALT BREWER, 93, MOAB)')).toContain('place:MOAB');
    expect(phi('Dr. Ana Ruiz, 45, joined our team.')).toEqual([]);
  });
});

describe('PHI: streets and VINs', () => {
  it('a numbered street after a direction is an address; an exit is not', () => {
    expect(phi("We're on SW 12th if you want to drop off the walker.")).toContain('street-address:SW 12th');
    expect(phi('Take the NE 41st exit and turn left.')).toEqual([]);
  });

  it('a VIN shape with a failing check digit counts only with the word VIN shortly before', () => {
    expect(phi('The claim had the wrong VIN. Mine is 3GNAXKEV4KS551203.')).toContain('vehicle-identifier:3GNAXKEV4KS551203');
    expect(phi('Firmware build 3GNAXKEV4KS551203 is installed.')).toEqual([]);
  });
});
