/**
 * Session 31's grammar additions, each a class of words rather than a phrase: the medicines
 * regulators of other countries named as approving a product ("TGA approved", "avalado por la
 * AEMPS"), with their register numbers as a reference; and a pregnancy promised as an outcome
 * ("pregnancy guaranteed", "embarazo asegurado"). Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('session 31: claims the grammar now reads', () => {
  it.each([
    ['en', 'Our joint capsules are TGA approved and made in Queensland.', 'fda-approval'],
    ['en', 'MHRA licensed, so you know this sleep spray is the real deal.', 'fda-approval'],
    ['en', 'The only Health Canada approved cure for tinnitus!', 'fda-approval'],
    ['en', 'This bitters is approved by NAFDAC for typhoid and ulcer.', 'fda-approval'],
    ['en', 'Medsafe has approved our manuka throat drops.', 'fda-approval'],
    ['en', 'Na NAFDAC approve am, buy two bottles now.', 'fda-approval'],
    ['en', 'A pregnancy guaranteed in two cycles with our add-on package.', 'guarantee'],
    ['en', 'Pregnancy guaranteed on your first transfer with our immune protocol.', 'guarantee'],
    ['es', 'Nuestras cápsulas cuentan con el aval de la AEMPS.', 'fda-approval'],
    ['es', 'Jarabe avalado por la ARCSA para la tos de los niños.', 'fda-approval'],
    ['es', 'Este té, la COFEPRIS ya lo tiene aprobadísimo.', 'fda-approval'],
    ['es', 'Con el protocolo de óvulos el embarazo está asegurado.', 'guarantee'],
    ['es', 'Este suplemento asegura tu embarazo antes de los 40.', 'guarantee'],
  ])('%s: %s is %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each([
    ['en', 'This product is not TGA approved and must not be sold as a medicine.'],
    ['en', 'Ozempic is approved by the TGA for type 2 diabetes (ARTG 123456).'],
    ['en', 'Approved by Health Canada for adults with plaque psoriasis, DIN 02471477.'],
    ['en', 'We are an MHRA registered pharmacy in Leeds.'],
    ['en', 'No fertility treatment can guarantee a pregnancy; ask us about your own chances.'],
    ['en', 'Folic acid before pregnancy lowers the risk of neural tube defects.'],
    ['es', 'Este producto no está autorizado por la AEMPS.'],
    ['es', 'La COFEPRIS retiró del mercado tres lotes de este suplemento.'],
    ['es', 'Ningún embarazo está asegurado, ni con la mejor técnica.'],
    ['es', 'Tu embarazo está asegurado con la póliza de maternidad de la empresa.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
