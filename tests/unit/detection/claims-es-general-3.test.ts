/**
 * More general constructions of the Spanish claim grammar (README, "Checklist": claims.prohibited):
 * verbs in every person and tense, suppression in the subjunctive and with clitics, the Spanish
 * warning and infinitive-subject hooks, and look-alikes of information (proven care as the subject
 * or the credit, self-limiting illnesses, statistics, service speed, indirect questions). Every
 * sentence is written for these tests, not taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, {}, 'es').map((h) => h.kind);

describe('verbs in every person and tense', () => {
  it('never again with volver in the past and the subjunctive', () => {
    expect(kinds('Jamás volví a tener una crisis de asma desde que uso el collar.')).toContain('permanence');
    expect(kinds('Nunca más sufras de varices con esta crema.')).toContain('permanence');
    expect(kinds('Con estas gotas tu espalda no te vuelve a doler.')).toContain('permanence');
    expect(kinds('Volví a tener dolor de espalda este invierno.')).toEqual([]);
  });

  it('needing the treatment no more, in the past', () => {
    expect(kinds('Mi doctor quería operarme pero con las compresas ya no hizo falta la cirugía.')).toContain('treatment-replacement');
    expect(kinds('Con este método ya no vas a depender de las pastillas.')).toContain('treatment-replacement');
    expect(kinds('Cambié mi insulina por el té de moringa y estoy de maravilla.')).toContain('treatment-replacement');
  });

  it('no longer having the illness, any person', () => {
    expect(kinds('Mis hijos dejaron de tener asma desde que les doy el jarabe de cebolla.')).toContain('cure');
  });

  it('never failed, any person, unless said of a person', () => {
    expect(kinds('Este ungüento nunca me ha fallado para la migraña.')).toContain('universal-efficacy');
    expect(kinds('Mi doctora nunca me ha fallado, la quiero mucho.')).toEqual([]);
  });
});

describe('suppressed knowledge', () => {
  it('hidden from us, in the subjunctive or with a clitic', () => {
    expect(kinds('Nos esconden la verdad sobre la diabetes.')).toContain('suppressed-knowledge');
    expect(kinds('Las grandes farmacéuticas no quieren que esto salga a la luz.')).toContain('suppressed-knowledge');
    expect(kinds('Todo esto te lo ocultan en el consultorio.')).toContain('suppressed-knowledge');
    expect(kinds('La cura existe, pero no la dejan salir.')).toContain('suppressed-knowledge');
    expect(kinds('Esto no te lo dirá tu médico.')).toContain('suppressed-knowledge');
  });

  it('a child hiding a gift is no conspiracy', () => {
    expect(kinds('Los niños nos esconden los regalos en el clóset.')).toEqual([]);
  });
});

describe('Spanish warning and infinitive subject', () => {
  it('stopping a treatment named as the subject of a warning', () => {
    expect(kinds('Suspender los antidepresivos de golpe puede causar síntomas de abstinencia.')).toEqual([]);
    expect(kinds('Dejar la insulina puede ser mortal.')).toEqual([]);
    expect(kinds('Deja la insulina con este té de canela.')).toContain('treatment-replacement');
  });
});

describe('proven care and information', () => {
  it('a proven treatment as the subject or the credit', () => {
    expect(kinds('El tratamiento antiviral cura la hepatitis C en más del 95% de los casos.')).toEqual([]);
    expect(kinds('Después del trasplante ya no necesita diálisis.')).toEqual([]);
    expect(kinds('El implante coclear le devolvió la audición a mi hijo.')).toEqual([]);
    expect(kinds('Mi perro se curó de la sarna con el tratamiento del veterinario.')).toEqual([]);
    expect(kinds('Estas gotas te devuelven la visión.')).toContain('disease-reversal');
  });

  it('illnesses that pass on their own', () => {
    expect(kinds('La gripe se quita sola en una semana, pero si tiene fiebre alta consulte.')).toEqual([]);
    expect(kinds('No sé si fue el té o el reposo, pero la gripa se me quitó.')).toEqual([]);
    expect(kinds('Con este jarabe la tos se quita en un día.')).toContain('instant-results');
  });

  it('service speed and proven fast drugs', () => {
    expect(kinds('Nuestro personal bilingüe le atiende en minutos.')).toEqual([]);
    expect(kinds('La anestesia hace efecto en minutos.')).toEqual([]);
    expect(kinds('Reseña de Yelp: la clínica de urgencias me atendió al instante, súper amables.')).toEqual([]);
    expect(kinds('Alivio rapidísimo del dolor de muelas.')).toContain('instant-results');
  });

  it('indirect questions, conditionals and how-long questions', () => {
    expect(kinds('Nos han preguntado si el ajo sustituye los antibióticos: la respuesta es no.')).toEqual([]);
    expect(kinds('Ojo: si un producto dice que cura todo, probablemente no cura nada.')).toEqual([]);
    expect(kinds('¿Cuánto tarda en quitarse la gripa? Normalmente de 7 a 10 días.')).toEqual([]);
    expect(kinds('¿Te prometieron bajar 10 kilos en una semana? Es mentira.')).toEqual([]);
  });

  it('a clinic listing what it treats, options with and without surgery', () => {
    expect(kinds('Nuestra clínica atiende diabetes, hipertensión, asma y artritis.')).toEqual([]);
    expect(kinds('¿Tiene dolor de rodilla? Nuestros ortopedistas le ofrecen opciones con y sin cirugía.')).toEqual([]);
    expect(kinds('Evita la cirugía de vesícula con nuestro tratamiento natural.')).toContain('treatment-replacement');
  });

  it('miracles: God and sports are not products', () => {
    expect(kinds('Cadena de oración por mi tía; Dios es grande y hace milagros.')).toEqual([]);
    expect(kinds('¡Milagro en la cancha! Ganamos en el último segundo.')).toEqual([]);
    expect(kinds('Lo llaman el suero de los milagros.')).toContain('miracle');
    expect(kinds('El suero de vitaminas no hizo milagros, pero me hidrató.')).toEqual([]);
  });
});

describe('broader families', () => {
  it('universal efficacy over friends, family and any named thing', () => {
    expect(kinds('Le ha funcionado a toda mi familia y a todos mis vecinos.')).toContain('universal-efficacy');
    expect(kinds('Le sirve a cualquier perro, sin importar el tamaño.')).toContain('universal-efficacy');
    // The grammar reads this one; the sentence reader's veto drops it (docs/architecture.md, "The
    // sentence reader": a known miss of the veto since the retrain with batches bs … bz).
    expect(detectClaims('No hay artritis que no mejore con estas cápsulas.', { reader: null }, 'es').map((h) => h.kind)).toContain('universal-efficacy');
    expect(kinds('Nadie se queda sin atención: aceptamos pacientes sin seguro.')).toEqual([]);
  });

  it('zero risk with any adjective of harm or any taker', () => {
    expect(kinds('Sin efectos negativos.')).toContain('zero-risk');
    expect(kinds('No tiene nada de riesgo.')).toContain('zero-risk');
    expect(kinds('Es tan suave que lo puede usar hasta un recién nacido.')).toContain('zero-risk');
    expect(kinds('Puede tomarlo cualquier persona sin ningún problema.')).toContain('zero-risk');
  });

  it('weight lost doing nothing, fat melting by itself; "imposible" denies it', () => {
    expect(kinds('Este parche quema grasa 😴 yo no hago nada y ya bajé 3 tallas.')).toContain('effortless-weight-loss');
    expect(kinds('El milagro japonés para bajar la panza: un vasito en ayunas y se derrite sola.')).toContain('effortless-weight-loss');
    expect(kinds('Es imposible bajar 10 kilos en una semana de forma saludable.')).toEqual([]);
  });

  it('vaccines: unvaccinated and healthy; vaccinated people who get sick', () => {
    expect(kinds('Mis hijos no tienen vacunas y nunca se enferman.')).toContain('vaccine-alternative');
    expect(kinds('Las personas vacunadas que se enferman suelen tener síntomas más leves.')).toEqual([]);
  });

  it('results for life and procedures sold as definitive', () => {
    expect(kinds('Los resultados duran toda la vida.')).toContain('permanence');
    expect(kinds('Depilación láser definitiva en tres sesiones.')).toContain('permanence');
    expect(kinds('Libre de dolor por el resto de tu vida.')).toContain('permanence');
  });
});

describe('service promises and everyday words', () => {
  it('a guarantee of a service, a course, an experience, a place', () => {
    expect(kinds('Garantizamos que su información está protegida.')).toEqual([]);
    expect(kinds('Este curso le garantiza las herramientas para manejar su diabetes.')).toEqual([]);
    expect(kinds('Para mí fue mágico el parto en agua, una experiencia hermosa.')).toEqual([]);
    expect(kinds('El programa de ejercicio funciona para todas las edades, a su ritmo.')).toEqual([]);
    expect(kinds('Es seguro para toda la familia usar el nuevo portal.')).toEqual([]);
    expect(kinds('Le garantizamos que su dolor desaparecerá.')).toContain('guarantee');
    expect(kinds('Es totalmente seguro para toda la familia, sin efectos secundarios.')).toContain('zero-risk');
  });
});
