/**
 * More of how Spanish sellers write their claims (the Spanish pack; docs/architecture.md, "The
 * grammar"): the healed named by what they lacked and nerves woken, a tumour dissolving, a sense
 * back, dementia pushed back; the weight never regained; whatever you have cured and hundreds of
 * illnesses treated; the care repeated free when it fails; no calorie counting; a secret kept from
 * the reader or made up by the industry; and a refund's condition, which promises what it negates
 * (refundAfter). Their look-alikes stay clear. The grammar alone is read (reader: null) unless a
 * test says otherwise. Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('the healed and their signs', () => {
  it.each([
    'En la campaña vimos sordos que oyen y ciegos que ven.',
    'Paralíticos que caminan gracias a la oración del hermano.',
    'En la misión, niños que no caminaban, hoy caminan.',
    'La acupuntura reconecta la médula espinal.',
    'El oxígeno a presión despierta las neuronas dormidas del niño.',
    'Le doy el hongo y el tumor se le está deshaciendo.',
    'Con las gotas mi esposo está oyendo otra vez.',
    'El suplemento hace retroceder la demencia.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('disease-reversal');
  });

  it.each(['Charla: sordos que oyen con implantes cocleares.', 'Después de la cirugía de cataratas mi madre está viendo otra vez.'])('stays clear: %s', (text) => {
    expect(kinds(text)).not.toContain('disease-reversal');
  });
});

describe('other families', () => {
  it.each([
    ['Con la dieta pierdes los kilos de sobrepeso y no los recuperas nunca.', 'permanence'],
    ['Elixir de noni y maca para el cuerpo. Te cura lo que tengas.', 'cure-all'],
    ['Aquí tiene su farmacia natural, todo lo cura la Pachamama.', 'cure-all'],
    ['Un solo aparato para tratar más de 500 enfermedades.', 'cure-all'],
    ['Embarazo en un solo intento o repetimos gratis.', 'guarantee'],
    ['Con mi batido no tenéis que contar calorías ni pisar el gimnasio, adelgazáis igual.', 'effortless-weight-loss'],
    ['El aceite de ricino me curó la calvicie y mi dermatóloga no quería que lo supieras.', 'suppressed-knowledge'],
    ['Los rangos de colesterol los inventaron las farmacéuticas.', 'suppressed-knowledge'],
    ['Las farmacéuticas se quisieron comprar la receta para desaparecerla.', 'suppressed-knowledge'],
    ['Los cardiólogos lo saben y se lo callan: la cúrcuma cura la hipertensión.', 'suppressed-knowledge'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ['El tiempo perdido no lo recuperas nunca.', 'permanence'],
    ['Si no te gusta el corte, lo repetimos gratis o te devolvemos el dinero.', 'guarantee'],
    ['No tienes que hacer nada, nosotros te llamamos para la cita.', 'effortless-weight-loss'],
    ['Mis padres lo saben y no lo dicen por vergüenza.', 'suppressed-knowledge'],
  ])('stays clear: %s (%s)', (text, kind) => {
    expect(kinds(text)).not.toContain(kind);
  });
});

describe('a refund after a negated condition promises the condition', () => {
  it.each([
    ['Si no camina sin dolor desde el primer día, le devolvemos su dinero.', 'instant-results'],
    ['Si no baja 5 kilos en una semana, le devolvemos su dinero.', 'instant-results'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('a negated claim without a refund stays negated', () => {
    expect(kinds('No camina sin dolor desde el primer día, dice su fisioterapeuta.')).not.toContain('instant-results');
  });
});
