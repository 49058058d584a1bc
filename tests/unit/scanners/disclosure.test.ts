import {
  findMaterialConnectionDisclosure,
  findOutcomeStatements,
  findTypicalResultsStatement,
  segmentsFromStrings,
} from '../../../server/src/scanners';

const seg = (text: string) => [{ path: ['caption'], text }];

describe('findMaterialConnectionDisclosure', () => {
  it.each([
    ['Loving my new serum #ad', '#ad'],
    ['#Sponsored by the clinic', '#Sponsored'],
    ['Paid partnership with Acme Health', 'Paid partnership'],
    ['This post is sponsored by Acme', 'sponsored by'],
    ['I received this serum for free from Acme', 'I received this serum for free'],
    ['I received the product in exchange for my honest review', 'I received the product in exchange'],
    ['Full disclosure: I was paid to post this', 'I was paid'],
    ['I was compensated for this review', 'I was compensated'],
    ["I'm being paid by the brand", "I'm being paid"],
    ['I earn a commission on sales', 'I earn a commission'],
    ['Made in partnership with Acme', 'in partnership with'],
    ['Gifted by the brand', 'Gifted by'],
    ['This cream was gifted to me', 'was gifted'],
    ['#paidpartnership #skincare', '#paidpartnership'],
    ['ADVERTISEMENT: new clinic hours', 'ADVERTISEMENT'],
  ])('finds %j', (text, match) => {
    const found = findMaterialConnectionDisclosure(seg(text));
    expect(found).not.toBeNull();
    expect([found?.kind, found?.match, found?.offset, found?.path]).toEqual(['disclosure', match, text.indexOf(match), ['caption']]);
  });

  it.each([
    'Best #adventure ever',
    'Living with ADHD',
    'the advertised price is $99',
    'This post is not sponsored',
    'The bill was paid by insurance',
    'I received great care',
    'Visit the gift shop',
    'an ad hoc meeting',
    'email ad@example.com',
    'a gifted surgeon',
  ])('finds nothing in %j', (text) => expect(findMaterialConnectionDisclosure(seg(text))).toBeNull());

  it('looks through every segment', () => {
    const found = findMaterialConnectionDisclosure(segmentsFromStrings(['My story', 'Thanks! #ad'], 'body'));
    expect(found?.path).toEqual(['body', '1']);
  });
});

describe('findOutcomeStatements', () => {
  const find = (text: string) => findOutcomeStatements(seg(text));

  it.each([
    ['I lost 40 pounds in a year', 'lost 40 pounds'],
    ['and my pain is gone!', 'my pain is gone'],
    ['Finally I was cured', 'I was cured'],
    ['my blood sugar dropped fast', 'my blood sugar dropped'],
    ['I feel 20 years younger', 'I feel 20 years younger'],
    ['my skin cleared up in a month', 'my skin cleared up'],
    ['I no longer need my inhaler', 'I no longer need'],
    ['I went from a size 16 to a size 8', 'went from a size 16 to a size 8'],
    ['my back pain has completely disappeared', 'my back pain has completely disappeared'],
    ['dropped 12 points on my A1C', 'dropped 12 points'],
    ["I'm pain-free now", "I'm pain-free"],
    ['30 lbs lighter!', '30 lbs lighter'],
  ])('flags %j', (text, match) => {
    const findings = find(text);
    expect(findings.map((f) => [f.kind, f.match, f.offset])).toEqual([['outcome', match, text.indexOf(match)]]);
  });

  it.each([
    'I lost my keys',
    'we lost 20 minutes in traffic',
    'I went from the clinic to the pharmacy',
    'my appointment is at 3',
    'results vary from patient to patient',
    "I haven't lost 20 pounds yet",
    'my doctor is great',
    'I feel great about the staff',
  ])('passes %j', (text) => expect(find(text)).toEqual([]));
});

describe('findTypicalResultsStatement', () => {
  const find = (text: string) => findTypicalResultsStatement(seg(text));

  it.each([
    ['Results may vary.', 'Results may vary'],
    ['Individual results vary', 'Individual results vary'],
    ['*Results not typical', 'Results not typical'],
    ['Typical results are 5-10 pounds', 'Typical results are'],
    ['Most patients lose 5 to 10 pounds', 'Most patients lose'],
    ['The average patient loses 8 pounds', 'The average patient'],
    ['Generally expected results: 5%', 'Generally expected results'],
    ['On average, patients improve 10%', 'On average, patients'],
    ['Patients can generally expect less pain', 'Patients can generally expect'],
  ])('finds %j', (text, match) => {
    const found = findTypicalResultsStatement(seg(text));
    expect([found?.kind, found?.match, found?.offset]).toEqual(['typical-results', match, text.indexOf(match)]);
  });

  it('finds a statement whose key word comes late, after many near misses, at its first word', () => {
    const lead = 'Most patients arrive early; the average wait is short; results: mixed. '.repeat(2000);
    const text = `${lead}Participants   should generally expect some soreness.`;
    const found = find(text);
    expect([found?.match, found?.offset]).toEqual(['Participants   should generally expect', lead.length]);
    expect(find(`almostypical results are x; xparticipants should generally expect`)).toBeNull();
  });

  it.each([
    'The results were amazing',
    'a typical day at the clinic',
    'the average wait time is 10 minutes',
    'most patients arrive early',
    'Individual sessions vary in length',
    'results: I lost 20 pounds',
  ])('finds nothing in %j', (text) => expect(find(text)).toBeNull());
});
