import type { PersonRef } from '../../../../shared/contracts/common';

/** Who recorded, revoked or linked: the name, else the email, else the id. */
export const personName = (person: PersonRef | null | undefined) => person?.name ?? person?.email ?? (person?.id != null ? String(person.id) : '—');
