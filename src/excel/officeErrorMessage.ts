/**
 * Turns any error of the Office layer into one Dutch message that says what happened and
 * what to do. Office.js errors carry a `code` (OfficeExtension.Error); the core's errors
 * (an invalid period, a mapping problem) and {@link UserFacingError} already speak Dutch.
 *
 * @module
 */

/** An error whose message is meant for the user as it is (Dutch, with what to do). */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}

const MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode:
    "Excel is nog bezig met het bewerken van een cel. Druk op Enter of Esc om de bewerking af te ronden en probeer het opnieuw.",
  AccessDenied:
    "Excel staat deze wijziging niet toe: een blad of de werkmap is beveiligd of alleen-lezen. " +
    "Hef de beveiliging op (Controleren > Beveiliging blad opheffen) of sla een bewerkbare kopie op, en probeer het opnieuw.",
  RequestPayloadSizeLimitExceeded:
    "Er moest te veel tegelijk naar Excel worden gestuurd (Excel op het web staat 5 MB per keer toe). " +
    "Probeer het opnieuw; lukt het niet, kies minder tabellen of gebruik Excel voor Windows of Mac.",
  ResponsePayloadSizeLimitExceeded:
    "De gegevens zijn te groot om in één keer uit Excel te lezen (Excel op het web staat 5 MB per keer toe). " +
    "Probeer het opnieuw; lukt het niet, maak de tabel kleiner (bijvoorbeeld alleen de laatste twee jaar) of gebruik Excel voor Windows of Mac.",
  ItemNotFound:
    "Een tabel of blad dat Welzijnsmonitor gebruikt, bestaat niet meer (hernoemd of verwijderd). Kies de gegevens opnieuw in het taakvenster.",
  ItemAlreadyExists:
    "Er bestaat al een blad of tabel met deze naam. Probeer het opnieuw; Welzijnsmonitor kiest dan een andere naam.",
  InvalidReference:
    "Het gekozen bereik bestaat niet (meer). Kies de gegevens opnieuw in het taakvenster.",
  InvalidSelection:
    "Deze selectie kan niet worden gebruikt. Selecteer één aaneengesloten bereik met kopregel en probeer het opnieuw.",
  RangeExceedsLimit:
    "Het bereik is te groot voor Excel. Kies een kleiner bereik of een Excel-tabel met alleen de gegevens.",
  OperationCellsExceedLimit:
    "Het bereik is te groot voor Excel. Kies een kleiner bereik of een Excel-tabel met alleen de gegevens.",
  MergedRangeConflict:
    "Samengevoegde cellen zitten in de weg. Hef het samenvoegen op in het gekozen bereik en probeer het opnieuw.",
  Conflict: "Iemand anders wijzigt de werkmap op dit moment. Wacht even en probeer het opnieuw.",
  ActivityLimitReached:
    "Excel krijgt te veel verzoeken tegelijk. Wacht een halve minuut en probeer het opnieuw.",
  ConnectionFailure:
    "De verbinding met Excel is verbroken. Controleer de internetverbinding en probeer het opnieuw.",
  RequestAborted: "Excel heeft het verzoek afgebroken. Probeer het opnieuw.",
  ApiNotFound:
    "Deze versie van Excel mist een functie die Welzijnsmonitor nodig heeft. Werk Excel bij of gebruik Excel op het web.",
  NotImplemented:
    "Deze versie van Excel mist een functie die Welzijnsmonitor nodig heeft. Werk Excel bij of gebruik Excel op het web.",
  UnsupportedOperation:
    "Deze versie van Excel mist een functie die Welzijnsmonitor nodig heeft. Werk Excel bij of gebruik Excel op het web.",
  InactiveWorkbook: "De werkmap is niet meer actief. Klik in de werkmap en probeer het opnieuw.",
  GeneralException:
    "Excel meldde een onverwachte fout. Sla de werkmap op, sluit het taakvenster en open het opnieuw, en probeer het nog eens.",
  InvalidArgument:
    "Excel weigerde een opdracht van Welzijnsmonitor. Probeer het opnieuw; blijft het gebeuren, meld dan wat u deed.",
};

/** Names of the core's errors whose messages are Dutch and meant for the user. */
const USER_ERROR_NAMES = new Set([
  "UserFacingError",
  "InvalidPeriodError",
  "MappingError",
  "TemplateError",
]);

/**
 * A Dutch message for an error, with what the user can do.
 *
 * @param error - anything thrown (an OfficeExtension.Error, a core error, …)
 * @returns one or two Dutch sentences
 *
 * @example
 * officeErrorMessage({ code: 'InvalidOperationInCellEditMode', message: '…' })
 * // 'Excel is nog bezig met het bewerken van een cel. Druk op Enter of Esc …'
 */
export function officeErrorMessage(error: unknown): string {
  const code = errorCode(error);
  if (code && MESSAGES[code]) return MESSAGES[code];
  if (error instanceof Error && USER_ERROR_NAMES.has(error.name)) return error.message;
  const detail = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const numeric =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof numeric === "number")
    return `Office meldde foutcode ${numeric}. Sla de werkmap op, controleer dat ze bewerkbaar is (niet alleen-lezen of in de beveiligde weergave), en probeer het opnieuw.`;
  return `Er ging iets mis${detail ? `: ${detail}` : ""}. Probeer het opnieuw; blijft het gebeuren, sla de werkmap op en open het taakvenster opnieuw.`;
}

/**
 * The Office.js error code of an error, if it has one.
 *
 * @param error - anything thrown
 * @returns the code ("AccessDenied"), or undefined
 *
 * @example
 * errorCode({ code: 'AccessDenied' }) // 'AccessDenied'
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}
