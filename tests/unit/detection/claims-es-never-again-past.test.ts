/**
 * The illness that never came back, told in the past or after its verb (es.ts, perm.never: "nunca
 * más tuvo una crisis", "se curó … y nunca más le volvió", "ya no se ahoga nunca más"). Sentences
 * are written for these tests, not copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const rules = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.rule);

describe('nunca más, en pasado', () => {
  it.each([
    'Con las gotas de Bach mi hija nunca más tuvo una crisis de asma.',
    'Mi tía se curó con el agua de la fuente y nunca más le volvió.',
    'Desde el jarabe de cebolla el niño ya no se ahoga nunca más.',
    'Probó el imán en la muñeca y nunca más sufrió migrañas.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('perm.never');
  });

  it.each([
    'Se fue a trabajar a España y nunca más volvió.',
    'Después de aquel invierno nunca más volvimos a la sierra.',
    'Le pregunté al médico si volvería la crisis y me dijo que no lo sabe.',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain('perm.never');
  });
});
