/** How each kind of editorial note is named, the same in the note and on the notes index. */
export const noteKinds = {
  inconsistency: 'Inconsistency',
  implausible: 'Implausible figure',
  error: 'Error in the source',
  spelling: 'Spelling',
  scope: 'Scope',
  wording: 'Wording',
} as const;
