import { foldText } from "../text/foldText";

/**
 * Gives each domain name a stable integer code, shared by the case table's main domains
 * and the ZRM table. Codes are indexes into {@link DomainInterner.labels}; a new name is
 * appended, so codes handed out earlier never change. Names are grouped case- and
 * diacritic-insensitively (the first spelling seen is the label); canonical ZRM names
 * arrive already normalised by `matchDomain`.
 *
 * @example
 * const interner = new DomainInterner(['Financiën']);
 * interner.codeOf('Huisvesting'); //=> 1
 * interner.codeOf('financiën'); //=> 0
 */
export class DomainInterner {
  private readonly names: string[] = [];
  private readonly codes = new Map<string, number>();

  /** @param initial - Labels that keep codes 0..n-1 (e.g. a CaseTable's `domainLabels`). */
  constructor(initial: readonly string[] = []) {
    for (const label of initial) {
      this.names.push(label);
      const key = foldText(label);
      if (!this.codes.has(key)) this.codes.set(key, this.names.length - 1);
    }
  }

  /**
   * The code of a domain name, adding it when new.
   *
   * @param name - A canonical or as-written domain name.
   * @returns Its code.
   */
  codeOf(name: string): number {
    const key = foldText(name);
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.codes.set(key, code);
    }
    return code;
  }

  /** The labels, index = code (a copy: later additions do not change it). */
  get labels(): readonly string[] {
    return this.names.slice();
  }
}
