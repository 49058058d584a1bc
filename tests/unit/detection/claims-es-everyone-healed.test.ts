/**
 * Universal efficacy as Spanish sellers write it (the Spanish pack's universal.all; docs/architecture.md,
 * "The grammar"): everyone who comes leaves healed, no patient leaves unhealed, nobody incurable, no
 * illness resists, full protection against an illness, any size or stage, however long ill, and no
 * patient ever again. Safe and sound, one alternative among others and a device's users stay clear.
 * The grammar alone is read (reader: null). Every sentence here is written for these tests, not
 * taken from tests/corpus.
 */
import { detectClaims } from '../../../server/src/detection/claims';

const kinds = (text: string): string[] => detectClaims(text, { reader: null }, 'es').map((h) => h.kind);

describe('everyone healed', () => {
  it.each([
    'Todo el que viene con fe a la campaña sale sano.',
    'Todos los que llegan a la misión regresan curados.',
    'Esta noche no habrá un solo enfermo que salga sin ser sanado.',
    'En este centro nadie es incurable.',
    'Con nuestro protocolo no existen enfermedades incurables.',
    'Ninguna enfermedad resiste al agua estructurada.',
    'Protección total contra el dengue con la pulsera de citronela.',
    'Eficaz en cálculos renales de cualquier tamaño.',
    'El té funciona aunque lleves 20 años con diabetes.',
    'Con nuestro test ninguna paciente vuelve a perder un embarazo.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('universal-efficacy');
  });

  it.each([
    'Todos los que vinieron a la excursión volvieron sanos y salvos.',
    'Ningún paciente volvió a tener noticias del médico.',
    'Protección total de sus datos con nuestro portal.',
    'Nuestros pacientes llegan a la consulta a las nueve.',
  ])('stays clear: %s', (text) => {
    expect(kinds(text)).not.toContain('universal-efficacy');
  });
});
