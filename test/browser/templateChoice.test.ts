import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Template } from "../../src/core";
import { TEST_TEMPLATE } from "../excel/templateFixture";
import { buildTestHost } from "./buildTestHost";
import { launchChromium } from "./launchChromium";
import { serveDist } from "./serveDist";

const shots = resolve(__dirname, "../../test-output/screenshots");
const VIEWPORT = { width: 340, height: 760 };
/** The test host's user sheet has the Q3 report's name: the report goes to a new sheet. */
const Q4 = "Rapportage t\u2215m Q4 2024";

/** The workbook's report sheets: their first cells and charts, and the stored template. */
async function reportSheets(page: Page) {
  return page.evaluate(() => {
    const book = window.__fakeBook!;
    const stored = window.__welzijnsmonitorTestHost!.settings.get("welzijnsmonitor") as {
      template?: { kind: string; fileName?: string; id?: string };
    };
    return {
      sheets: book.sheets
        .filter((s) => s.name.startsWith("Rapportage"))
        .map((s) => ({
          name: s.name,
          a5: s.values[4]?.[0],
          charts: s.charts.map((c) => `${c.type} ${c.sourceAddress} ${c.title}`),
        })),
      template: stored?.template
        ? { kind: stored.template.kind, fileName: stored.template.fileName }
        : null,
    };
  });
}

describe("the template choice in the built task pane", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const hostScript = await buildTestHost();
    server = await serveDist();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript({ path: hostScript });
    // The built-in list of this host: the local test template.
    await page.addInitScript(
      (templates: Template[]) => {
        const host = window.__welzijnsmonitorTestHost!;
        window.__welzijnsmonitorTestHost = { ...host, templates };
      },
      [TEST_TEMPLATE]
    );
    await page.goto(`${server.url}taskpane.html`);
    await page.locator("#read-data").waitFor({ timeout: 20000 });
    await page.waitForFunction(
      () => (document.querySelector("#source-cases") as HTMLSelectElement).options.length > 2
    );
    await page.click("#read-data");
    await page.locator("#confirm-mapping").waitFor({ timeout: 30000 });
    await page.click("#confirm-mapping");
    await page.locator("#options-title").waitFor();
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("offers Standaard, the built-in templates and an own file, Standaard first", async () => {
    expect(await page.locator("#template option").allTextContents()).toEqual([
      "Standaard (het vaste rapport)",
      "Testorganisatie \u2013 kwartaalcijfers",
      "Eigen sjabloon\u2026",
    ]);
    expect(await page.locator("#template").inputValue()).toBe("");
    expect(await page.locator("#table-choice").count()).toBe(1);
    await page.selectOption("#template", "testorganisatie");
    expect(await page.locator("#template-hint").textContent()).toBe(
      "De tabellen en grafieken van het rapport van Testorganisatie \u2013 kwartaalcijfers, 4 tabellen."
    );
    // The table choice belongs to the standard report.
    expect(await page.locator("#table-choice").count()).toBe(0);
  });

  it("shows the Dutch error of a bad template file and keeps Rapport maken blocked", async () => {
    await page.selectOption("#template", "#eigen");
    expect(await page.locator("#generate").isDisabled()).toBe(true);
    expect(await page.locator("#generate-reason").textContent()).toBe(
      "Nog niet mogelijk: kies in stap 3 een sjabloonbestand (.json), of een ander sjabloon."
    );
    const bad = { ...TEST_TEMPLATE, tables: [{ ...TEST_TEMPLATE.tables[0], chart: "taart" }] };
    await page.setInputFiles("#template-file", {
      name: "kapot.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await page.locator("#template-message.message-error").waitFor();
    expect(await page.locator("#template-message").textContent()).toBe(
      'Sjabloon "kapot.json": tables[0].chart: hier hoort een van "bar", "column", "line", "pie"'
    );
    expect(await page.locator("#generate").isDisabled()).toBe(true);
  });

  it("reads a good file and shows what it holds", async () => {
    await page.setInputFiles("#template-file", {
      name: "wijkteams.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(TEST_TEMPLATE)),
    });
    await page.locator("#template-message.message-success").waitFor();
    expect(await page.locator("#template-message").textContent()).toBe(
      "Sjabloon gelezen: 4 tabellen."
    );
    expect(await page.locator("#template-hint").textContent()).toBe(
      'Eigen sjabloon "Testorganisatie \u2013 kwartaalcijfers" uit wijkteams.json, 4 tabellen. Het staat in de werkmap; Vernieuwen gebruikt het ook.'
    );
    expect(await page.locator("#generate").isDisabled()).toBe(false);
    await page.locator("fieldset.template").evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: resolve(shots, "taakvenster-3c-sjabloon-in-beeld.png") });
  });

  it("writes the template's report with its charts and stores the choice", async () => {
    await page.click("#generate");
    await page.locator("#refresh-message.message-success").waitFor({ timeout: 60000 });
    expect(await page.locator("#refresh-message").textContent()).toMatch(
      /^Klaar: het rapport staat op blad "Rapportage t∕m Q3 2024 \(2\)" \(3 tabellen\), met de bladen Toelichting en Controle\. 1 tabel kon niet worden gemaakt; het rapportblad zegt waarom\./
    );
    const after = await reportSheets(page);
    expect(after.template).toEqual({ kind: "own", fileName: "wijkteams.json" });
    const report = after.sheets.find((s) => s.name.endsWith("(2)"));
    expect(report?.a5).toBe("Gestart per team");
    expect(report?.charts).toEqual([
      "ColumnClustered A6:E11 Gestart per team",
      "Pie A23:C26 Soort traject",
      "BarClustered A40:D45 Team en soort traject",
    ]);
  });

  it("refreshes next quarter with the same template, replacing its charts", async () => {
    await page.click("#refresh-next");
    await page.click("#refresh");
    await page.locator("#refresh-message.message-success").waitFor({ timeout: 60000 });
    const after = await reportSheets(page);
    const report = after.sheets.find((s) => s.name === Q4);
    expect(report?.a5).toBe("Gestart per team");
    expect(report?.charts).toEqual([
      "ColumnClustered A6:G11 Gestart per team",
      "Pie A23:C26 Soort traject",
      "BarClustered A40:D45 Team en soort traject",
    ]);
    expect(after.template).toEqual({ kind: "own", fileName: "wijkteams.json" });
    expect(errors).toEqual([]);
  });
});
