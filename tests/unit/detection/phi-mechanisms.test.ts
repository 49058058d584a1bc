/**
 * PHI mechanisms that generalise across writers, each with its look-alike negatives:
 * - the organisation's voice versus a patient's story (server/src/detection/phi/org-context.ts):
 *   a place a patient comes from stays an identifier when the organisation is named after it; the
 *   patient's own clinician ("her doctor") is no staff biography; a state code in capitals ("MA",
 *   "PA") is neither a relation nor the first person; the towns of an organisation's address go
 *   with the address;
 * - relatives named before an appositive relation (names.ts, `nameBefore`): a given name and
 *   surname ("Rosa Delgado, our mom"), a relative pronoun and a copula ("who is my aunt", "que es
 *   mi mamá"), somebody else's relation ("el esposo de"), the pack's nicknames as given names
 *   ("Chuy, mi hermano"); great-grandparents, roommates and Spanish titles in English; staff
 *   credentials in capitals ("her MA", "his PA") are no relation.
 * Sentences are written for these tests, not copied from tests/corpus.
 */
import { scanPhiText } from '../../../server/src/detection/phi';
import type { PhiOptions } from '../../../server/src/detection/phi';

const EN: PhiOptions = { language: 'en', currentYear: 2026 };
const ES: PhiOptions = { language: 'es', currentYear: 2026 };

function kindsAt(text: string, span: string, options: PhiOptions): string[] {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" is not in "${text}"`);
  return scanPhiText(text, options)
    .filter((f) => f.offset < start + span.length && start < f.offset + f.match.length)
    .map((f) => f.kind);
}

type Positive = [PhiOptions, string, string];
type Negative = [PhiOptions, string];

/**
 * Each positive reports `kind` (any kind when null) over its span; no negative reports any of
 * `negativeKinds` (any kind when null).
 */
function mechanism(title: string, kind: string | null, positives: Positive[], negatives: Negative[], negativeKinds: string[] | null = kind ? [kind] : null): void {
  describe(title, () => {
    it.each(positives)(`%#: ${kind ?? 'a finding'} is reported`, (options, text, span) => {
      const kinds = kindsAt(text, span, options);
      if (kind) expect(kinds).toContain(kind);
      else expect(kinds.length).toBeGreaterThan(0);
    });
    it.each(negatives)('%#: the look-alike stays negative', (options, text) => {
      expect(scanPhiText(text, options).filter((f) => !negativeKinds || negativeKinds.includes(f.kind))).toEqual([]);
    });
  });
}

mechanism(
  'places in patient stories told by the organisation',
  'place',
  [
    [EN, 'Ronan Pike, 58, rode the bus from Kalispell to our clinic every Tuesday for six weeks.', 'Kalispell'],
    [EN, 'After her doctor felt a lump, Nadia drove in from Ellensburg to see our team.', 'Ellensburg'],
    [ES, 'Ofelia Ríos, costurera de Pasadena, llegó a nuestra clínica con dolor de espalda.', 'Pasadena'],
    [ES, 'Cuando Gustavo Pardo vino desde Brownsville, nuestro equipo de cirugía lo recibió esa noche.', 'Brownsville'],
  ],
  [
    [EN, 'Find us at 88 Birch Ave, Missoula, MT 59801, next to the library.'],
    [EN, 'Write to our billing office at 410 Oak St, Worcester, MA 01608.'],
    [EN, 'Welcome Dr. Imani Cole, who trained in Baltimore and joins our cardiology team.'],
    [ES, 'Nuestra clínica en Pasadena abre los sábados.'],
    [ES, 'Abrimos una nueva oficina: 2200 Main St, Pasadena, CA 91101. ¡Los esperamos!'],
  ],
  ['place', 'street-address', 'zip-code']
);

mechanism(
  'relatives named before their relation',
  'relative-name',
  [
    [EN, 'Checks can be made out to Karen Whitlow, our grandmother, at the bank.', 'Whitlow'],
    [EN, 'Questions go to Doris, who is my aunt and the family organiser.', 'Doris'],
    [EN, 'Pray for Harold, the husband of our choir director, who fell last night.', 'Harold'],
    [EN, 'Huge thanks to my roomie Felicity for the rides to infusion.', 'Felicity'],
    [EN, 'Great-Aunt Bernice turns out to be the family expert on casseroles.', 'Bernice'],
    [EN, 'Tía Rocio drove me to every appointment.', 'Rocio'],
    [ES, 'Lalo, mi primo, ya salió de terapia intensiva.', 'Lalo'],
    [ES, 'Le pueden depositar a Laura Benítez, que es mi hermana.', 'Laura'],
    [ES, 'Oremos por Gonzalo, el esposo de mi comadre, que sigue internado.', 'Gonzalo'],
    [ES, 'Mi bisabuela Refugio cumplió años en el asilo.', 'Refugio'],
    [ES, 'Con mi roommate Valeria que me cuidó toda la semana.', 'Valeria'],
  ],
  [
    [EN, 'Dr. Ortiz and her MA, Jocelyn, walked us through the whole plan.'],
    [EN, "Dr. Baird's PA, Trevor, called back the same afternoon."],
    [EN, 'Dr. Lena Marsh, our surgeon, answered every question.'],
    [EN, 'Jocelyn, the author of the study, spoke at the meeting.'],
    [ES, 'La Dra. Salas, nuestra cardióloga, explicó todo con calma.'],
    [ES, 'Lupita, la autora del libro, firmó ejemplares en la feria.'],
  ]
);

mechanism(
  'places named by a home, an adverb inside a residence cue, a facility the patient went to, a demonym',
  'place',
  [
    [EN, 'Our volunteer driver, who lives over in Lindenmere, picked her up at six.', 'Lindenmere'],
    [EN, 'My grandson just rented an apartment in Quillmoor near the water.', 'Quillmoor'],
    [EN, 'He grew up right in Mudtown and never left.', 'Mudtown'],
    [EN, 'My port was placed at a hospital in Bakersfield two years ago.', 'Bakersfield'],
    [EN, 'My wife spent three weeks at the rehab center in Flagstaff.', 'Flagstaff'],
    [EN, 'The Missoula woman said the clinic changed her life.', 'Missoula'],
    [EN, "A Yakima family's minivan was found near the river.", 'Yakima'],
    [ES, 'Desde su casita en Loma Dorada, doña Chayo sigue tejiendo.', 'Loma Dorada'],
    [ES, 'Mi hijo vive acá en Arboledas con su esposa.', 'Arboledas'],
  ],
  [
    [EN, 'Our hospital in Bakersfield opens a new wing in May.'],
    [EN, 'The Missoula clinic extends its hours on Fridays.'],
    [EN, 'The team in Boise is hiring nurses.'],
    [EN, 'Please come home in December for the holidays.'],
    [ES, 'Nuestra casa en Navidad siempre está llena.'],
  ]
);

mechanism(
  'business contacts and generic words stay negative, whoever writes',
  null,
  [
    [EN, 'My mom sells quilts for her chemo fund. Orders: text 406-555-0177.', '406-555-0177'],
    [EN, 'Call my cell, 406-555-0133, if you see him.', '406-555-0133'],
    [EN, 'My grandmother was a centenarian when she passed.', 'centenarian'],
    [EN, 'Write to Grandpa at 14 Alder St, Havre, MT 59501.', '14 Alder St'],
  ],
  [
    [EN, 'The hotline is 888-555-0199 and they answer on weekends.'],
    [ES, 'Llamé a la línea de ayuda, 1-877-555-0100, y me contestaron rápido.'],
    [EN, 'Book online at brightknee.com or call 406-555-0122. Walk-ins welcome.'],
    [EN, 'For billing questions, fax 406-555-0190 or mail to Patient Accounts, PO Box 7710.'],
    [EN, 'Questions? Email wellness@lakeviewhealth.example.org.'],
    [ES, 'Para dudas, escriba a Servicios Financieros, 455 Main St, Yakima, WA 98901.'],
    [EN, 'The county logged 41 new flu cases this week.'],
    [EN, 'Each County office keeps its own hours.'],
    [EN, 'Researchers followed 300 centenarians for a decade.'],
    [EN, 'The sign-up page is at portal dot example dot org now.'],
    [ES, 'La versión 3.10.2.7 de la aplicación ya salió.'],
  ]
);

mechanism(
  'the town that closes an address',
  'place',
  [
    [ES, 'Le pueden mandar flores a mi tía: calle Ponce 455, apto 2, Carolina.', 'Carolina'],
    [ES, 'Mi abuelo vive en Av. Hidalgo #80, col. Centro, CP 58000, Morelia.', 'Morelia'],
    [EN, 'Cards for my dad can go to 22 Ash St, Apt 4, Billings.', 'Billings'],
  ],
  [
    [EN, 'Write to our billing office at 410 Oak St, Suite 200, Worcester, MA 01608.'],
    [ES, 'Escríbanos a nuestra oficina: 300 Main St, Suite 5, Laredo, TX 78040.'],
    [EN, 'My aunt lives at 22 Ash St, Apt 4, and loves visitors.'],
  ],
  ['place']
);

mechanism(
  'holidays in texts about nobody; institutions\' handles',
  'date',
  [
    [EN, 'My husband had his bypass the day after Thanksgiving.', 'Thanksgiving'],
    [ES, 'A mi papá lo operaron en Nochebuena.', 'Nochebuena'],
  ],
  [
    [EN, 'State officials asked families to test before Thanksgiving gatherings.'],
    [ES, 'Las autoridades pidieron vacunarse antes de Nochebuena.'],
    [EN, 'Thanks to @MercyPediatrics for the reading list! #nicu'],
    [EN, 'Great explainer from @StateMedicine on flu shots.'],
  ],
  null
);

mechanism(
  'a ZIP after a town of two words',
  'zip-code',
  [[EN, 'Cards for my mom: 40 Pine Ct, Sioux Falls 57104.', '57104']],
  [[EN, 'Our Sioux Falls team saw 57104 visits last year.']]
);

mechanism(
  'towns of South America and Spain; a facility in a sentence about a relative',
  'place',
  [
    [ES, 'Mi abuelo nació en Valparaíso y llegó a Texas en 1975.', 'Valparaíso'],
    [ES, 'Mi tía se vino de Cochabamba el año pasado.', 'Cochabamba'],
    [ES, 'Oren por mi tío Beto, que lleva tres días muy grave en el hospital de Puntarenas.', 'Puntarenas'],
    [EN, 'My sister-in-law Gwen, who has been in and out of care for months, is now at the rehab center in Flagstaff.', 'Flagstaff'],
  ],
  [
    [ES, 'El hospital de Puntarenas abrió una nueva sala de maternidad.'],
    [ES, 'Mendoza, nuestra enfermera, explicó todo.'],
  ]
);

mechanism(
  'neighbourhoods of the list after a place cue',
  'place',
  [
    [EN, 'My uncle has lived in Bed-Stuy since the seventies.', 'Bed-Stuy'],
    [EN, 'Meals for my mom can be dropped off in Little Havana.', 'Little Havana'],
    [ES, 'Mi abuela es de Little Village y ahí la atienden.', 'Little Village'],
  ],
  [
    [EN, 'Capitol Hill staffers toured the cancer center.'],
    [EN, 'The Tenderloin Health Fair is on Saturday at our main campus.'],
  ]
);

mechanism(
  "the writer's questions; adjectives that are no staff; accents on US names; countries with an article",
  'place',
  [
    [{ ...ES, textGate: false }, 'Alguien en Pasadena que haya usado el transporte médico gratis?', 'Pasadena'], // the rules alone: phi-text-gate.test.ts tests the gate
    [ES, 'Mi sobrino se atiende en Los Ángeles desde enero.', 'Los Ángeles'],
  ],
  [
    [ES, 'Vivo en El Salvador y mi hija en Texas.'],
    [EN, 'We moved from The Gambia when I was ten.'],
    [ES, 'Este mensaje es de la Clínica Sol, 300 Calle Real, Suite 3, Santa Bárbara. Llámenos hoy.'],
  ]
);

mechanism(
  'a country that is also a US town is the country, unless a state follows',
  'place',
  [
    [EN, 'We live in Lebanon, PA now and the clinic is close.', 'Lebanon'],
    [EN, 'My mom lives in Peru, Indiana.', 'Peru'],
  ],
  [
    [EN, 'We moved back to Ireland last year and found a new GP.'],
    [EN, 'She grew up in Jamaica and still cooks her mother’s recipes.'],
  ]
);

mechanism(
  'an age of a group is nobody\'s; one person picked out of the group keeps hers',
  'age-over-89',
  [
    [EN, 'We met residents including a 93-year-old woman who still paints.', '93'],
    [EN, 'Patients like my grandma, 97, love the garden.', '97'],
  ],
  [
    [EN, 'Readers can send birthday requests for anyone turning 100 to the paper.'],
    [EN, 'The council sends a card to all residents turning 100 this year.'],
    [ES, 'En el centro atendemos a personas que superan los 95 años.'],
  ]
);

mechanism(
  'a ZIP in the writer\'s question',
  'zip-code',
  [[ES, '¿Alguien conoce una clínica gratis cerca del 90033? es para mi tío', '90033']],
  [[ES, 'Nuestra clínica gratuita atiende al 90033 y al 90063.']]
);
