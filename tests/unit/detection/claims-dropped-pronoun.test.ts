/**
 * A proven treatment named before and dropped as a pronoun (the Spanish pack's repl.anaphorDrop, the English
 * pack's repl.anaphorAway;
 * README.md, "What the detectors catch": stopping or replacing proven treatment). The verb of dropping
 * carries the pronoun at the end of its clause (Spanish) or before its particle ("threw it away"); the treatment stands within 160 characters before it
 * on its line. Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { claimFamily } from './helpers/claim-family';

claimFamily(
  'es',
  'a treatment dropped as a pronoun',
  'treatment-replacement',
  [
    'Mi suegra tomaba tres pastillas para la presión. Con el té de hojas de guayaba pudo dejarlas.',
    'El inhalador del pediatra, déjalo ya.',
    'Las estatinas te arruinan el hígado: tíralas hoy.',
    'Me habían recetado levotiroxina y la suspendí, ahora tomo mis algas y listo.',
    'Tenía turno para la cirugía de vesícula y lo cancelé.',
    'Los antidepresivos, bótalos y empieza el protocolo.',
  ],
  [
    // leaving, placing or letting it do something
    'Tome la pastilla y déjela disolver bajo la lengua.',
    'Compré el inhalador y lo dejé en el coche.',
    'Aplica la crema antibiótica y déjala actuar diez minutos.',
    // a recalled, contaminated or expired product thrown away is safety advice
    'Sanidad retiró unas gotas para los ojos contaminadas; revise su botiquín y tírelas.',
    'Si las pastillas están vencidas, tírelas en el punto limpio de la farmacia.',
    // no treatment before the pronoun
    'La caja de zapatos estaba rota y la tiré.',
  ]
);

claimFamily(
  'en',
  'a treatment thrown away as a pronoun',
  'treatment-replacement',
  [
    'My inhaler? Threw it away after a week of breathwork.',
    'My doctor put me on statins. Got rid of them after the juice cleanse.',
    'Three blood pressure pills a day, and I tossed them all out once the drops arrived.',
  ],
  [
    'The pills were expired so I threw them away.',
    'The pharmacy recalled the eye drops, so we threw them out.',
    'The box was broken so I threw it away.',
  ]
);
