import { canonicalize } from '../../../server/src/domain/jcs';

describe('RFC 8785 canonical JSON', () => {
  it('sorts keys by UTF-16 code units (RFC 8785 section 3.2.3 example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Compared as text: JSON.parse would reorder the integer-like key "1".
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'];
    expect(canonicalize(input)).toBe(`{${order.map((key) => `${JSON.stringify(key)}:${JSON.stringify(input[key as keyof typeof input])}`).join(',')}}`);
  });

  it('serializes numbers as ECMAScript does (RFC 8785 section 3.2.2.3)', () => {
    expect(canonicalize([Number('333333333.33333329'), 1e30, 4.5, 2e-3, 0.000000000000000000000000001])).toBe('[333333333.3333333,1e+30,4.5,0.002,1e-27]');
    expect(canonicalize(-0)).toBe('0');
    expect(() => canonicalize(Number.NaN)).toThrow();
  });

  it('has no whitespace, keeps array order, escapes strings minimally, drops undefined members', () => {
    expect(canonicalize({ b: [3, 1, { d: null, c: true }], a: 'é"\n', u: undefined })).toBe('{"a":"é\\"\\n","b":[3,1,{"c":true,"d":null}]}');
  });
});
