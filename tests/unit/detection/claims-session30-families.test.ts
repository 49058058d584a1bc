/**
 * Session 30's grammar additions, each a class of words rather than a phrase: the everyday harms of
 * a procedure promised away ("ni un moretón"), the risk said to be zero, two or more of the groups a
 * label warns about named as able to take a product, a few doses then the result ("una toma y sale
 * nuevo"), being told not to go to care or let it be done, a money motive given to the doctors,
 * a money motive given to the doctors (both languages), drugs thrown away by "chuck" and "flush", the pain, bowel and sleep medicines of British and
 * Commonwealth English, and "none of the side effects". Sentences are written for these tests, not
 * copied from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string, language: string): string[] => detectClaims(text, {}, language).map((h) => h.kind);

describe('session 30: claims the grammar now reads', () => {
  it.each([
    ['es', 'Rellenamos tus ojeras en 20 minutos y no deja ni un moretón.', 'zero-risk'],
    ['es', 'Con la lipo láser no hay sangrado ni hinchazón, te vas caminando.', 'zero-risk'],
    ['es', 'Te relleno las ojeras en 20 minutos y no te queda ni un moretón.', 'zero-risk'],
    ['es', 'Los hilos tensores no dan rechazo y la piel queda firme.', 'zero-risk'],
    ['es', 'Con nuestra técnica el riesgo es nulo, te lo firmo.', 'zero-risk'],
    ['es', 'Este tecito de hierbas lo pueden tomar bebés, embarazadas y abuelitos.', 'zero-risk'],
    ['es', 'Para el dolor de rodilla: tres untadas y se le quita, señito.', 'instant-results'],
    ['es', 'Con la pomada de coca para la artritis, una frotada y queda como nuevo.', 'instant-results'],
    ['es', 'Si su niño tiene empacho no lo lleve al pediatra, yo se lo curo con una sobada.', 'treatment-replacement'],
    ['es', 'Mijita, no se deje operar de la vesícula, con el jugo de rábano se le deshacen las piedras.', 'treatment-replacement'],
    ['es', 'No dejen que le pongan la insulina a su papá, con la moringa basta.', 'treatment-replacement'],
    ['es', 'No pierdan su plata en fisioterapia, con la faja magnética se compone.', 'treatment-replacement'],
    ['es', 'El traumatólogo nunca le va a recomendar el colágeno porque pierde clientes.', 'suppressed-knowledge'],
    ['es', 'La hipertensión es un invento de los laboratorios para vender pastillas.', 'suppressed-knowledge'],
    ['es', 'Con las gotitas de propóleo el páncreas se regenera solo.', 'disease-reversal'],
    ['es', 'El té no tiene contraindicaciones y cura la gastritis.', 'cure'],
    ['es', 'Desde que toma el jugo verde, mi suegro ya no va al Seguro Social.', 'treatment-replacement'],
    ['es', 'Con el aceite de coco no hace falta seguir con la medicación del asma.', 'treatment-replacement'],
    ['es', 'Mi primo con VIH ya no toma el TAR, se cuida con hierbas.', 'treatment-replacement'],
    ['en', 'Honestly, chuck the naproxen and rub this balm on your knees twice a day.', 'treatment-replacement'],
    ['en', 'Dozens of our members are flushing their statins since joining the program.', 'treatment-replacement'],
    ['en', 'Mum finally binned the Nurofen after two weeks on the turmeric paste.', 'treatment-replacement'],
    ['en', 'My vet said Apoquel for life but I switched his food and we ditched the Apoquel.', 'treatment-replacement'],
    ['en', 'All the relief of a steroid shot with none of the side effects.', 'zero-risk'],
    ['en', 'Your GP will never bring it up, there is no money in curing you.', 'suppressed-knowledge'],
    ['en', 'The drug companies profit from keeping you on pills for life.', 'suppressed-knowledge'],
    ['en', 'Gargle this every night and there is no need to see a dentist.', 'treatment-replacement'],
    ['en', 'Colostrum is the best vaccine there is, trust your body.', 'vaccine-alternative'],
    ['en', 'After two weeks of our bitter leaf tea you no need insulin again.', 'treatment-replacement'],
    ['en', 'My urologist wanted to operate, I said nah and bought the pumpkin seed capsules.', 'treatment-replacement'],
    ['en', 'My GP wanted me on statins, I said nah, the garlic capsules sorted my cholesterol.', 'treatment-replacement'],
  ])('%s: %s is %s', (language, text, kind) => {
    expect(kinds(text, language)).toContain(kind);
  });

  it.each([
    ['es', 'Después del relleno puede quedar un moretón pequeño que se va en una semana.'],
    ['es', 'Ningún procedimiento tiene riesgo cero; le explicamos los suyos en la consulta.'],
    ['es', 'Este jarabe no lo pueden tomar niños ni embarazadas sin indicación médica.'],
    ['es', 'Dos tomas y se reevalúa la dosis con su médico.'],
    ['es', 'No deje que le pongan la insulina sin que le expliquen cómo guardarla.'],
    ['es', 'Por favor no pierdan tiempo: si el niño tiene la mollera hundida, vayan a urgencias.'],
    ['es', 'Cerramos los lunes porque perdemos dinero abriendo ese día.'],
    ['es', 'Tras la lesión el nervio se regenera despacio, un milímetro por día.'],
    ['es', 'Ya no tiene que ir al hospital para renovar su receta: pídala en el portal.'],
    ['es', 'Es importante seguir con la medicación aunque te sientas bien.'],
    ['es', 'No existe un té que te quite el dolor y cure la gastritis.'],
    ['en', 'Never flush unused medicines down the toilet; bring them to our take-back box.'],
    ['en', 'Chuck out expired paracetamol at the pharmacy return bin, not in the household rubbish.'],
    ['en', 'None of the side effects listed on the leaflet were seen in our small trial.'],
    ['en', 'You can book physio directly, no need to see a doctor first.'],
    ['en', 'I said no to the second helping of pie and felt fine.'],
    ['en', 'The MMR is the best vaccine we have against measles.'],
    ['en', 'Our pharmacy can\'t make money on generics, so we charge a small dispensing fee.'],
  ])('%s: no claim: %s', (language, text) => {
    expect(kinds(text, language)).toEqual([]);
  });
});
