// Excel error values for the custom functions, constructed through one adapter so that the
// module runs both in Excel (CustomFunctions.Error) and in Node tests (a plain Error with the
// same `code` and `message`).

/** The Excel error codes the functions return; only these two carry a message in Excel. */
export type FunctionErrorCode = "#VALUE!" | "#N/A";

/** The shape of `CustomFunctions.Error` that the functions and their tests rely on. */
export interface FunctionErrorValue {
  readonly code: string;
  readonly message?: string;
}

/**
 * Thrown by the function layer for bad input (a period, a column, a filter); turned into an
 * Excel error value by {@link toFunctionError}.
 */
export class FunctionInputError extends Error {
  override readonly name = "FunctionInputError";
  readonly code: FunctionErrorCode;

  /**
   * @param message - Dutch message shown in Excel's error tooltip.
   * @param code - '#VALUE!' (bad input, the default) or '#N/A' (no value to give).
   */
  constructor(message: string, code: FunctionErrorCode = "#VALUE!") {
    super(message);
    this.code = code;
  }
}

/**
 * The part of Excel's `CustomFunctions` runtime global the adapter uses. Declared here rather
 * than taken from @types/custom-functions-runtime, so that the module also compiles for Node.
 */
interface CustomFunctionsRuntime {
  readonly Error: new (code: string, message?: string) => object;
  readonly ErrorCode: { readonly invalidValue: string; readonly notAvailable: string };
}

/** The runtime global when Excel provides it. */
function customFunctionsRuntime(): CustomFunctionsRuntime | undefined {
  const runtime = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> })
    .CustomFunctions;
  return runtime !== undefined &&
    typeof runtime.Error === "function" &&
    runtime.ErrorCode !== undefined
    ? (runtime as CustomFunctionsRuntime)
    : undefined;
}

/** The Node stand-in for `CustomFunctions.Error`. */
export class PlainFunctionError extends Error {
  override readonly name = "CustomFunctionError";
  readonly code: FunctionErrorCode;

  constructor(code: FunctionErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * An Excel error value with a Dutch message: `CustomFunctions.Error` inside Excel, a
 * {@link PlainFunctionError} elsewhere.
 *
 * @param code - '#VALUE!' or '#N/A'.
 * @param message - Dutch message (Excel shows it in the error tooltip).
 * @returns The error value, ready to be thrown from a custom function.
 * @example
 * throw createFunctionError('#VALUE!', 'Onbekende periode: "Q5 2024".');
 */
export function createFunctionError(code: FunctionErrorCode, message: string): Error {
  const runtime = customFunctionsRuntime();
  if (runtime !== undefined) {
    const errorCode =
      code === "#N/A" ? runtime.ErrorCode.notAvailable : runtime.ErrorCode.invalidValue;
    // Excel reads the code and the message of the thrown CustomFunctions.Error.
    return new runtime.Error(errorCode, message) as unknown as Error;
  }
  return new PlainFunctionError(code, message);
}

/**
 * Turns whatever a function body threw into an Excel error value: input errors keep their code
 * and message; the core's named errors (period, mapping, filter, recidive options) become
 * #VALUE! with their Dutch message; anything else becomes #VALUE! naming the failure, so that a
 * cell never shows a wrong number.
 *
 * @param error - What was thrown.
 * @returns The error value to throw to Excel.
 * @example
 * toFunctionError(new InvalidPeriodError('Q5', 'Onbekende periode: "Q5".')) // #VALUE! with that message
 */
export function toFunctionError(error: unknown): Error {
  if (error instanceof FunctionInputError) return createFunctionError(error.code, error.message);
  if (isFunctionErrorValue(error)) return error as unknown as Error;
  if (error instanceof Error) {
    const known = KNOWN_ERROR_NAMES.has(error.name);
    return createFunctionError(
      "#VALUE!",
      known ? error.message : `Interne fout in Welzijnsmonitor: ${error.message}`
    );
  }
  return createFunctionError("#VALUE!", `Interne fout in Welzijnsmonitor: ${String(error)}`);
}

/** Names of the core's errors whose message is written for the user. */
const KNOWN_ERROR_NAMES = new Set([
  "InvalidPeriodError",
  "MappingError",
  "InvalidFilterError",
  "InvalidRecidiveOptionsError",
  "UnknownKpiError",
  "UnknownGroupError",
  "InvalidGroupOptionsError",
]);

/**
 * Whether a value already is an Excel error value (a `CustomFunctions.Error` or its Node
 * stand-in), so it is passed on unchanged.
 *
 * @param value - Anything.
 * @returns True for an error value.
 * @example
 * isFunctionErrorValue(createFunctionError('#N/A', 'x')) // true
 */
export function isFunctionErrorValue(value: unknown): value is FunctionErrorValue {
  if (value instanceof PlainFunctionError) return true;
  const runtime = customFunctionsRuntime();
  return runtime !== undefined && value instanceof runtime.Error;
}

/**
 * Runs a function body and turns anything it throws into an Excel error value (thrown), so that
 * every custom function answers a number, a table or an error with a Dutch message.
 *
 * @param body - The function body.
 * @returns What the body returns.
 * @throws The error value of {@link toFunctionError}.
 * @example
 * guarded(() => runKpiFunction('started', call))
 */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toFunctionError(error);
  }
}
