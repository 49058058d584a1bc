/**
 * General constructions of the Spanish claim grammar (README, "Checklist": claims.prohibited): verbs
 * in every person and tense (an -er/-ir verb helper next to the -ar one), a clause of cause that ends
 * a negation, conditions named by their medical suffix, and the look-alikes each must leave alone.
 * Every sentence is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('negation scope', () => {
  it('"porque" opens a clause the negation before it does not reach', () => {
    expect(kinds('Ya no uso el inhalador porque el jarabe de cebolla me curó el asma.')).toContain('cure');
    expect(kinds('No creo que el jarabe de cebolla cure el asma.')).toEqual([]);
  });
});

describe('verbs in every person and tense', () => {
  it('hiding, any tense ("lo está ocultando", "lo han escondido")', () => {
    expect(kinds('El gobierno lo está ocultando desde hace años.')).toContain('suppressed-knowledge');
    expect(kinds('Las farmacéuticas lo han escondido por décadas.')).toContain('suppressed-knowledge');
    expect(kinds('Los niños están escondiendo los regalos.')).toEqual([]);
  });

  it('revertir and encoger in any form, what a remedy gives back', () => {
    expect(kinds('Este té ha revertido la diabetes de mi papá.')).toContain('disease-reversal');
    expect(kinds('Con el suero de vitamina C el tumor se encogió solito.')).toContain('disease-reversal');
    expect(kinds('Estas gotas te devuelven la vista y la memoria.')).toContain('disease-reversal');
    expect(kinds('El tumor se encogió después de la quimioterapia.')).toEqual([]);
  });

  it('never again, any person and with a clitic', () => {
    expect(kinds('Con estas gotas ya nunca más me voy a sentir triste.')).toContain('permanence');
    expect(kinds('Este jabón quita la psoriasis, nunca más te vuelve a salir.')).toContain('permanence');
    expect(kinds('Con el tratamiento el pelo ya no se cae nunca más.')).toContain('permanence');
    expect(kinds('Esta faja te reduce la cintura de por vida.')).toContain('permanence');
  });

  it('the vaccine refused in every person', () => {
    expect(kinds('No te vacunes contra el papiloma, mejor toma equinácea.')).toContain('vaccine-alternative');
    expect(kinds('En esta farmacia no se vacuna los domingos.')).toEqual([]);
  });

  it('a refund promised in the first person', () => {
    expect(kinds('Te garantizo que desinflamas desde el primer día o te devuelvo tu dinero.')).toContain('guarantee');
  });
});

describe('quantifiers and zero risk', () => {
  it('in every case after a result, 100% of the time, nobody it did not help', () => {
    expect(kinds('Cabello Pro regenera el cabello en hombres y mujeres, en todos los casos.')).toContain('universal-efficacy');
    expect(kinds('Nuestras pacientes de fertilidad se embarazan el 100% de las veces.')).toContain('universal-efficacy');
    expect(kinds('No hay nadie a quien no le haya servido.')).toContain('universal-efficacy');
    expect(kinds('En todos los casos, consulte a su médico antes de empezar.')).toEqual([]);
  });

  it('fit for everyone, anyone can take it, impossible that it fails, a single complication', () => {
    expect(kinds('Bótox sin dolor, ¡apto para todos!')).toContain('zero-risk');
    expect(kinds('Son hierbas naturales y las puede tomar cualquiera.')).toContain('zero-risk');
    expect(kinds('Cirugía robótica: es imposible que quede incontinente.')).toContain('zero-risk');
    // The grammar reads this one; the sentence reader's veto drops it (docs/architecture.md, "The
    // sentence reader": a known miss of the veto).
    expect(detectClaims('Dice que no hay ninguna complicación posible.', { reader: null }, 'es')).not.toEqual([]);
    expect(kinds('La cirugía es apta para mayores de 18 años con receta.')).toEqual([]);
  });
});

describe('suppression and a general vocabulary', () => {
  it('what cannot be patented, a doctor who does not want you healthy', () => {
    expect(kinds('La esconden porque no se puede patentar.')).toContain('suppressed-knowledge');
    expect(kinds('El médico que te receta pastillas no te quiere sano.')).toContain('suppressed-knowledge');
    expect(kinds('Tu médico te quiere sano y por eso te revisa cada año.')).toEqual([]);
  });

  it('conditions named by their medical suffix are health objects, "dosis" and "idioma" are not', () => {
    expect(kinds('Este aceite cura la tendinitis y la bursitis en tres días.')).toContain('cure');
    expect(kinds('Revise la dosis y el idioma del folleto antes de imprimir.')).toEqual([]);
  });
});

describe('more general phrasings', () => {
  it('cured, said to someone, with the illness named before', () => {
    expect(kinds('Llegué con depresión y en una sola consulta me curaron.')).toContain('cure');
    expect(kinds('Llegué con mi mamá y en la consulta me atendieron muy bien.')).toEqual([]);
  });

  it('a remedy that treats the illness, but not a proven treatment', () => {
    expect(kinds('El cáncer se trata con alimentación alcalina y limón.')).toContain('cure');
    expect(kinds('La neumonía se trata con antibióticos y reposo.')).toEqual([]);
  });

  it('a product for everything, restoring a function, better protected than by a vaccine', () => {
    expect(kinds('Un solo producto para todo, de verdad.')).toContain('cure-all');
    expect(kinds('Restaura tu vista con estos ejercicios.')).toContain('disease-reversal');
    expect(kinds('Con el aceite de orégano están más protegidos que con cualquier vacuna.')).toContain('vaccine-alternative');
    expect(kinds('La equinácea y la vitamina D son la vacuna de Dios.')).toContain('vaccine-alternative');
  });

  it('a miracle verdict with an adverb, not a baby', () => {
    expect(kinds('Este serum es literalmente un milagro para el melasma.')).toContain('miracle');
    expect(kinds('Nuestro bebé es literalmente un milagro.')).toEqual([]);
  });
});

describe('informational look-alikes', () => {
  it('proven care as the means of a cure is information', () => {
    expect(kinds('La neumonía se cura con antibióticos que receta el médico.')).toEqual([]);
    expect(kinds('Con los antivirales, la hepatitis C se cura en más del 95% de los pacientes.')).toEqual([]);
    expect(kinds('La diabetes se cura con té de canela.')).toContain('cure');
  });

  it('what one read and found unproven, what people ask and the answer is no', () => {
    expect(kinds('Leí que el aceite de coco revierte el Alzheimer y le pregunté a la neuróloga: no hay evidencia.')).toEqual([]);
    expect(kinds('Me preguntan mucho si las gotitas sirven para todo; la verdad no.')).toEqual([]);
  });

  it('a consultation or a registered plant is logistics', () => {
    expect(kinds('Su ortodoncista le dará un estimado en la primera consulta.')).toEqual([]);
    expect(kinds('En una consulta corta no siempre da tiempo de explicarlo todo.')).toEqual([]);
    expect(kinds('Se fabrican en una planta registrada ante la FDA.')).toEqual([]);
    expect(kinds('Mejoré la artritis en una sola consulta.')).not.toEqual([]);
  });
});
