/**
 * The Excel API check (developer tool, used by apiRequirementSets.test.ts): finds every
 * member of Office.js (`Excel.*`, `Office.*`, `OfficeExtension.*`, `CustomFunctions.*`)
 * that the add-in's sources use, reads the requirement set from its declaration's JSDoc in
 * `@types/office-js` / `@types/custom-functions-runtime`, and compares it with the sets the
 * manifest declares.
 *
 * What counts as a use (resolved with the type checker, so `range.format.font.bold` is
 * `Excel.RangeFont.bold` whatever the variable is called):
 * - a property read, a property write (`a.b = …`; some members have another set for
 *   writing, "ExcelApi 1.1 for get, 1.8 for set"), a method call;
 * - a destructured property (`const { format } = range`);
 * - a property of an object literal whose contextual type is an Office.js type
 *   (`range.set({ format: { … } })`, option objects);
 * - each property name in `load("a,b")`, `load(["a"])` and `load("items/name")`, resolved
 *   against the proxy class the `load` is called on.
 *
 * A use is guarded when (syntactically, no data flow):
 * - it is inside the `then` branch of an `if`, or the `whenTrue` part of a `?:`, whose
 *   condition is a call `….isSetSupported("Set", "x.y")` or an `&&` chain holding one;
 * - or an earlier statement of an enclosing block is `if (!….isSetSupported("Set", "x.y"))`
 *   with a `return`/`throw` as its (last) statement;
 * - or it is inside a named function (or a `const f = () => …`) of the analysed files whose
 *   every call is guarded by the same rules (followed up to five calls deep).
 * Anything cleverer (a helper that wraps isSetSupported, a flag computed earlier) is not
 * seen: such a use goes on the test's allow-list with its reason.
 *
 * @module
 */
import * as ts from "typescript";

/** A requirement set with its version; `version` is null for versionless sets ("Settings"). */
export interface ApiSet {
  readonly name: string;
  readonly version: string | null;
}

/** How a member is used. */
export type UseKind = "read" | "write" | "call" | "load" | "literal";

/** One use of an Office.js member in the sources. */
export interface ApiUse {
  /** File path relative to the root given to {@link collectApiUses}. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** Fully qualified member, e.g. "Excel.Workbook.getSelectedRanges". */
  readonly api: string;
  readonly kind: UseKind;
  /**
   * The sets that make the member available: any one of them is enough (the JSDoc lists
   * alternatives under "Requirement sets"). Empty when the JSDoc names none.
   */
  readonly requires: readonly ApiSet[];
  /** The sets the enclosing isSetSupported guards prove. */
  readonly guards: readonly ApiSet[];
}

/** A use that neither the manifest nor a guard covers. */
export interface ApiOffence {
  readonly use: ApiUse;
  /** Dutch-free developer text: "src/x.ts:12 Excel.Workbook.getSelectedRanges needs ExcelApi 1.9". */
  readonly text: string;
}

const OFFICE_TYPES = /[\\/]node_modules[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;

/**
 * Compares two dotted versions ("1.10" > "1.9").
 *
 * @example
 * compareVersions("1.10", "1.9") // 1
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * Reads the requirement sets from a declaration's JSDoc text.
 *
 * - `[Api set: ExcelApi 1.9]` → ExcelApi 1.9
 * - `[Api set: ExcelApi 1.1 for get, 1.8 for set]` → 1.1 for reading, 1.8 for writing
 * - `**Requirement set**: {@link … | SharedRuntime 1.1}` → SharedRuntime 1.1
 * - `**Requirement sets**:` followed by `- {@link … | A 1.1}` lines → A 1.1 or B 1.1
 * - `| Not in a set}` → nothing
 *
 * @param doc - the JSDoc text
 * @param kind - how the member is used (writes may need a later version)
 * @returns the alternatives (any one suffices); empty when none is named
 */
export function parseApiSets(doc: string, kind: UseKind): ApiSet[] {
  const apiSet = /\[Api set: ([^\]]+)\]/.exec(doc);
  if (apiSet) return [parseApiSetText((apiSet[1] as string).trim(), kind)];
  const section = /\*\*Requirement sets?\*\*:([\s\S]*?)(?:\n\s*\*\s*\n\s*\*\s*[^-\s]|\*\/|$)/.exec(
    doc
  );
  if (!section) return [];
  const sets: ApiSet[] = [];
  for (const link of (section[1] as string).matchAll(/\{@link [^|}]*\|\s*([^}]+)\}/g)) {
    const text = (link[1] as string).trim();
    if (/^Not in a set$/i.test(text)) continue;
    const m = /^([A-Za-z]+)(?:\s+(\d+(?:\.\d+)*))?$/.exec(text);
    if (m) sets.push({ name: m[1] as string, version: m[2] ?? null });
  }
  return sets;
}

function parseApiSetText(text: string, kind: UseKind): ApiSet {
  const name = /^[A-Za-z]+/.exec(text)?.[0] ?? text;
  // "1.1 for get, 1.8 for set" / "1.1 for getting the name; 1.4 for setting it."
  const split = /(\d+(?:\.\d+)*) for (?:get|read)[^,;]*[,;]\s*(\d+(?:\.\d+)*) for set/i.exec(text);
  if (split) return { name, version: (kind === "write" ? split[2] : split[1]) as string };
  // Otherwise the highest version named for this set ("1.1 for String…; 1.7 for Array"):
  // the check cannot tell which case the code hits, so it asks for the most.
  const versions = [...text.matchAll(/(?:^|[\s,;])(\d+(?:\.\d+)*)(?=[\s,;.\]]|$)/g)].map(
    (m) => m[1] as string
  );
  const version = versions.sort(compareVersions).pop() ?? null;
  return { name, version };
}

/**
 * The requirement sets of a manifest: `<Requirements><Sets>` of the OfficeApp (with
 * DefaultMinVersion for a Set without MinVersion), plus what the host implies: ExcelApi 1.1
 * for a Workbook host, and the versionless common sets every Excel supports (Settings).
 *
 * @param xml - manifest.xml text
 * @returns the declared sets, one per name
 */
export function manifestSets(xml: string): ApiSet[] {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  const defaultMin = /<Sets[^>]*DefaultMinVersion="([^"]+)"/.exec(requirements)?.[1] ?? "1.1";
  const sets = new Map<string, ApiSet>();
  if (/<Host\s+Name="Workbook"/.test(xml)) {
    sets.set("ExcelApi", { name: "ExcelApi", version: "1.1" });
    sets.set("Settings", { name: "Settings", version: null });
  }
  for (const m of requirements.matchAll(/<Set\s+([^>]*?)\/?>/g)) {
    const attrs = m[1] as string;
    const name = /Name="([^"]+)"/.exec(attrs)?.[1];
    if (!name) continue;
    const version = /MinVersion="([^"]+)"/.exec(attrs)?.[1] ?? defaultMin;
    const old = sets.get(name);
    if (!old?.version || compareVersions(version, old.version) > 0)
      sets.set(name, { name, version });
  }
  return [...sets.values()];
}

/** Whether `available` (declared or guarded) covers `needed`. */
export function covers(available: readonly ApiSet[], needed: ApiSet): boolean {
  return available.some(
    (a) =>
      a.name === needed.name &&
      (needed.version === null ||
        (a.version !== null && compareVersions(a.version, needed.version) >= 0))
  );
}

/**
 * The uses neither the manifest nor a guard covers.
 *
 * @param uses - from {@link collectApiUses}
 * @param declared - from {@link manifestSets}
 * @returns one offence per use, in file order
 */
export function findOffences(uses: readonly ApiUse[], declared: readonly ApiSet[]): ApiOffence[] {
  return uses
    .filter((u) => u.requires.length > 0)
    .filter((u) => !u.requires.some((r) => covers([...declared, ...u.guards], r)))
    .map((use) => ({
      use,
      text: `${use.file}:${use.line} ${use.api} (${use.kind}) needs ${use.requires.map(setText).join(" or ")}`,
    }));
}

/** "ExcelApi 1.9" / "Settings". */
export function setText(set: ApiSet): string {
  return set.version ? `${set.name} ${set.version}` : set.name;
}

/**
 * Collects every Office.js member used in the program's own source files.
 *
 * @param program - a program over the add-in's entry files
 * @param root - paths in the result are relative to this folder
 * @returns the uses, in file order
 */
export function collectApiUses(program: ts.Program, root: string): ApiUse[] {
  const checker = program.getTypeChecker();
  const own = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/"));
  const guards = new GuardFinder(checker, own);
  const uses: ApiUse[] = [];
  const rel = (f: ts.SourceFile) =>
    f.fileName.startsWith(root) ? f.fileName.slice(root.length).replace(/^[\\/]/, "") : f.fileName;

  const record = (node: ts.Node, symbol: ts.Symbol | undefined, kind: UseKind) => {
    const target = symbol && resolveAlias(checker, symbol);
    if (!target || !isOfficeMember(target)) return;
    const sf = node.getSourceFile();
    uses.push({
      file: rel(sf),
      line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      api: qualifiedName(checker, target),
      kind,
      requires: requiredSets(target, kind),
      guards: guards.at(node),
    });
  };

  for (const sf of own) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        record(node.name, symbol, accessKind(node));
        if (node.name.text === "load" && ts.isCallExpression(node.parent)) {
          recordLoad(node.parent, checker.getTypeAtLocation(node.expression), record);
        }
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const name = (node.propertyName ?? node.name) as ts.Node;
        if (ts.isIdentifier(name)) {
          const type = checker.getTypeAtLocation(node.parent);
          record(name, type.getProperty(name.text), "read");
        }
      } else if (
        (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
        ts.isObjectLiteralExpression(node.parent) &&
        ts.isIdentifier(node.name)
      ) {
        const type = checker.getContextualType(node.parent);
        const target = type && checker.getNonNullableType(type);
        record(node.name, target?.getProperty(node.name.text), "literal");
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  /** `x.load("a,b/c")` or `x.load(["a", "b"])`: each path against x's type. */
  function recordLoad(
    call: ts.CallExpression,
    receiver: ts.Type,
    rec: (node: ts.Node, symbol: ts.Symbol | undefined, kind: UseKind) => void
  ): void {
    const arg = call.arguments[0];
    if (!arg) return;
    const literals = ts.isArrayLiteralExpression(arg) ? [...arg.elements] : [arg];
    for (const literal of literals) {
      if (!ts.isStringLiteralLike(literal)) continue;
      for (const path of literal.text.split(",")) {
        let type: ts.Type | undefined = receiver;
        for (const segment of path.trim().split("/")) {
          if (!type || segment === "") break;
          const property = type.getProperty(segment);
          rec(literal, property, "load");
          if (!property) break;
          type = checker.getTypeOfSymbolAtLocation(property, literal);
          // items: Excel.Table[] → Excel.Table
          type =
            type && checker.isArrayType(type)
              ? checker.getTypeArguments(type as ts.TypeReference)[0]
              : type;
        }
      }
    }
  }
  return uses;
}

function accessKind(node: ts.PropertyAccessExpression): UseKind {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) return "call";
  if (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  )
    return "write";
  return "read";
}

function resolveAlias(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function isOfficeMember(symbol: ts.Symbol): boolean {
  const decls = symbol.declarations ?? [];
  if (decls.length === 0) return false;
  if (symbol.flags & (ts.SymbolFlags.Module | ts.SymbolFlags.NamespaceModule)) return false;
  return decls.every((d) => OFFICE_TYPES.test(d.getSourceFile().fileName));
}

function qualifiedName(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  return checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
}

/** The member's own sets, else those of the class or interface that declares it. */
function requiredSets(symbol: ts.Symbol, kind: UseKind): ApiSet[] {
  for (const decl of symbol.declarations ?? []) {
    const own = parseApiSets(jsDocText(decl), kind);
    if (own.length > 0) return own;
  }
  for (const decl of symbol.declarations ?? []) {
    const parent = decl.parent;
    if (parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent))) {
      const inherited = parseApiSets(jsDocText(parent), kind);
      if (inherited.length > 0) return inherited;
    }
  }
  return [];
}

function jsDocText(node: ts.Node): string {
  const text = node.getSourceFile().text;
  return ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => text.slice(doc.pos, doc.end))
    .join("\n");
}

/** The isSetSupported guards around a node (see the module comment for the rules). */
class GuardFinder {
  private readonly callers = new Map<ts.Node, ts.Node[]>();

  constructor(
    private readonly checker: ts.TypeChecker,
    files: readonly ts.SourceFile[]
  ) {
    for (const sf of files) {
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          const symbol = this.checker.getSymbolAtLocation(
            ts.isPropertyAccessExpression(node.expression) ? node.expression.name : node.expression
          );
          const target = symbol && resolveAlias(this.checker, symbol);
          for (const decl of target?.declarations ?? []) {
            const fn = functionOf(decl);
            if (!fn) continue;
            const list = this.callers.get(fn) ?? [];
            list.push(node);
            this.callers.set(fn, list);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }

  /** The sets proven at `node`. */
  at(node: ts.Node, depth = 0): ApiSet[] {
    const sets: ApiSet[] = [];
    let child: ts.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && parent.thenStatement === child)
        sets.push(...guardSets(parent.expression));
      if (ts.isConditionalExpression(parent) && parent.whenTrue === child)
        sets.push(...guardSets(parent.condition));
      if (
        ts.isBinaryExpression(parent) &&
        parent.right === child &&
        parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
      )
        sets.push(...guardSets(parent.left));
      if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          sets.push(...earlyExitSets(statement));
        }
      }
      // A named function: what every call of it proves. An anonymous callback (the batch
      // given to Excel.run) is taken as running where it is written.
      const callers = ts.isFunctionLike(parent) ? this.callers.get(parent) : undefined;
      if (callers) {
        if (depth < 5) {
          const each = callers.map((c) => this.at(c, depth + 1));
          // Sets every caller proves.
          const common = (each[0] ?? []).filter((s) => each.every((e) => covers(e, s)));
          sets.push(...common);
        }
        break;
      }
    }
    return sets;
  }
}

/** The declaration a call resolves to, as a function node (function, method, `const f = () =>`). */
function functionOf(decl: ts.Declaration): ts.Node | undefined {
  if (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl)) return decl;
  if (ts.isVariableDeclaration(decl) && decl.initializer) {
    const init = decl.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/** Sets from `isSetSupported("A", "1.2")`, also inside `&&` chains and parentheses. */
function guardSets(condition: ts.Expression): ApiSet[] {
  if (ts.isParenthesizedExpression(condition)) return guardSets(condition.expression);
  if (
    ts.isBinaryExpression(condition) &&
    condition.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
  )
    return [...guardSets(condition.left), ...guardSets(condition.right)];
  if (ts.isCallExpression(condition)) {
    const callee = condition.expression;
    const name = ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : ts.isIdentifier(callee)
        ? callee.text
        : "";
    const [set, version] = condition.arguments;
    if (name === "isSetSupported" && set && ts.isStringLiteralLike(set))
      return [
        {
          name: set.text,
          version: version && ts.isStringLiteralLike(version) ? version.text : "1.1",
        },
      ];
  }
  return [];
}

/** `if (!isSetSupported(…)) return;` (or throw) proves the set for what follows. */
function earlyExitSets(statement: ts.Statement): ApiSet[] {
  if (!ts.isIfStatement(statement) || statement.elseStatement) return [];
  const condition = statement.expression;
  if (
    !ts.isPrefixUnaryExpression(condition) ||
    condition.operator !== ts.SyntaxKind.ExclamationToken
  )
    return [];
  const then = statement.thenStatement;
  const last = ts.isBlock(then) ? then.statements[then.statements.length - 1] : then;
  if (!last || !(ts.isReturnStatement(last) || ts.isThrowStatement(last))) return [];
  return guardSets(condition.operand);
}

/**
 * A program over the given entry files with the project's compiler options.
 *
 * @param tsconfigPath - tsconfig.json of the project
 * @param entries - the bundle's entry files
 * @returns the program (the checker follows the imports)
 */
export function createProgram(tsconfigPath: string, entries: readonly string[]): ts.Program {
  const config = ts.readConfigFile(tsconfigPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(
    config.config,
    ts.sys,
    tsconfigPath.replace(/[\\/][^\\/]*$/, "")
  );
  return ts.createProgram({ rootNames: [...entries], options: parsed.options });
}
