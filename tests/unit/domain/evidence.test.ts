import {
  candidateTypes,
  canonicalMime,
  detectEvidenceType,
  evidenceFileName,
  evidenceProblem,
  fromBase64Parts,
  sha256Hex,
  toBase64Parts,
} from '../../../server/src/domain/evidence';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const ftyp = (brand: string) => bytes([0, 0, 0, 0x20], 'ftyp', brand, [0, 0, 0, 0], 'isommp41');

describe('recognising evidence files on their bytes', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['a PDF with bytes before its header', bytes([0xef, 0xbb, 0xbf], '\n%PDF-1.4'), 'application/pdf'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'image/png'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe1], 'Exif'), 'image/jpeg'],
    ['a WAV', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), 'audio/wav'],
    ['an AVI (RIFF, not WAVE)', bytes('RIFF', [1, 2, 3, 4], 'AVI LIST'), null],
    ['a FLAC', bytes('fLaC', [0]), 'audio/flac'],
    ['an MP3 with ID3', bytes('ID3', [4, 0, 0]), 'audio/mpeg'],
    ['an MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64]), 'audio/mpeg'],
    ['an AAC (ADTS) frame', bytes([0xff, 0xf1, 0x50, 0x80]), 'audio/aac'],
    ['an M4A', ftyp('M4A '), 'audio/mp4'],
    ['a QuickTime movie', ftyp('qt  '), 'video/quicktime'],
    ['an MP4', ftyp('isom'), 'video/mp4'],
    ['a WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'video/webm'],
    ['a Matroska that is not WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'), null],
    ['an Ogg', bytes('OggS', [0, 2]), 'audio/ogg'],
    ['HTML', bytes('<!doctype html><p>hi'), null],
    ['an executable', bytes('MZ', [0x90, 0]), null],
    ['a GIF', bytes('GIF89a'), null],
    ['nothing', Buffer.alloc(0), null],
  ])('%s', (_name, file, expected) => {
    expect(detectEvidenceType(file)).toBe(expected);
  });

  it('lets the declared type choose only among what the bytes allow', () => {
    const webm = bytes([0x1a, 0x45, 0xdf, 0xa3], 'webm');
    expect(detectEvidenceType(webm, 'audio/webm')).toBe('audio/webm');
    expect(detectEvidenceType(webm, 'audio/webm;codecs=opus')).toBe('audio/webm');
    expect(detectEvidenceType(ftyp('isom'), 'audio/x-m4a')).toBe('audio/mp4');
    expect(detectEvidenceType(bytes('OggS'), 'video/ogg')).toBe('video/ogg');
    // A declared type the bytes do not allow changes nothing.
    expect(detectEvidenceType(bytes('%PDF-1.4'), 'image/png')).toBe('application/pdf');
    expect(detectEvidenceType(bytes('<html>'), 'application/pdf')).toBeNull();
  });

  it('spells declared types canonically', () => {
    expect(canonicalMime('Image/JPG')).toBe('image/jpeg');
    expect(canonicalMime('audio/x-wav; charset=binary')).toBe('audio/wav');
    expect(canonicalMime('')).toBeNull();
    expect(candidateTypes(bytes('%PDF'))).toEqual([]);
  });
});

describe('what may be stored', () => {
  const policy = { maxBytes: 100, mimeTypes: ['application/pdf', 'image/png'] };

  it.each([
    [100, 'application/pdf', null],
    [101, 'application/pdf', 'too-large'],
    [0, 'application/pdf', 'empty'],
    [10, 'image/jpeg', 'type'],
    [10, null, 'type'],
  ] as const)('%d bytes of %s: %s', (size, type, code) => {
    expect(evidenceProblem(size, type, policy)?.code ?? null).toBe(code);
  });

  it('names the limit and the allowed types', () => {
    expect(evidenceProblem(101, 'application/pdf', policy)?.message).toMatch(/101 bytes; the limit is 100 bytes/);
    expect(evidenceProblem(10, 'image/jpeg', policy)?.message).toMatch(/image\/jpeg; allowed: application\/pdf, image\/png/);
  });
});

describe('storage in parts', () => {
  it.each([0, 1, 1023, 1024, 1025, 5000])('round-trips %d bytes in parts of 1 KiB', (size) => {
    const file = Buffer.from(Array.from({ length: size }, (_, index) => (index * 31) % 256));
    const parts = toBase64Parts(file, 1024);
    expect(parts).toHaveLength(Math.ceil(size / 1024));
    expect(fromBase64Parts(parts).equals(file)).toBe(true);
    expect(sha256Hex(fromBase64Parts(parts))).toBe(sha256Hex(file));
  });
});

describe('file names', () => {
  it.each([
    ['consent.pdf', 'consent.pdf'],
    ['C:\\\\scans\\\\dana.pdf', 'dana.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['a"b<c>.pdf', 'a_b_c_.pdf'],
    ['line\nbreak.pdf', 'line_break.pdf'],
    ['', 'signed-authorization.pdf'],
    [null, 'signed-authorization.pdf'],
    ['..', 'signed-authorization.pdf'],
  ])('%j becomes %j', (original, expected) => {
    expect(evidenceFileName(original, 'application/pdf')).toBe(expected);
  });

  it('keeps at most 200 characters, the extension included', () => {
    const name = evidenceFileName(`${'x'.repeat(300)}.pdf`, 'application/pdf');
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
