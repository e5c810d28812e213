/**
 * How case-type labels from an export are grouped into the report's forms (SPEC §2).
 * `values` (explicit label → group) wins over `keywords`; keyword groups are tried in
 * order and the first group with a matching keyword wins.
 */
export interface CaseTypeMap {
  readonly keywords: readonly { readonly group: string; readonly keywords: readonly string[] }[];
  /** Explicit label → group, matched case- and diacritic-insensitively; wins over keywords. */
  readonly values?: Readonly<Record<string, string>>;
}

/**
 * The default grouping: `LS` leun en steun, `IA` informatie en advies, `IT` individueel
 * traject. LS and IA come before IT so that "Informatie en advies traject" and
 * "Leun- en steuntraject" are not taken for individual trajectories by the generic word
 * "traject".
 */
export const DEFAULT_CASE_TYPE_MAP: CaseTypeMap = {
  keywords: [
    { group: "LS", keywords: ["leun", "steun", "ls", "l&s"] },
    { group: "IA", keywords: ["informatie", "info", "advies", "i&a", "ia"] },
    { group: "IT", keywords: ["individueel", "individuele", "traject", "maatwerk", "it"] },
  ],
};
