/**
 * A person's own address the organisation writes back is theirs (server/src/detection/phi/org-context.ts,
 * ownAddress): "we hold your address as 14 Larch Close, Stroud GL5 3QT", "su domicilio: …", with the
 * town and postcode written right after it; the organisation's own address stays the organisation's.
 * Sentences are written for these tests, not copied from tests/corpus; the rules are read alone
 * (textGate: false, reader: false).
 */
import { scanPhiText } from '../../../server/src/detection/phi';

const found = (text: string, language = 'en'): string[] => scanPhiText(text, { language, textGate: false, reader: false }).map((f) => `${f.kind}:${f.match}`);

describe('a person’s own address in the organisation’s message', () => {
  it('is theirs, with the town and postcode after it', () => {
    const text = 'Our records show your address as 14 Larch Close, Stroud GL5 3QT. Please tell us if it has changed.';
    expect(found(text)).toEqual(expect.arrayContaining(['street-address:14 Larch Close', 'place:Stroud', 'zip-code:GL5 3QT']));
  });

  it('named by "su domicilio" in Spanish', () => {
    expect(found('Nuestra farmacia le enviará el pedido; su domicilio: Calle Olmo 412, Mérida.', 'es')).toContain('street-address:Calle Olmo 412');
  });

  it('the organisation’s own address stays the organisation’s', () => {
    expect(found('Find us at 14 Larch Close, Stroud GL5 3QT. Open Monday to Friday.')).toEqual([]);
    expect(found('Our new address is 14 Larch Close, Stroud GL5 3QT.')).toEqual([]);
  });
});
