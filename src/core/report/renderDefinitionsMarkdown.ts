import { dayToText } from "../dates/dayToIso";
import { getKpi } from "../kpis/kpiRegistry";
import { parsePeriod } from "../periods/parsePeriod";
import { PERIOD_EXAMPLES } from "../periods/periodMessages";
import { previousYearPeriod } from "../periods/previousYearPeriod";
import { DEFAULT_RECIDIVE_OPTIONS } from "../recidive/recidiveOptions";
import type { Period } from "../types";
import { recidiveBreakdownDefinitions } from "./buildRecidiveTable";
import { DEFAULT_TOP_N } from "./buildStandardReport";
import type { DefinitionEntry } from "./definitionEntries";
import {
  DEFINITION_TERMS,
  RECIDIVE_NOTES,
  RECIDIVE_STEPS,
  SKIPPED_ROWS,
  UNUSABLE_VALUES,
} from "./definitionRules";
import { publicationLegend } from "./publicationMarks";
import type { ReportTableSpec } from "./reportTableSpec";

/** What {@link renderDefinitionsMarkdown} writes besides the entries. */
export interface RenderDefinitionsOptions {
  /** The command that regenerates the file, named in its introduction. */
  readonly command: string;
  /** The report's tables, to say in which table each KPI appears. */
  readonly tables: readonly ReportTableSpec[];
}

/** Markdown text of a cell or line: no line breaks, no table pipes. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

function periodText(period: Period): string {
  return `${dayToText(period.start)} t/m ${dayToText(period.end)}`;
}

/** Titles of the report tables that show an entry, with the report's top N filled in. */
function tablesShowing(entry: DefinitionEntry, tables: readonly ReportTableSpec[]): string[] {
  return tables
    .filter((t) =>
      entry.kind === "kpi"
        ? t.kind === "kpis" && t.rows.some((r) => r.kpi === entry.id)
        : t.kind === "group" && t.group === entry.id
    )
    .map((t) => `"${t.title.replace("{topN}", String(DEFAULT_TOP_N))}"`);
}

function renderEntry(entry: DefinitionEntry, tables: readonly ReportTableSpec[]): string[] {
  const shownIn = tablesShowing(entry, tables);
  const lines = [`### ${entry.label}`, "", inline(entry.definition), ""];
  lines.push(`- **Eenheid:** ${inline(entry.unit)}.`);
  if (entry.parameters.length > 0) {
    lines.push("- **Parameters** (standaardwaarde):");
    for (const p of entry.parameters)
      lines.push(`  - ${inline(p.label)}: ${inline(p.defaultText)}.`);
  }
  lines.push(`- **Wat niet meetelt:** ${inline(entry.excludes)}`);
  lines.push(`- **Kleine aantallen:** ${inline(entry.smallNumbers)}.`);
  if (entry.functionName !== undefined) lines.push(`- **Functie:** \`=${entry.functionName}\``);
  lines.push(`- **Naam in de JSON-uitvoer:** \`${entry.id}\``);
  if (shownIn.length > 0) lines.push(`- **In het standaardrapport:** ${shownIn.join(", ")}.`);
  lines.push("");
  return lines;
}

function renderPeriods(): string[] {
  const lines = [
    "## Periodes",
    "",
    "Een periode is een reeks kalenderdagen, begin- en einddag inbegrepen. De vergelijkingsperiode is dezelfde periode " +
      "een jaar eerder. Een begin op 29 februari wordt 28 februari; een einde op de laatste dag van een maand blijft de " +
      "laatste dag van die maand (februari 2025 vergelijkt met 1 t/m 29 februari 2024).",
    "",
    "| u schrijft | periode | vergelijkingsperiode |",
    "| --- | --- | --- |",
  ];
  for (const example of PERIOD_EXAMPLES) {
    const period = parsePeriod(example);
    const previous = previousYearPeriod(period);
    const dates = periodText(previous);
    const before = previous.label === dates ? dates : `${previous.label} (${dates})`;
    lines.push(`| \`${example}\` | ${periodText(period)} | ${before} |`);
  }
  lines.push("");
  return lines;
}

function renderGeneral(): string[] {
  return [
    "## Begrippen",
    "",
    ...DEFINITION_TERMS.map(([term, text]) => `- **${term}:** ${inline(text)}`),
    "",
    "## Onbruikbare waarden en overgeslagen rijen",
    "",
    "Een casus met een onbruikbare waarde telt niet mee in de KPI's die die waarde nodig hebben, en wel in de andere. " +
      'Elke onbruikbare waarde staat met tabel, rij en kolom op het blad Controle van het rapport (en in `"issues"` van ' +
      "de JSON-uitvoer), met de code van de melding. Onbruikbaar is een waarde in deze gevallen:",
    "",
    ...UNUSABLE_VALUES.map(([code, text]) => `- \`${code}\`: ${inline(text)}.`),
    "",
    "Een lege cel is niet onbruikbaar maar leeg: bij elke KPI staat wat een lege waarde doet. Een hele rij wordt " +
      "overgeslagen in deze gevallen:",
    "",
    ...SKIPPED_ROWS.map(([code, text]) => `- \`${code}\`: ${inline(text)}.`),
    "",
  ];
}

function renderRecidive(): string[] {
  const recidive = getKpi("recidive");
  return [
    "## De recidiveregel",
    "",
    `**${recidive.label}:** ${inline(recidive.definition)}`,
    "",
    "Stap voor stap telt een casus als recidive in de periode als:",
    "",
    ...RECIDIVE_STEPS.map((step, i) => `${i + 1}. ${inline(step)}`),
    "",
    ...RECIDIVE_NOTES.flatMap((note) => [inline(note), ""]),
    `De tabel Recidive van het rapport verdeelt de opgestarte casussen zo (met een tussenpoos van ${DEFAULT_RECIDIVE_OPTIONS.minGapMonths} maanden):`,
    "",
    "| regel | welke casussen |",
    "| --- | --- |",
    ...recidiveBreakdownDefinitions(DEFAULT_RECIDIVE_OPTIONS.minGapMonths).map(
      (row) => `| ${inline(row.label)} | ${inline(row.definition)} |`
    ),
    "",
  ];
}

function renderSmallNumbers(): string[] {
  return [
    "## Kleine aantallen (publicatiemodus)",
    "",
    "In publicatiemodus (taakvenster: kleine aantallen afschermen; opdrachtregel: `--publicatie`) schermt het rapport " +
      "aantallen personen onder een drempel af (standaard 5, of 10). De legenda onder de tabellen luidt dan:",
    "",
    ...publicationLegend(5).map((line) => `- ${inline(line)}`),
    "",
    "Aantallen bijeenkomsten, hulpvragen en klachten zijn geen aantallen personen en blijven zichtbaar.",
    "",
  ];
}

/**
 * Renders docs/definities.md (Dutch markdown) from the definition entries: an introduction,
 * the period rules, the terms and unusable values, every KPI, every grouped table, the
 * recidive rule and publication mode, and last, for maintainers, that the file is generated and
 * how to regenerate it.
 * Pure: the same entries give the same text.
 *
 * @param entries - from `definitionEntries()`
 * @param options - the regeneration command and the report's tables
 * @returns the markdown, ending in one newline
 * @example
 * renderDefinitionsMarkdown(definitionEntries(), { command: 'npm run docs:definities', tables: STANDARD_REPORT_TABLES })
 * // '# Definities van de KPI\'s\n\n…'
 */
export function renderDefinitionsMarkdown(
  entries: readonly DefinitionEntry[],
  options: RenderDefinitionsOptions
): string {
  const kpis = entries.filter((e) => e.kind === "kpi");
  const groups = entries.filter((e) => e.kind === "group");
  const lines = [
    "# Definities van de KPI's",
    "",
    "Wat elk getal van Welzijnsmonitor betekent: de definitie, de eenheid, de instellingen en wat niet meetelt. Het " +
      "rapport (taakvenster en opdrachtregel), de werkbladfuncties (zie [functies.md](functies.md)) en de JSON-uitvoer " +
      "rekenen allemaal met deze definities; het werkblad Toelichting van elk rapport toont dezelfde teksten.",
    "",
    "## Inhoud",
    "",
    "- [Periodes](#periodes)",
    "- [Begrippen](#begrippen)",
    "- [Onbruikbare waarden en overgeslagen rijen](#onbruikbare-waarden-en-overgeslagen-rijen)",
    `- [KPI's](#kpis): ${kpis.map((e) => e.label).join(", ")}`,
    `- [Tabellen per groep](#tabellen-per-groep): ${groups.map((e) => e.label).join(", ")}`,
    "- [De recidiveregel](#de-recidiveregel)",
    "- [Kleine aantallen (publicatiemodus)](#kleine-aantallen-publicatiemodus)",
    "",
    ...renderPeriods(),
    ...renderGeneral(),
    "## KPI's",
    "",
    ...kpis.flatMap((e) => renderEntry(e, options.tables)),
    "## Tabellen per groep",
    "",
    "Een groepstabel heeft een rij per waarde (een team, een hoofddomein …), gesorteerd op de waarde in de huidige " +
      "periode (hoogste eerst, dan op naam), tenzij de volgorde vastligt (leeftijd, maand, cijfer). Een rij Totaal is de " +
      "KPI over alle casussen samen, geen optelling van de getoonde rijen. Casussen zonder (bruikbare) waarde voor de " +
      "groepering staan meestal in een rij Onbekend; bij elke tabel staat wat niet meetelt.",
    "",
    ...groups.flatMap((e) => renderEntry(e, options.tables)),
    ...renderRecidive(),
    ...renderSmallNumbers(),
    "---",
    "",
    `> **Voor het onderhoud van Welzijnsmonitor.** Dit bestand is gemaakt uit de code (\`src/core/kpis/kpiRegistry.ts\` en ` +
      `\`src/core/kpis/groupRegistry.ts\`). Pas het daar aan en maak het opnieuw met \`${options.command}\`; een test ` +
      `faalt zolang dit bestand niet klopt met de code.`,
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}
