/**
 * Content types seen to be marked (or not) during this session. Whether a type is marked is only
 * known from the checks endpoint (editors cannot read the settings), so remember the answer to
 * keep the panel in place while it reloads and to show it for entries not saved yet.
 */
const known = new Map<string, boolean>();

export const markedTypes = {
  get: (uid: string) => known.get(uid),
  set: (uid: string, marked: boolean) => {
    known.set(uid, marked);
  },
};
