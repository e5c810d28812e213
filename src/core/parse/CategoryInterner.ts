import { collapseWhitespace } from "../text/collapseWhitespace";
import { foldText } from "../text/foldText";
import { isExcelErrorText } from "../text/isExcelErrorText";
import { TextLookupCache } from "../text/TextLookupCache";

/** Code of an empty category cell. */
export const EMPTY_CODE = -1;
/** Code of a cell holding an Excel error value. */
export const ERROR_CODE = -2;

/**
 * Interns category texts: trimmed, whitespace collapsed, grouped case- and
 * diacritic-insensitively; the label of a group is the first spelling seen. An optional
 * `toLabel` maps a cleaned text to its group label first (case types: `classifyCaseType`).
 * Each distinct raw text is cleaned once; after that a cell costs one Map lookup.
 *
 * @example
 * const interner = new CategoryInterner();
 * interner.codeOf(' Huiselijk  geweld'); //=> 0
 * interner.codeOf('huiselijk geweld'); //=> 0
 * interner.labels; //=> ['Huiselijk geweld']
 */
export class CategoryInterner {
  readonly labels: string[] = [];
  private readonly byRaw = new Map<string, number>();
  private readonly recent = new TextLookupCache<number>(64);
  private readonly byKey = new Map<string, number>();

  /** @param toLabel - Maps a cleaned, non-empty text to the label of its group. */
  constructor(private readonly toLabel?: (text: string) => string) {}

  /**
   * The code of a raw cell text.
   *
   * @param raw - The text as in the cell.
   * @returns Index into `labels`, {@link EMPTY_CODE} or {@link ERROR_CODE}.
   */
  codeOf(raw: string): number {
    const cached = this.recent.get(raw);
    if (cached !== undefined) return cached;
    let code = this.byRaw.get(raw);
    if (code === undefined) {
      code = this.intern(raw);
      this.byRaw.set(raw, code);
    }
    this.recent.set(raw, code);
    return code;
  }

  /**
   * The code of a group label as this interner makes them (cleaned, `toLabel` applied):
   * the code of its group when the group is known, else a new code with this label. Used
   * to join the labels of rows read by another interner (`CaseTableParser.append`): taken
   * in that interner's order, they get the codes one interner reading all rows would give.
   *
   * @param label - A label of another interner of the same column.
   * @returns Its code here.
   */
  codeOfLabel(label: string): number {
    const key = foldText(label);
    let code = this.byKey.get(key);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(label);
      this.byKey.set(key, code);
    }
    return code;
  }

  private intern(raw: string): number {
    const text = collapseWhitespace(raw);
    if (text === "") return EMPTY_CODE;
    if (isExcelErrorText(text)) return ERROR_CODE;
    const label = this.toLabel ? this.toLabel(text) : text;
    if (label === "") return EMPTY_CODE;
    return this.codeOfLabel(label);
  }
}
