/**
 * The Spanish claim pack (server/src/detection/claims/packs/es.ts): one block per red-flag
 * family, each with look-alikes that must pass. Sentences are written for these tests, not copied
 * from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';
import type { ClaimDetectOptions } from '../../../server/src/detection/claims';

function kinds(text: string, options: ClaimDetectOptions = {}): string[] {
  return detectClaims(text, options, 'es').map((h) => h.kind);
}

function expectClaim(text: string, kind: string): void {
  expect(kinds(text)).toContain(kind);
}

function expectNone(text: string, options?: ClaimDetectOptions): void {
  expect(detectClaims(text, options, 'es').map((h) => `${h.kind}: ${text.slice(h.start, h.end)}`)).toEqual([]);
}

describe('Spanish red-flag families', () => {
  it.each([
    ['Este jarabe de sábila le curó la gastritis a mi suegra en tres semanas.', 'cure'],
    ['Con estas gotas se me quitó la ciática, ya camino derechito.', 'cure'],
    ['La cura definitiva para la psoriasis ya está aquí.', 'cure'],
    ['Mi primo ya no tiene diabetes desde que toma el licuado verde.', 'cure'],
    ['Les presento el remedio milagroso para la artritis.', 'miracle'],
    ['Esta crema es un milagro para las várices, pruébala.', 'miracle'],
    ['Implantes de cabello con resultados garantizados.', 'guarantee'],
    ['Te garantizamos que dormirás sin dolor desde esta noche.', 'guarantee'],
    ['El parche funciona para todo el mundo, sin importar la edad.', 'universal-efficacy'],
    ['Nuestro protocolo es 100% efectivo contra la migraña.', 'universal-efficacy'],
    ['Este té nunca falla: a todos mis clientes les ha servido.', 'universal-efficacy'],
    ['Un procedimiento sin efectos secundarios y sin cicatrices.', 'zero-risk'],
    ['El suero de vitaminas es completamente seguro para embarazadas.', 'zero-risk'],
    ['Tranquila, esta pomada no te puede hacer daño.', 'zero-risk'],
    ['Acaba con la caspa para siempre con nuestro champú de romero.', 'permanence'],
    ['Con el láser nunca más vas a tener que usar anteojos.', 'permanence'],
    ['Resultados permanentes desde la primera sesión.', 'permanence'],
    ['Deja tu metformina y toma nuestras cápsulas de canela.', 'treatment-replacement'],
    ['Yo ya no tomo mis pastillas de la presión, con el ajo basta.', 'treatment-replacement'],
    ['Olvídate de la cirugía de rodilla: nuestras inyecciones naturales bastan.', 'treatment-replacement'],
    ['Alivio inmediato para el dolor de muelas.', 'instant-results'],
    ['Sentirás la diferencia desde la primera dosis.', 'instant-results'],
    ['Quita la inflamación de las rodillas en 24 horas.', 'instant-results'],
    ['Baja de peso sin hacer ejercicio con nuestra faja térmica.', 'effortless-weight-loss'],
    ['Pierde 8 kilos en un mes con nuestras gotas.', 'effortless-weight-loss'],
    ['La cúrcuma sirve para todo: dolor, colesterol, ansiedad y hasta el cáncer.', 'cure-all'],
    ['Un tónico para más de 50 enfermedades.', 'cure-all'],
    ['Nuestro suero revierte la diabetes tipo 2 en semanas.', 'disease-reversal'],
    ['Las células madre regeneran el cartílago de la rodilla.', 'disease-reversal'],
    ['El jarabe de saúco es una alternativa natural a la vacuna de la gripe.', 'vaccine-alternative'],
    ['No vacunamos a nuestros hijos: con vitamina D quedan protegidos.', 'vaccine-alternative'],
    ['El tratamiento que los oncólogos no quieren que conozcas.', 'suppressed-knowledge'],
    ['Las farmacéuticas ocultan esta cura desde hace años.', 'suppressed-knowledge'],
    ['Colágeno aprobado por la FDA para las articulaciones.', 'fda-approval'],
    ['Sin acentos tambien: me curo la diabetes y es instantaneo', 'cure'],
    ['Con este collar de ámbar tu bebé nunca más tendrá cólicos.', 'permanence'],
    ['Adiós a la diabetes con nuestro programa de 30 días.', 'permanence'],
    ['El remedio de la abuela que elimina la artritis en una semana.', 'cure'],
    ['No más insulina: controla tu azúcar con este té.', 'treatment-replacement'],
    ['Curamos la hernia de disco sin operar.', 'cure'],
    ['¡Es mágico! El dolor de rodilla desapareció.', 'miracle'],
    ['Si no ves resultados, te devolvemos tu dinero.', 'guarantee'],
    ['A todo el mundo le funciona, se lo aseguro.', 'universal-efficacy'],
    ['Ningún paciente ha tenido complicaciones con nuestro láser.', 'zero-risk'],
    ['Es tan seguro que hasta los bebés lo pueden tomar.', 'zero-risk'],
    ['Las manchas no vuelven a aparecer nunca.', 'permanence'],
    ['¿Para qué operarte si tienes nuestras cápsulas?', 'treatment-replacement'],
    ['Resultados visibles en 7 días o menos.', 'instant-results'],
    ['Le volvió a crecer el cabello en las zonas calvas.', 'disease-reversal'],
    ['Con estas gotas tus hijos no necesitan las vacunas.', 'vaccine-alternative'],
    ['Los doctores no te lo dicen, pero la diabetes se revierte.', 'suppressed-knowledge'],
    ['El jugo de betabel limpia los riñones y elimina las piedras.', 'cure'],
    ['¡Se acabó tu artritis!', 'cure'],
    ['Efectivo para cualquier tipo de dolor.', 'universal-efficacy'],
    ['Cambia tus medicinas por nuestro jugo verde.', 'treatment-replacement'],
    ['Adelgaza 5 kilos en una semana.', 'effortless-weight-loss'],
    ['Lo que tu doctor jamás te dirá sobre el colesterol.', 'suppressed-knowledge'],
    ['Producto registrado ante la FDA.', 'fda-approval'],
    ['La planta que cura más de 200 enfermedades.', 'cure-all'],
    ['Previene el cáncer, la diabetes, los infartos y el Alzheimer.', 'cure-all'],
    ['Mis hijos nunca se han vacunado y están más sanos que nadie.', 'vaccine-alternative'],
    ['Nos quieren enfermos para vendernos pastillas.', 'suppressed-knowledge'],
    ['El secreto mejor guardado de los doctores.', 'suppressed-knowledge'],
    ['neta les digo q este aceite me quito la ciatica', 'cure'],
    ['100% garantizado o te regreso tu dinero', 'guarantee'],
    ['mi tia dejo la insulina y esta mejor q nunca', 'treatment-replacement'],
    ['en una semana se me desinflamaron las rodillas', 'disease-reversal'],
  ])('%s → %s', (text, kind) => expectClaim(text, kind));
});

describe('Spanish look-alikes pass', () => {
  it.each([
    // negated, hedged, informational
    'Ningún tratamiento garantiza resultados; su médico le explicará qué esperar.',
    'No existe una pastilla milagrosa para bajar de peso.',
    'La fisioterapia puede ayudar a algunos pacientes con dolor de espalda.',
    'Los antibióticos curan muchas infecciones causadas por bacterias.',
    'Todavía no hay cura para la esclerosis múltiple, pero hay tratamientos que frenan su avance en algunos pacientes.',
    'Los resultados varían de persona a persona.',
    'No le voy a decir que la rodilla quedó como nueva para siempre, pero camino mejor.',
    // answered with no, disclaimers, warnings
    '¿Cura el vinagre de manzana la diabetes? No. Siga su tratamiento.',
    'Este producto no pretende diagnosticar, tratar, curar o prevenir ninguna enfermedad.',
    'Desconfíe de los anuncios que prometen resultados inmediatos.',
    'Aunque se sienta mejor, no deje su insulina sin hablar con su médico.',
    // other senses
    'El cura de la parroquia visita a los enfermos los jueves.',
    'La enfermera me curaba la herida con mucha paciencia.',
    'Nuestro bebé es un milagro y le damos gracias a las enfermeras.',
    'Ofrecemos maquillaje permanente para pacientes después de la quimioterapia.',
    'Garantizamos una cita en menos de 48 horas.',
    'El 100% de nuestras enfermeras tiene certificación.',
    'Los resultados del laboratorio están listos en 30 minutos.',
    'Mi vida cambió para siempre el día que nació mi hija.',
    'El médico decidió cancelar la cirugía porque tenía fiebre.',
    'Si el dolor empeora, busque atención inmediata.',
    'La insulina es un tratamiento de por vida para la diabetes tipo 1.',
    'Nuestro horario funciona para todos: abrimos sábados y domingos.',
    'La hepatitis C tiene cura con los tratamientos actuales.',
    'La vacuna contra la influenza es segura para embarazadas.',
    'Resultados de COVID en 24 horas en nuestra clínica.',
    'La ley garantiza su derecho a un intérprete gratuito.',
    'Todo salió sin complicaciones y ya estoy en casa.',
    'Una alimentación sana ayuda a controlar la diabetes.',
    'Es mejor que tome sus medicamentos con comida.',
    'No necesita cita para la vacuna de la gripe.',
    'Tire los medicamentos vencidos en el contenedor de la farmacia.',
    'Para cancelar su cirugía, llame al consultorio.',
    'Suspenda los anticoagulantes cinco días antes de la cirugía, como le indicó su médico.',
    'Después de la vacuna es natural sentir dolor en el brazo.',
    'El hígado se regenera después de donar una parte.',
    'Mi mamá quedó con secuelas para siempre después del derrame.',
    'Hable con su médico antes de dejar cualquier medicamento.',
    'Atendemos a todos los pacientes sin importar su estatus migratorio.',
    'Ella se curó de la covid en dos semanas, como la mayoría.',
    '¿Para qué sirve la metformina?',
    '¿Para qué tomar antibióticos si es un virus? Pregunte a su médico.',
    'Nunca más me vuelvo a saltar mis citas de control, se los prometo a mis hijos.',
    'No te voy a mentir, no hay resultados inmediatos, pero vale la pena.',
    'Como cualquier cirugía, la operación de vesícula tiene riesgos, que su cirujano le explicará.',
    'Se hizo el milagro: nació nuestra nieta sana y salva.',
    'Garantía de satisfacción en todos nuestros lentes: si no le quedan, se los cambiamos.',
    'Los implantes dentales son una solución permanente para reemplazar dientes perdidos.',
    'Algunas personas dicen que el té verde cura todo, pero la evidencia no lo respalda.',
    'Después de la cirugía bariátrica bajé 40 kilos con mucho esfuerzo, dieta y ejercicio.',
    'Nuestra clínica es segura para toda la familia: seguimos todos los protocolos de limpieza.',
    'No hay una sola dieta que funcione para todos.',
    'Es importante limpiar sus dientes dos veces al día.',
    'Aceptamos cualquier tipo de seguro médico.',
    'Si su médico no le dice nada, pregúntele por sus resultados.',
    'Atendemos diabetes, hipertensión, colesterol alto y enfermedades del corazón.',
    'Factores de riesgo: obesidad, presión alta, colesterol y tabaquismo.',
    'Los síntomas incluyen tos, fiebre, cansancio y dolor de cabeza.',
    'La vacuna protege contra el sarampión, las paperas y la rubéola.',
    'El medicamento está en revisión por la FDA.',
    'me dijeron q ese te cura todo pero no le creo nada',
    'ojala existiera una pastilla milagrosa jaja',
    'yo q ustedes no dejaba la insulina, mi tia lo hizo y acabo en el hospital',
  ])('%s', (text) => expectNone(text));

  it('a sourced FDA approval passes when the entry cites it', () => {
    expectNone('El medicamento fue aprobado por la FDA para la migraña.', { hasReference: true });
  });

  it('a dated FDA approval is a statement of fact, not marketing', () => {
    expectNone('La semaglutida fue aprobada por la FDA el 4 de junio de 2021 para el control del peso.');
  });
});

describe('Spanish pack and the other languages', () => {
  it('an English claim in a Spanish entry is not read by the English grammar', () => {
    // The Spanish grammar knows a few Spanglish phrases, not the English lexicon.
    expect(kinds('This tea cures cancer.')).toEqual([]);
  });

  it('the English pack does not read Spanish', () => {
    expect(detectClaims('Esta crema cura la artritis para siempre.', {}, 'en')).toEqual([]);
  });

  it('site phrases (lexicon.add) still apply in Spanish', () => {
    expect(detectClaims('Prueba el Elixir Dorado hoy.', { add: ['elixir dorado'] }, 'es').map((h) => h.kind)).toEqual(['custom']);
  });
});
