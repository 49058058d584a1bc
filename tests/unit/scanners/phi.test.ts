import { scanPhi, segmentsFromStrings } from '../../../server/src/scanners';
import type { PhiOptions } from '../../../server/src/scanners';

const CLINIC: PhiOptions = {
  allowedPhones: ['+1 (555) 201-0000', '1-800-555-0199'],
  allowedDomains: ['sunriseclinic.com', 'facebook.com/SunriseClinic'],
  subjectNames: ['Jane Doe'],
};

function scan(text: string, options: PhiOptions = CLINIC) {
  return scanPhi([{ path: ['body'], text }], options);
}

/** Every flagged text must yield exactly one finding of the kind, with this match and offset. */
function expectOne(text: string, kind: string, match: string, options?: PhiOptions): void {
  const findings = scan(text, options);
  expect(findings.map((f) => [f.kind, f.match])).toEqual([[kind, match]]);
  expect(findings[0]?.offset).toBe(text.indexOf(match));
  expect(findings[0]?.path).toEqual(['body']);
  expect(findings[0]?.message).toContain(match.replace(/\s+/g, ' '));
}

describe('scanPhi: phone and fax numbers', () => {
  it.each([
    ['Call me at 555-201-3344 any time.', '555-201-3344'],
    ['Reach her on (555) 201-3345.', '(555) 201-3345'],
    ['My cell is 555.201.3346', '555.201.3346'],
    ['Fax: +1 555 201 3347', '+1 555 201 3347'],
    ['Text me at 5552013348 after work.', '5552013348'],
    ['My London number: +44 20 7946 0958', '+44 20 7946 0958'],
    ['My husband answers 1-800-555-0100 too', '1-800-555-0100'],
  ])('flags %j', (text, match) => expectOne(text, 'phone', match));

  it.each([
    'The clinic line is (555) 201-0000.',
    'Call 1 800 555 0199 to book.',
    'ISBN 978-0-306-40615-7',
    'Sessions run 10-12 weeks, 2-3 times a week.',
    'Dose range 100-200-300 mg',
    'Order #5552013 shipped',
    'Blood pressure was 120/80 mmHg.',
    'Call us today at 10:30 am',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: email addresses', () => {
  it.each([
    ['write to jane.d@gmail.com please', 'jane.d@gmail.com'],
    ['j_d+clinic@yahoo.co.uk.', 'j_d+clinic@yahoo.co.uk'],
    ['Contact: PATIENT@EXAMPLE.ORG', 'PATIENT@EXAMPLE.ORG'],
    ['email me (mike-r@outlook.com)', 'mike-r@outlook.com'],
    ['my address is anna@sub.mail.example.com', 'anna@sub.mail.example.com'],
  ])('flags %j', (text, match) => expectOne(text, 'email', match));

  it.each([
    'Questions? info@sunriseclinic.com',
    'Book at book@care.sunriseclinic.com',
    'Follow us @sunriseclinic',
    'Meet @ 5pm',
    'user@localhost',
    'price @ $20.00 each',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: Social Security numbers', () => {
  it.each([
    ['SSN 123-45-6789', 'SSN 123-45-6789'],
    ['My social security number is 219-09-9999.', 'social security number is 219-09-9999'],
    ['SSN: 078-05-1120', 'SSN: 078-05-1120'],
    ['her number 123-45-6789 was on the form', '123-45-6789'],
    ['ssn 123 45 6789', '123 45 6789'],
    ['SSN 123456789', 'SSN 123456789'],
  ])('flags %j', (text, match) => expectOne(text, 'ssn', match));

  it.each([
    'Ratio 12-34-5678 in the table',
    'Part no. 123-45-67890',
    'Product code 1234-56-7890',
    'Scores of 100-90-85 on three tests',
    'Room 123-45',
    'Example 000-12-3456',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: medical record numbers', () => {
  it.each([
    ['MRN: 4481-22', 'MRN: 4481-22'],
    ['Medical record number 00123456 was checked', 'Medical record number 00123456'],
    ['patient ID 884421', 'patient ID 884421'],
    ['Chart no. A-99812', 'Chart no. A-99812'],
    ['Her MRN is 77-1234-5.', 'MRN is 77-1234-5'],
  ])('flags %j', (text, match) => expectOne(text, 'medical-record-number', match));

  it.each([
    'The MRN field is required',
    'She was our patient for 12 weeks',
    'Medical records from 2019 were reviewed',
    'our patient number one priority',
    'The chart shows 120 mg daily',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: health plan beneficiary numbers', () => {
  it.each([
    ['Member ID W123456789', 'Member ID W123456789'],
    ['Policy number: HX-2231-88', 'Policy number: HX-2231-88'],
    ['subscriber ID 9982-113', 'subscriber ID 9982-113'],
    ['Medicare number 1EG4-TE5-MK73', 'Medicare number 1EG4-TE5-MK73'],
    ['insurance ID: BCX44521', 'insurance ID: BCX44521'],
  ])('flags %j', (text, match) => expectOne(text, 'health-plan-number', match));

  it.each([
    'Member of staff since 2019',
    'group number 3 meets on Fridays',
    'Medicare covers 80% of the cost',
    'insurance covers 3 visits',
    'policy changes in 2021',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: account numbers', () => {
  it.each([
    ['Pay to account #88213', 'account #88213'],
    ['Account number: 0012-445-990', 'Account number: 0012-445-990'],
    ['acct 55219034', 'acct 55219034'],
    ['billing account no. 7734521', 'account no. 7734521'],
    ['Account: 99-12-7781', 'Account: 99-12-7781'],
  ])('flags %j', (text, match) => expectOne(text, 'account-number', match));

  it.each([
    'take into account 3 factors',
    'these account for 20% of cases',
    'My account was opened in 2019',
    'Account 2021 summary',
    'on account of 12 weeks of rain',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: certificate and license numbers', () => {
  it.each([
    ['License No. A12345', 'License No. A12345'],
    ["driver's license D1234-5678-9012", "driver's license D1234-5678-9012"],
    ['certificate #CX-20931', 'certificate #CX-20931'],
    ['passport number 502135321', 'passport number 502135321'],
    ['Licence no: 44-9912', 'Licence no: 44-9912'],
  ])('flags %j', (text, match) => expectOne(text, 'certificate-license-number', match));

  it.each([
    'licensed since 2010',
    'license to practice in 3 states',
    'earned a certificate in 2019',
    'Board certified in 2015',
    'our certificate program has 12 modules',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: vehicle identifiers', () => {
  it.each([
    ['VIN 1HGCM82633A004352', 'VIN 1HGCM82633A004352'],
    ['plate 7ABC123', 'plate 7ABC123'],
    ['license plate: 4XYZ921', 'license plate: 4XYZ921'],
    ["my truck's VIN is 1M8GDM9AXKP042788", 'VIN is 1M8GDM9AXKP042788'],
    ['registration number KX19-ABC', 'registration number KX19-ABC'],
    ['Car: 1HGCM82633A004352.', '1HGCM82633A004352'],
  ])('flags %j', (text, match) => expectOne(text, 'vehicle-identifier', match));

  it.each([
    'a plate of 2 eggs',
    'I ate 3 plates of salad',
    'the vine 12345 grew',
    'registration opens 2024',
    'Order 12345678901234567',
    'Code 1HGCM82633A004353 is not a valid VIN',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: device identifiers and serial numbers', () => {
  it.each([
    ['serial number SN-8841-XY', 'serial number SN-8841-XY'],
    ['Serial no. 00A7712', 'Serial no. 00A7712'],
    ['S/N 4481992', 'S/N 4481992'],
    ['IMEI 490154203237518', 'IMEI 490154203237518'],
    ['device ID: PM-22-0198', 'device ID: PM-22-0198'],
  ])('flags %j', (text, match) => expectOne(text, 'device-identifier', match));

  it.each([
    'a serial killer documentary',
    'series 3 has 10 episodes',
    'a serial 5-part podcast',
    'SNOMED 12345 concepts',
    'the device is used 2 times a day',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: personal URLs', () => {
  it.each([
    ['see facebook.com/jane.smith for photos', 'facebook.com/jane.smith'],
    ['https://www.instagram.com/janedoe92/', 'https://www.instagram.com/janedoe92/'],
    ['linkedin.com/in/jane-smith-12345', 'linkedin.com/in/jane-smith-12345'],
    ['Watch https://tiktok.com/@jsmith!', 'https://tiktok.com/@jsmith'],
    ['my page http://example.org/~jsmith/home.html.', 'http://example.org/~jsmith/home.html'],
    ['x.com/jsmith posted it', 'x.com/jsmith'],
  ])('flags %j', (text, match) => expectOne(text, 'personal-url', match));

  it.each([
    'Source: https://pubmed.ncbi.nlm.nih.gov/12345678/',
    'See https://doi.org/10.1056/NEJMoa2034577.',
    'Our team: https://www.sunriseclinic.com/profile/dr-lee',
    'Like us at facebook.com/SunriseClinic/photos',
    'https://www.cdc.gov/diabetes/basics/index.html',
    'Share: facebook.com/sharer.php?u=abc',
    'Visit www.mayoclinic.org for more',
    'https://www.youtube.com/watch?v=abc123',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: IP addresses', () => {
  it.each([
    ['logged from 192.168.1.20 today', '192.168.1.20'],
    ['IP 10.0.0.37', '10.0.0.37'],
    ['her camera is at 192.168.1.44', '192.168.1.44'],
    ['addr fe80::1ff:fe23:4567:890a', 'fe80::1ff:fe23:4567:890a'],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
  ])('flags %j', (text, match) => expectOne(text, 'ip-address', match));

  it('flags an address with the town it was read from', () => {
    // A town of the gazetteer in parentheses is the rules'; a town that is also a given name
    // ("Denver") the PHI reader read there until its refit on a … el (session 29), no longer.
    expect(scan('accessed from 203.0.113.55 (Kalamazoo)', { reader: false }).map((f) => f.match)).toEqual(['203.0.113.55', 'Kalamazoo']);
    expect(scan('accessed from 203.0.113.55 (Denver)').map((f) => f.match)).toEqual(['203.0.113.55']);
  });

  it.each([
    'Update to version 1.2.3.4',
    'firmware v10.0.0.1 is out',
    'at 10:30:45 sharp',
    'mix in a ratio 1:2:3',
    '999.1.1.1 is not an address',
    // addresses millions of networks share identify no one: public resolvers, private gateways
    'set DNS to 8.8.8.8 or 1.1.1.1',
    'your router admin page is at 192.168.0.1 like most home routers',
    'the gateway is 10.0.0.254',
    'pi is 3.14159',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: dates more precise than a year', () => {
  it.each([
    ['Surgery on March 3, 2021 went well', 'March 3, 2021'],
    ['Admitted 03/14/2022', '03/14/2022'],
    ['Discharged 2021-03-14.', '2021-03-14'],
    ['born on the 3rd of March', 'the 3rd of March'],
    ['seen 14 March 2022', '14 March 2022'],
    ['since Sept. 5th', 'Sept. 5th'],
    ['started in March 2021', 'March 2021'],
    ['on 12.03.2021', '12.03.2021'],
  ])('flags %j', (text, match) => expectOne(text, 'date', match));

  it.each([
    'in 2019 I started',
    'since 2021',
    'for 12 weeks',
    'after 3 months',
    'we march 5 miles',
    'you may 2x the dose',
    'scored 27/30',
    'at 10:30',
    'version 2.1.3',
    'in the spring of 2020',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: ages over 89', () => {
  it.each([
    ["I'm 92 and still dancing", "I'm 92"],
    ['aged 95, she', 'aged 95'],
    ['a 93-year-old patient', '93-year-old'],
    ['she was 97 when', 'she was 97'],
    ['At 91, he ran a 5K', 'At 91'],
    ['in her 90s', 'in her 90s'],
    ['ninety-two years old', 'ninety-two years old'],
    ['our oldest centenarian', 'centenarian'],
  ])('flags %j', (text, match) => expectOne(text, 'age-over-89', match));

  it.each([
    "I'm 45 and fit",
    'aged 89',
    'at 95% capacity',
    "I'm 100 percent better",
    'it takes 90 minutes',
    'turned 90 degrees',
    'the 90s were fun',
    'Route 95 exit',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: street addresses', () => {
  it.each([
    ['lives at 123 Main Street in town', '123 Main Street'],
    ['45 Oak Ave', '45 Oak Ave'],
    ['221B Baker Street', '221B Baker Street'],
    ['1600 Pennsylvania Avenue', '1600 Pennsylvania Avenue'],
    ['7 North Elm Rd', '7 North Elm Rd'],
    ['Send it to PO Box 1234', 'PO Box 1234'],
  ])('flags %j', (text, match) => expectOne(text, 'street-address', match));

  it.each([
    'walked 3 blocks down the road',
    'lost 20 pounds',
    'for 12 weeks',
    'Take 2 tablets daily',
    'In 2019 Dr Smith said',
    'Top 10 Ways to Sleep',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: ZIP codes', () => {
  it.each([
    ['MA 02139', '02139'],
    ['TX 78701-1234', '78701-1234'],
    ['ZIP 90210', '90210'],
    ['postal code: 10001', '10001'],
    ['mail to 02139-4307', '02139-4307'],
  ])('flags %j', (text, match) => expectOne(text, 'zip-code', match));

  it.each([
    'walked 12345 steps',
    'order 12345 shipped',
    'In 2019 we had 15000 patients',
    'Call ext. 12345',
    'MA degree in 2019',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: the subject name', () => {
  it.each([
    ['Thanks to Jane Doe for sharing', 'Jane Doe'],
    ['jane said it helped', 'jane'],
    ['MRS DOE agreed', 'DOE'],
    ['Jane  Doe (two spaces)', 'Jane  Doe'],
    ["Jane's story", 'Jane'],
  ])('flags %j', (text, match) => expectOne(text, 'subject-name', match));

  it.each(['Janet is here', 'The Doeville clinic', 'Mary Smith', 'JANEY', 'Jan Do'])('passes %j', (text) =>
    expect(scan(text)).toEqual([])
  );

  it('allows the name when the consent allows it', () => {
    expect(scan('Jane Doe, 45, from Ohio', { ...CLINIC, allowNames: true })).toEqual([]);
  });

  it('flags a personal site carrying the name', () => {
    expect(scan('https://janedoe.com/blog').map((f) => f.kind)).toEqual(['personal-url']);
  });
});

describe('scanPhi: precision on ordinary numbers', () => {
  it.each([
    'for 12 weeks',
    '3 months later',
    'take 500 mg twice a day',
    '2.5 ml before bed',
    '10 units of insulin',
    'it cost $1,299',
    'only €49.99 a month',
    'in 2019',
    'since 2021',
    'at 10:30',
    'at 9:00 am',
    'scored 27/30',
    '85% of patients',
    'I lost 20 pounds',
    'a BMI of 31.2',
    "I'm 45",
    'version 2.1.3',
    'pages 123-456',
    'between 1990 and 2000',
    'my A1C went from 9.1 to 6.4',
  ])('passes %j', (text) => expect(scan(text)).toEqual([]));
});

describe('scanPhi: several findings', () => {
  it('reports each identifier once, in order, with offsets', () => {
    const text = 'Jane Doe (MRN: 4481-22) was seen March 3, 2021; call 555-201-3344.';
    const findings = scan(text);
    expect(findings.map((f) => [f.kind, f.match, f.offset])).toEqual([
      ['subject-name', 'Jane Doe', 0],
      ['medical-record-number', 'MRN: 4481-22', 10],
      ['date', 'March 3, 2021', 33],
      ['phone', '555-201-3344', 53],
    ]);
  });

  it('keeps the path of each segment', () => {
    const findings = scanPhi(segmentsFromStrings(['no identifiers here', 'call 555-201-3344'], 'quotes'), CLINIC);
    expect(findings.map((f) => f.path)).toEqual([['quotes', '1']]);
  });

  it('works without options', () => {
    // The name before the address is read by the PHI reader (server/src/detection/phi/reader.ts).
    expect(scanPhi([{ path: ['x'], text: 'Jane Doe, jane.doe@sunriseclinic.com' }]).map((f) => f.kind)).toEqual(['person-name', 'email']);
  });
});
