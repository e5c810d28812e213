// The Dutch worksheet name of every KPI of the engine's registry (SPEC §7). A test checks that
// every id of KPI_REGISTRY is here and that functions.ts declares a function of that name.

/** KPI id → custom function id (without the WELZIJN. namespace). */
export const KPI_FUNCTION_NAMES: Readonly<Record<string, string>> = {
  registrations: "AANMELDINGEN",
  infoAdvice: "INFOADVIES",
  meanWaitDays: "WACHTTIJD",
  started: "OPGESTART",
  active: "BEHANDELD",
  closed: "AFGESLOTEN",
  openAtEnd: "LOPEND",
  meanDurationClosed: "DOORLOOPTIJD",
  meanDurationActive: "DOORLOOPTIJDBEHANDELD",
  uniqueClients: "UNIEKECLIENTEN",
  helpQuestions: "HULPVRAGEN",
  recidive: "RECIDIVE",
  recidivePct: "RECIDIVEPERCENTAGE",
  recidivists: "RECIDIVISTEN",
  complaints: "KLACHTEN",
  selfReferralPct: "ZELFMELDERS",
  newClientPct: "NIEUWECLIENTEN",
  goalReachedPct: "DOELSCORE",
  meanRating: "KLANTOORDEEL",
  canContinueAlonePct: "ZELFSTANDIG",
};
