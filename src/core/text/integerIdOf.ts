/** The largest id kept as a number; larger integer ids are kept as their text. */
export const MAX_INTEGER_ID = 0x7fffffff;

/**
 * Whether an id cell's number is kept as a number: an integer from 0 to
 * {@link MAX_INTEGER_ID} (its text, `String(value)`, is exactly what {@link integerIdOf}
 * accepts, -0 included as 0). Such ids are checked and interned on the number, so a million
 * numeric ids cost no strings until someone asks for their text.
 *
 * @param value - A cell number.
 * @returns `true` for an integer id in range.
 * @example
 * isIntegerId(123); //=> true
 * isIntegerId(1.5); //=> false
 * isIntegerId(-4); //=> false
 */
export function isIntegerId(value: number): boolean {
  return value >= 0 && value <= MAX_INTEGER_ID && Math.floor(value) === value;
}

/**
 * The integer an id text stands for when it is written exactly as `String` writes a number
 * from 0 to {@link MAX_INTEGER_ID} ("123"; not "0123", "+123", "123.0" or "-0"), so that the
 * text and the number are the same id (123 ≡ "123").
 *
 * @param text - A trimmed id text.
 * @returns The integer, or -1 when the text is not such a number.
 * @example
 * integerIdOf('123'); //=> 123
 * integerIdOf('0123'); //=> -1
 * integerIdOf('K-7'); //=> -1
 */
export function integerIdOf(text: string): number {
  const length = text.length;
  if (length === 0 || length > 10 || (length > 1 && text.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let index = 0; index < length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value <= MAX_INTEGER_ID ? value : -1;
}
