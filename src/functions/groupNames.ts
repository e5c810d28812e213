// The Dutch names a user types for a grouping in WELZIJN.TOP.
import { getGroup, GROUP_REGISTRY, normalizeKey } from "../core";
import type { GroupId, RegisteredGroupDefinition } from "../core";
import { FunctionInputError } from "./functionError";

/**
 * Names per group id (compared after `normalizeKey`: case, spaces, punctuation and diacritics
 * ignored). The group's own id, key label and title count too. Groups over the ZRM or the
 * activities table are not offered: TOP reads the case table only (ZRMGROEI and COLLECTIEF
 * answer those).
 */
const GROUP_NAMES: Readonly<Partial<Record<GroupId, readonly string[]>>> = {
  byDomain: [
    "hoofddomein",
    "hoofddomeinen",
    "domein",
    "domeinen",
    "zrm",
    "zrm domein",
    "leefgebied",
    "leefgebieden",
  ],
  byCaseType: [
    "soort traject",
    "type traject",
    "type",
    "soort",
    "trajecttype",
    "type trajecten",
    "casustype",
    "ondersteuningsvorm",
  ],
  byProduct: ["product", "producten", "dienst", "diensten", "werksoort"],
  byTeam: ["team", "teams", "buurtteam", "wijkteam", "wijk", "locatie", "vestiging"],
  byReferrer: ["verwijzer", "verwijzers", "verwezen door", "aanmelder", "bron aanmelding"],
  byCloseReason: ["afsluitreden", "afsluitredenen", "reden afsluiting", "reden beëindiging"],
  byAgeBand: ["leeftijd", "leeftijden", "leeftijdsgroep", "leeftijdsgroepen", "leeftijdscategorie"],
  byRating: ["klantoordeel", "cijfer", "rapportcijfer", "cijfers"],
  byComplexity: ["complexiteit", "complexiteit hulpvraag"],
  byMonth: ["maand", "maanden", "per maand"],
};

const BY_NAME = new Map<string, GroupId>();
for (const group of GROUP_REGISTRY) {
  if (group.requires !== undefined) continue;
  for (const name of [group.id, group.keyLabel, group.label, ...(GROUP_NAMES[group.id] ?? [])]) {
    const key = normalizeKey(name);
    if (key !== "" && !BY_NAME.has(key)) BY_NAME.set(key, group.id);
  }
}

/** The names listed in messages and the documentation: the first name of each offered group. */
export const GROUP_CHOICES: readonly string[] = GROUP_REGISTRY.filter(
  (group) => group.requires === undefined
).map((group) => GROUP_NAMES[group.id]?.[0] ?? group.keyLabel.toLowerCase());

/**
 * The grouped KPI a user names ("hoofddomein", "soort traject", "team", …).
 *
 * @param name - The name as typed.
 * @returns The group definition.
 * @throws {@link FunctionInputError} for an unknown name, listing the choices.
 * @example
 * resolveGroup('Hoofddomein').id // 'byDomain'
 */
export function resolveGroup(name: unknown): RegisteredGroupDefinition {
  const text = typeof name === "string" || typeof name === "number" ? String(name) : "";
  const id = BY_NAME.get(normalizeKey(text));
  if (id === undefined) {
    throw new FunctionInputError(
      `Onbekende groepering "${text.trim()}". Kies uit: ${GROUP_CHOICES.join(", ")}.`
    );
  }
  return getGroup(id);
}
