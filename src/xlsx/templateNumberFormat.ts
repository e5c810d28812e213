import { numberFormatCode } from "../core";
import type { RenderedColumnKind, ValueFormat } from "../core";

/**
 * The invariant number format of a template cell: values in the row's format, a difference
 * signed in the row's format, a relative difference and a share as a percentage.
 *
 * @param format - the row's format
 * @param kind - the column's kind
 * @returns the format code
 *
 * @example
 * templateNumberFormat('count', 'share') // '0.0%;"−"0.0%'
 */
export function templateNumberFormat(format: ValueFormat, kind: RenderedColumnKind): string {
  if (kind === "share") return numberFormatCode("percent", "value");
  return numberFormatCode(format, kind);
}
