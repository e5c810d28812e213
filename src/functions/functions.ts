// Custom functions of namespace WELZIJN. Every function is a thin wrapper over the core.
// The build (CustomFunctionsMetadataPlugin) turns the JSDoc below into functions.json and
// appends the CustomFunctions.associate calls, so this module imports cleanly in Node.
// (Line comments on purpose: a leading JSDoc block would become a function's description.)

/**
 * Geeft het versienummer van de invoegtoepassing Welzijnsmonitor.
 * @customfunction VERSIE
 * @returns Het versienummer, bijvoorbeeld "0.1.0".
 */
export function version(): string {
  return "0.1.0";
}
