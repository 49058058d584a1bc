/**
 * A question answered no, where the answer opens with a dialogue dash (the Spanish pack's answeredNo):
 * Spanish writes dialogue with the raya ("—¿Esto cura la colitis? —No, mija…"). The claim asked about
 * is no claim. Every sentence here is written for these
 * tests, not taken from tests/corpus.
 */
import { claimFamily } from './helpers/claim-family';

claimFamily(
  'es',
  'a question answered no after a dialogue dash',
  null,
  [
    // answered yes: the claim stands
    '—¿Esto cura la diabetes? —Sí, en tres semanas y para siempre.',
  ],
  [
    '—¿Esto cura la diabetes? —No, pero ayuda a llevar una dieta más ordenada.',
    'Clienta: ¿y esto me quita el asma? — Vendedora: No, mi reina, pa\'l asma vaya con su doctor.',
    'Pregunta: ¿el filtro reemplaza mis pastillas de la presión? – No, siga con lo que le indicó su médico.',
  ]
);
