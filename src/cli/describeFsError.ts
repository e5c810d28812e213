/**
 * Dutch text for the system errors of file and stream access.
 *
 * @module
 */

/** What each errno code means to the user; Node's own messages are English. */
const FS_ERROR_TEXT: Readonly<Record<string, string>> = {
  ENOENT: "het bestand of de map bestaat niet",
  EACCES: "geen toegang (onvoldoende rechten)",
  EPERM: "geen toegang (onvoldoende rechten)",
  EISDIR: "dit is een map, geen bestand",
  ENOTDIR: "een deel van het pad is geen map",
  EEXIST: "het bestand bestaat al",
  ENOSPC: "de schijf is vol",
  EDQUOT: "de schijfruimte van deze gebruiker (quotum) is op",
  EFBIG: "het bestand wordt groter dan toegestaan (limiet op de bestandsgrootte)",
  EROFS: "het bestandssysteem is alleen-lezen",
  EPIPE: "het programma dat de uitvoer ontving, is gestopt",
  ECONNRESET: "het programma dat de uitvoer ontving, is gestopt",
  EIO: "lees- of schrijffout van het apparaat",
  EBUSY: "het bestand is in gebruik",
  ETXTBSY: "het bestand is in gebruik",
  EMFILE: "te veel geopende bestanden",
  ENFILE: "te veel geopende bestanden",
  ENAMETOOLONG: "de naam is te lang",
  ELOOP: "te veel symbolische koppelingen achter elkaar",
  EXDEV: "het bestand kan niet naar een ander bestandssysteem worden verplaatst",
  EAGAIN: "het apparaat is tijdelijk niet beschikbaar",
};

/**
 * Describes a file-system or stream error in Dutch, without Node's English message: a known
 * errno code gets its sentence, an unknown one a sentence that names the code.
 *
 * @param error - what a file or stream operation threw or emitted
 * @returns a Dutch phrase without a full stop, e.g. "de schijf is vol"
 *
 * @example
 * describeFsError(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
 * // → 'de schijf is vol'
 */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code === undefined) return "onbekende systeemfout";
  return FS_ERROR_TEXT[code] ?? `systeemfout ${code}`;
}

/**
 * The errno code of an error (`ENOENT`, …), if it has one.
 *
 * @param error - anything thrown
 * @returns the code, or undefined
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}
