/** A problem with one prop of a grammar component, found before or during rendering. */
export class PropError extends Error {
  readonly prop: string;
  constructor(prop: string, message: string) {
    super(message);
    this.name = 'PropError';
    this.prop = prop;
  }
}

/** `"a", "b" and "c"`: names as messages list them. */
export const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');
