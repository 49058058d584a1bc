/**
 * Generalization of the Spanish claim grammar, round 5 (README, "Checklist": claims.prohibited): the
 * constructions added for treatment replacement, suppressed knowledge, instant results, universal
 * efficacy, zero risk and permanence (periphrases and modals, clitics, subjunctives, voseo and
 * vosotros, regional words), each beside its look-alikes (negated, hedged, conditional,
 * informational, care credited, disclaimers, questions answered no). Every sentence is written for
 * these tests, not taken from tests/corpus.
 */
import { claimFamily } from './helpers/claim-family';

/** One family: its positives (of `kind` when given, else of any kind) and its look-alikes. */
const family = (title: string, kind: string | null, positives: string[], lookalikes: string[]): void =>
  claimFamily('es', title, kind, positives, lookalikes);

family(
  'treatment replacement: persons, periphrases, modals, voseo and vosotros',
  'treatment-replacement',
  [
    'Mis clientas dejan la insulina en dos meses con este té.',
    'Ya puedes ir dejando la metformina poco a poco con el nopal.',
    'Pueden ir guardando el inhalador, el jarabe de cebolla le quita el asma.',
    'Con este aparato usted puede olvidarse del CPAP para siempre.',
    'Ideal para los que ya no quieren inyectarse insulina.',
    'Mi suegra ya ni va al doctor desde que toma el jugo verde.',
    'Con el protocolo no hay que volver a tomar ningún medicamento.',
    'Le dije a mi prima que no se haga la quimio y que vaya con el naturista.',
    'Mi tía no se operó de la vesícula y ya está bien con el aceite de oliva.',
    'No le den antibióticos a los niños, con ajo en el oído se les quita la infección.',
    'Miles toman estatinas sin necesitarlas.',
    'Desde que tomo las cápsulas de moringa mandé al carajo la metformina.',
    'Yo ya colgué el inhalador, con el té de eucalipto respiro perfecto.',
    'Con este jugo puedes prescindir de la insulina.',
    'Mi papá se quitó las pastillas de la presión él solito y está perfecto con el ajo.',
    'Ya no me hace falta el Synthroid, la espirulina me reguló la tiroides.',
    'Ya no me tomo las pepas de la presión, el jugo de apio me la normalizó.',
    'Dejá las pastillas, con este té te vas a curar la gastritis.',
    'Tirá el inhalador, con miel y limón alcanza.',
    'Podéis olvidaros de las pastillas de la tensión con este zumo.',
    'Vosotros no necesitáis más el Sintrom, con el ajo basta.',
    'Chau pastillas para dormir, con este té dormís como un bebé.',
    'Mi esposo ya no se dializa desde que toma el agua de coco.',
    'Me recetaron quimio pero preferí la medicina natural y hoy estoy libre de cáncer.',
    'El naturista me dijo que suspendiera la levotiroxina y tomara algas.',
  ],
  [
    'Si olvida tomar su pastilla, tómela en cuanto se acuerde.',
    'No deje la insulina sin hablar con su médico.',
    'No se haga la cirugía sin pedir una segunda opinión.',
    'Mi tía no se operó porque el cirujano dijo que no hacía falta; sigue en control.',
    'No le den antibióticos a los niños si la infección es viral, pregunte a su pediatra.',
    'Si ya no quieres tomar pastillas, habla con tu médico sobre otras opciones.',
    'Como médico me preocupa ver pacientes que dejan la insulina por remedios de internet.',
    'Me quité los lentes para la foto.',
    'Se quitó el yeso la semana pasada y ya camina.',
    'El doctor me quitó la metformina porque ya no la necesitaba.',
    'Colgué el teléfono con el doctor y me puse a llorar.',
    'Deja que tu médico ajuste la insulina.',
    'Conozco pacientes que dejaron la metformina por un té y acabaron hospitalizados.',
    'El doctor me dijo que suspendiera la metformina porque mis riñones no estaban bien.',
    'Me recetaron antibióticos pero preferí remedios caseros y empeoré.',
    'El médico me dio a elegir y preferí la cirugía.',
    'La lipo sin cirugía me dejó moretones, la doctora ya me había explicado los riesgos.',
  ]
);

family(
  'suppressed knowledge: the industry, the professions, purpose clauses',
  'suppressed-knowledge',
  [
    'Esta fórmula se usa en Europa pero aquí no la dejan entrar.',
    'Los dermatólogos lo odian: este truco borra las manchas.',
    'Las estatinas son un engaño de la industria farmacéutica.',
    'Curar la diabetes no les conviene a las farmacéuticas.',
    'Eso no conviene a los laboratorios, por eso no lo venden.',
    'Las farmacéuticas gastaron millones para que nunca supieras de esta planta.',
    'Las farmacéuticas pagan para que esto no se sepa.',
    'No es casualidad que nadie hable del aceite de ricino.',
    'Ni tu médico ni la farmacia te lo van a decir: el limón cura la gastritis.',
    'La medicina oficial oculta la cura del cáncer y ellos lo saben desde hace años.',
    'La industria nos miente sobre la insulina.',
    '¿Por qué crees que tu doctor nunca te recomienda la cúrcuma?',
    'Si los doctores supieran esto, se quedarían sin trabajo.',
    'Prohibido en EE.UU. porque funciona demasiado bien.',
    'Esta información no la vas a encontrar en ningún hospital.',
    'Este secreto de los abuelos cura la gastritis y ningún médico lo va a admitir.',
  ],
  [
    'Los médicos lo saben desde hace años: fumar causa cáncer de pulmón.',
    'Guardamos su expediente para que nadie se entere de su diagnóstico.',
    'Por algo nadie habla de la depresión posparto: hay mucho estigma.',
    'Ni el seguro ni la clínica le van a decir el precio exacto antes de la consulta.',
    'Cuidado con el fraude de los laboratorios clandestinos que venden insulina falsa.',
    'Este suplemento no lo vas a encontrar en farmacias, solo por catálogo.',
    'Ningún médico te va a decir que fumar es bueno.',
    'No, Big Pharma no esconde una cura secreta: los medicamentos nuevos tardan años en estudios.',
  ]
);

family(
  'instant results: digits, waking up, leaving the visit, the first minute',
  'instant-results',
  [
    'Con 1 sola sesión de radiofrecuencia quedas como nueva.',
    'Resultados desde el minuto 1 con nuestro sérum para el acné.',
    'Alivio desde el primer momento para tu ciática.',
    'Ponte la mascarilla esta noche y mañana amaneces con la piel perfecta.',
    'Tómate el té antes de dormir y amanecerás con dos kilos menos.',
    'Sales de la consulta sin dolor gracias a nuestra terapia de imanes.',
    'Con nuestro té tu metabolismo se reactiva en 24 horas.',
    'Notarás la diferencia en tu artritis en menos de una hora.',
    'Con dos tomas ya no hay rastro de la gastritis.',
    'En solo 3 días tu hígado graso queda limpio.',
    'Cirugía de cataratas con láser: vea perfecto al día siguiente.',
  ],
  [
    'Te atendemos desde el primer momento con amabilidad.',
    'Después de la extracción, salí de la consulta sin dolor gracias a la anestesia.',
    'La consulta es de una sola visita y te damos resultados por correo.',
    'Tu cita es al día siguiente sin costo.',
    'Amanecí con la cara hinchada después de la cirugía.',
    'Una sola dosis de la vacuna y quedas protegido.',
    'Le atendemos en menos de una hora en urgencias.',
    'La clínica te pone la vacuna de la gripe en 10 minutos, sin cita. 10 de 10',
  ]
);

family(
  'universal efficacy: any kind of an illness, none left out, no way it fails',
  'universal-efficacy',
  [
    'Efectividad comprobada del 100% contra la gastritis.',
    'No hay nadie a quien no le sirva este aceite para el dolor.',
    'Ninguno de mis pacientes sale sin curarse.',
    'No hay forma de que falle: tu artritis se va.',
    'Funciona para todo tipo de piel y todo tipo de psoriasis.',
    'Sirve para cualquier tipo de dolor de cabeza.',
    'Es imposible que no te funcione.',
    'Cualquier persona con diabetes puede curarse con esto.',
  ],
  [
    'No hay forma de que te cobremos de más.',
    'Ninguno de nuestros pacientes sale sin su cita de seguimiento.',
    'El aceite funciona para todo tipo de piel.',
    'Cualquier persona puede bajar de peso si come mejor y hace ejercicio.',
    'Es imposible que no te atiendan si llegas temprano.',
    'P: ¿Garantizan resultados? R: No podemos garantizarlos; cada persona responde diferente.',
    'P: ¿El tratamiento es 100% efectivo? R: Ningún tratamiento es 100% efectivo.',
  ]
);

family(
  'zero risk: "ni un solo", whitening, impossible complications, safe for anyone',
  'zero-risk',
  [
    'Me quitó la gota y ni un solo efecto secundario.',
    'Blanqueamiento dental en una hora y sin sensibilidad.',
    'Con nuestra técnica las complicaciones son imposibles.',
    'Estas gotitas no te ponen en riesgo como la vacuna.',
    'El jabón es seguro para cualquier piel y quita el acné.',
    'Lo pueden tomar embarazadas y niños sin problema.',
  ],
  [
    'El estacionamiento es seguro para cualquier paciente.',
    'Este protector solar es seguro para cualquier piel a partir de los 6 meses.',
    'Los niños pueden tomar el paracetamol sin problema si respetan la dosis.',
  ]
);

family(
  'permanence: weight never back, the illness that does not return, a result declared permanent',
  'permanence',
  [
    'Con nuestro plan nunca más vas a volver a subir de peso.',
    'Tomas el té un mes y no vuelves a engordar.',
    'El dolor de rodilla se quita en minutos y ya no le vuelve.',
    'La psoriasis desaparece y no regresa nunca.',
    'Tu sonrisa perfecta es permanente.',
    'Los resultados del tratamiento son definitivos.',
    'R: Es una sola inyección y no tendrá que volver nunca más.',
  ],
  [
    'El daño en el nervio es permanente.',
    'Los resultados son permanentes si sigues la dieta.',
    'El resultado del implante dental es permanente.',
    'Mi doctora no me vuelve a ver hasta marzo.',
    'El efecto del bótox no es permanente, dura unos meses.',
  ]
);

family(
  'cure, miracle, cure-all, effortless weight loss, vaccines and reversal',
  null,
  [
    'Mi hijo tenía asma y con el jarabe de cebolla lo curamos.',
    'La hermana dejó la insulina por fe y hoy está sana.',
    'Le sacó la psoriasis a mi hermano en dos semanas.',
    'Nuestra inyección milagro para la artritis, primera aplicación gratis.',
    'El milagro en polvo que le quitó la gastritis a mi mamá.',
    'La moringa es la medicina para todo: presión, azúcar y colesterol.',
    'Este té sirve pa todo, mija.',
    'Estas gomitas derriten la grasa abdominal sin dejar tus antojos.',
    'Adelgace durmiendo con nuestra faja nocturna.',
    'Bajas 10 kilos y no tienes que dejar de comer nada.',
    'Esta faja reduce la cintura sin esfuerzo.',
    'Pa qué tanta vacuna si con té de ajo los niños se inmunizan naturalmente.',
    'La ozonoterapia es una alternativa segura a la vacunación infantil.',
    'Recupera tu vista sin cirugía con estos ejercicios.',
    'El tumor se redujo a la mitad con el té de guanábana.',
    'Mi tía quedó nuevecita de la rodilla con la pomada de marihuana.',
    'Con tres sesiones tus rodillas quedan como nuevas.',
  ],
  [
    'Tenía neumonía y en el hospital lo curaron con antibióticos.',
    'Después de la quimio, hoy está sana y sigue sus revisiones.',
    'El dentista le sacó la muela del juicio.',
    'El cirujano le sacó el tumor y hoy está en control.',
    'No tienes que dejar de comer pan para bajar de peso, solo cuida las porciones.',
    'La cápsula ayuda con la saciedad, pero sin dieta y ejercicio no vas a ver resultados.',
    'Recuperó la vista después de la cirugía de cataratas.',
    'El tumor se redujo a la mitad con la quimioterapia.',
    'Este medicamento reduce a la mitad el riesgo de infarto.',
    'Después de la fisioterapia mi rodilla quedó como nueva.',
    'Con la prótesis de cadera quedó como nueva.',
    'Los nosodes homeopáticos no sustituyen las vacunas infantiles.',
    'Es triste que todavía haya gente que piense que las vacunas son peligrosas.',
    'La invitada lo dijo claro: el que te prometa una cura milagrosa te está vendiendo algo.',
    'Recuerda: este suplemento no es para diagnosticar, tratar, curar ni prevenir enfermedades.',
    'P: ¿Puedo dejar mi pastilla de la tiroides si tomo esto? R (vendedora): No, consulte a su médico.',
    '¿Crema milagro para las estrías? Los dermatólogos responden que no.',
  ]
);
