/**
 * Spanish zero risk (README.md, "What the detectors catch"): a clean record told in the present
 * (zero.safe), risks called impossible to cause (zero.anyone), and withdrawal promised away
 * (zero.side). Every sentence here is written for these tests, not taken from tests/corpus.
 */
import { claimFamily } from './helpers/claim-family';

claimFamily(
  'es',
  'zero risk: a clean record, risks impossible, no withdrawal',
  'zero-risk',
  [
    'Nuestros pacientes nunca tienen complicaciones.',
    'Con el parche nunca le quedan secuelas a nadie.',
    'Es imposible que causen efectos adversos, son gotas de plantas.',
    'Desintoxicación rápida sin síndrome de abstinencia en nuestra clínica de Cancún.',
  ],
  [
    // of the grave ones only, or under conditions
    'Los pacientes nunca tienen complicaciones graves si siguen las indicaciones.',
    // withdrawal a patient went through, with the care credited
    'Mi padre salió sin síndrome de abstinencia gracias al equipo del hospital.',
    'La desintoxicación fue sin abstinencia gracias al equipo de adicciones.',
    // negated or asked
    'No es cierto que sea imposible que causen efectos adversos.',
  ]
);
