/** Messages of the publication audit (Dutch: a caller may show them to a developer or user). */
export const AUDIT_MESSAGES = {
  duplicateVariable: (id: string) => `De waarde "${id}" komt twee keer voor in de controle.`,
  unknownVariable: (id: string, origin: string) =>
    `De relatie "${origin}" noemt een onbekende waarde "${id}".`,
  violatedConstraint: (origin: string, value: number) =>
    `De relatie "${origin}" klopt niet met de werkelijke waarden (som ${value}).`,
  valueOutsideBounds: (id: string) =>
    `De waarde "${id}" ligt buiten haar grenzen of buiten wat haar markering zegt.`,
  infeasible: (origin: string) =>
    `De relaties rond "${origin}" sluiten elkaar uit; de controle kan niet rekenen.`,
} as const;
