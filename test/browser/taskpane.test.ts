import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildTestHost } from "./buildTestHost";
import { launchChromium } from "./launchChromium";
import { serveDist } from "./serveDist";

const shots = resolve(__dirname, "../../test-output/screenshots");
/** The pane's viewport; screenshots named "-in-beeld" show this much (docs/handleiding.md uses them). */
const VIEWPORT = { width: 340, height: 760 };
const USER_SHEET = "Rapportage t\u2215m Q3 2024";

interface SheetSummary {
  id: string;
  name: string;
  values: unknown[][];
  formulas: [string, string][];
  charts: { type: string; title: string }[];
}

/** What the in-memory workbook holds now. */
async function workbook(
  page: Page
): Promise<{ sheets: SheetSummary[]; syncs: number; selection: unknown; settings: unknown }> {
  return page.evaluate(() => {
    const book = window.__fakeBook!;
    return {
      sheets: book.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        values:
          s.name === "Export" || s.name === "ZRM-scores" || s.name === "Activiteiten"
            ? []
            : s.values,
        formulas: [...s.formulas],
        charts: s.charts.map((c) => ({ type: c.type, title: c.title })),
      })),
      syncs: book.syncCount,
      selection: book.selection,
      settings: window.__welzijnsmonitorTestHost!.settings.get("welzijnsmonitor"),
    };
  });
}

describe("the built task pane with an in-memory workbook", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  let hostScript: string;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    hostScript = await buildTestHost();
    server = await serveDist();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript({ path: hostScript });
    await page.goto(`${server.url}taskpane.html`);
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("offers the workbook tables and preselects the case table", async () => {
    await page.locator("#source-cases").waitFor({ timeout: 20000 });
    await page.waitForFunction(
      () => (document.querySelector("#source-cases") as HTMLSelectElement).options.length > 2
    );
    expect(await page.locator("#source-cases option:checked").textContent()).toMatch(
      /^Casussen \(tabel, 3\.0\d\d rijen\)$/
    );
    expect(await page.locator("#source-zrm option:checked").textContent()).toMatch(
      /^ZRM \(tabel, /
    );
    await page.screenshot({ path: resolve(shots, "taakvenster-1-gegevens.png"), fullPage: true });
  });

  it("reads the data and proposes the column mapping with marks and samples", async () => {
    await page.click("#read-data");
    await page.locator("#mapping-title").waitFor({ timeout: 30000 });
    expect(await page.locator("#map-cases-caseId option:checked").textContent()).toBe(
      "Casusnummer"
    );
    expect(await page.locator("#map-cases-caseId-samples").textContent()).toMatch(/^bijv\. /);
    expect(await page.locator("#map-cases-registeredOn-samples").textContent()).toMatch(
      /\d{1,2}-\d{1,2}-20\d\d/
    );
    // Step 1 folds to a summary line with "Wijzigen".
    expect(await page.locator("#data-summary").textContent()).toMatch(
      /Gelezen: 3\.0\d\d rijen met casussen en 2 extra tabellen\./
    );
    expect(await page.locator("#edit-data").isVisible()).toBe(true);
    expect(await page.locator("#source-cases").count()).toBe(0);
    // Labels sit above full-width dropdowns and never break inside a word.
    for (const field of ["caseId", "clientId", "registeredOn", "mainDomains", "birthDate"]) {
      const label = await page.locator(`label[for="map-cases-${field}"]`).boundingBox();
      const dropdown = await page.locator(`#map-cases-${field}`).boundingBox();
      expect(label!.height).toBeLessThanOrEqual(22);
      expect(dropdown!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1);
      expect(dropdown!.width).toBeGreaterThan(260);
    }
    await page.screenshot({ path: resolve(shots, "taakvenster-2-kolommen.png"), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(shots, "taakvenster-2-kolommen-in-beeld.png") });
  });

  it("blocks the next step while a required field is unmapped", async () => {
    await page.selectOption("#map-cases-caseId", "");
    expect(await page.locator("#mapping-missing").textContent()).toMatch(
      /Kies eerst een kolom voor: Casusnummer/
    );
    expect(await page.locator("#confirm-mapping").isDisabled()).toBe(true);
    await page.screenshot({
      path: resolve(shots, "taakvenster-2b-verplicht-veld.png"),
      fullPage: true,
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(shots, "taakvenster-2b-verplicht-veld-in-beeld.png") });
    await page.selectOption("#map-cases-caseId", "Casusnummer");
    expect(await page.locator("#confirm-mapping").isDisabled()).toBe(false);
  });

  it("checks the period live and explains a bad one in Dutch", async () => {
    await page.click("#confirm-mapping");
    await page.locator("#options-title").waitFor();
    expect(await page.locator("#mapping-summary").textContent()).toMatch(/velden gekoppeld\./);
    expect(await page.locator("#period-feedback").textContent()).toBe(
      "t/m Q3 2024: 1-1-2024 t/m 30-9-2024, vergeleken met t/m Q3 2023 (1-1-2023 t/m 30-9-2023)"
    );
    await page.check("#period-mode-text");
    await page.fill("#period-text", "Q5 2024");
    expect(await page.locator("#period-feedback").textContent()).toMatch(
      /^Onbekende periode: "Q5 2024"/
    );
    expect(await page.locator("#generate").isDisabled()).toBe(true);
    expect(await page.locator("#generate-reason").textContent()).toBe(
      "Nog niet mogelijk: de periode in stap 3 is niet geldig. Kies een kwartaal of verbeter de tekst."
    );
    await page.screenshot({
      path: resolve(shots, "taakvenster-3b-foute-periode.png"),
      fullPage: true,
    });
    await page.locator("#section-options").evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: resolve(shots, "taakvenster-3b-foute-periode-in-beeld.png") });
    await page.check("#period-mode-ytd");
    expect(await page.locator("#generate-reason").textContent()).toBe("");
    await page.selectOption("#period-quarter", "3");
    await page.selectOption("#period-year", "2024");
    expect(await page.locator("#generate").isDisabled()).toBe(false);
    // Recidive: a minimum gap of 3 months instead of 6.
    await page.click("#recidive-options summary");
    await page.fill("#recidive-gap", "3");
    await page.press("#recidive-gap", "Tab");
    expect(await page.locator("#recidive-options summary").textContent()).toBe(
      "Recidive: 3 mnd, zelfde hoofddomein"
    );
    await page.screenshot({ path: resolve(shots, "taakvenster-3-periode.png"), fullPage: true });
    await page
      .locator("#section-options")
      .screenshot({ path: resolve(shots, "taakvenster-3-periode-kaart.png") });
  });

  it("offers publication mode with a threshold of 5 or 10 persons", async () => {
    expect(await page.locator("#publication-threshold").count()).toBe(0);
    await page.check("#publication");
    expect(
      await page
        .locator("#publication-threshold option")
        .evaluateAll((options) => options.map((o) => o.textContent))
    ).toEqual(["5 personen", "10 personen"]);
    expect(await page.locator("#publication-threshold option:checked").textContent()).toBe(
      "5 personen"
    );
    await page
      .locator("#section-options")
      .screenshot({ path: resolve(shots, "taakvenster-3c-publicatie.png") });
    // The report below is the internal version: publication mode off again.
    await page.uncheck("#publication");
    expect(await page.locator("#publication-threshold").count()).toBe(0);
  });

  it("writes the report next to the user’s own sheet of the same name, never over it", async () => {
    const before = await workbook(page);
    const userSheet = before.sheets.find((s) => s.name === USER_SHEET)!;
    await page.click("#generate");
    await page.locator("#refresh-message.message-success").waitFor({ timeout: 30000 });
    const after = await workbook(page);
    expect(after.sheets.map((s) => s.name)).toEqual([
      "Export",
      "ZRM-scores",
      "Activiteiten",
      USER_SHEET,
      `${USER_SHEET} (2)`,
      "Toelichting",
      "Controle",
    ]);
    expect(after.sheets.find((s) => s.name === USER_SHEET)).toEqual(userSheet);
    const report = after.sheets.find((s) => s.name === `${USER_SHEET} (2)`)!;
    expect(report.values[0]).toEqual(["Welzijnsmonitor – rapportage t/m Q3 2024"]);
    expect(report.values[5]).toEqual([
      "Soort KPI",
      "t/m Q3 2023",
      "t/m Q3 2024",
      "Verschil",
      "Verschil %",
    ]);
    expect(report.formulas).toEqual([]);
    expect(after.settings).toEqual(
      expect.objectContaining({
        period: "t/m Q3 2024",
        recidive: expect.objectContaining({ minGapMonths: 3 }),
      })
    );
    const explanation = after.sheets.find((s) => s.name === "Toelichting")!;
    expect(explanation.values).toContainEqual(["Recidive: minimale tussenpoos", "3 maanden"]);
    expect(report.charts.map((c) => c.title)).toContain("Top 5 hoofddomeinen ZRM");
    // Writing costs three syncs, whatever the number of tables.
    expect(after.syncs - before.syncs).toBe(3);
    // The result shows in the "Rapport vernieuwen" card on top, in view and focused.
    expect(await page.locator("#refresh-message").textContent()).toMatch(
      /^Klaar: het rapport staat op blad .*niet van Welzijnsmonitor is; dat blad is niet aangeraakt/
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("refresh-message");
    expect(await page.locator("#refresh-message").isVisible()).toBe(true);
    // boundingBox() is relative to the viewport (like getBoundingClientRect): in view = 0…760.
    const box = await page.locator("#refresh-message").boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(760);
    expect(await page.locator("#section-refresh").textContent()).toMatch(
      /dit blad, Toelichting en Controle worden dan vervangen door de gekozen periode/
    );
    await page.screenshot({ path: resolve(shots, "taakvenster-4-rapport.png"), fullPage: true });
    await page.screenshot({ path: resolve(shots, "taakvenster-4-rapport-in-beeld.png") });
    await page
      .locator("#section-refresh")
      .screenshot({ path: resolve(shots, "taakvenster-4-rapport-klaar.png") });
  });

  it("lists the data issues by kind and selects the offending cell", async () => {
    await page.locator("#controle-title").waitFor();
    // Few issues: every kind is open at once.
    const first = page.locator("#section-controle details").first();
    expect(await first.getAttribute("open")).not.toBeNull();
    expect(await first.locator("summary").textContent()).toMatch(
      /fout Afgesloten vóór de start \(1\)/
    );
    await first.locator("button", { hasText: "Ga naar cel" }).first().click();
    await page.waitForFunction(() => window.__fakeBook!.selection !== null);
    const { selection } = await workbook(page);
    expect(selection).toEqual(
      expect.objectContaining({ address: expect.stringMatching(/^[A-Z]+\d+$/) })
    );
    const address = (selection as { address: string }).address;
    await page.locator(".selected-cell").waitFor();
    expect(await page.locator(".selected-cell").textContent()).toBe(
      `✓ Cel Export!${address} geselecteerd.`
    );
    await page.screenshot({ path: resolve(shots, "taakvenster-5-controle.png"), fullPage: true });
    await page.locator("#section-controle").evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: resolve(shots, "taakvenster-5b-ga-naar-cel.png") });
  });

  it("refreshes the owned sheets for the next quarter in place", async () => {
    const before = await workbook(page);
    const reportId = before.sheets.find((s) => s.name === `${USER_SHEET} (2)`)!.id;
    await page.locator("#refresh").waitFor();
    await page.click("#refresh-next");
    expect(await page.inputValue("#refresh-period")).toBe("t/m Q4 2024");
    await page.screenshot({ path: resolve(shots, "taakvenster-6-vernieuwen.png"), fullPage: true });
    await page
      .locator("#section-refresh")
      .screenshot({ path: resolve(shots, "taakvenster-6b-volgend-kwartaal.png") });
    // By keyboard: Enter on the button, and the focus lands on the result.
    await page.focus("#refresh");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () =>
        document.querySelector("#refresh-message")?.textContent?.startsWith("Vernieuwd") ?? false,
      undefined,
      { timeout: 30000 }
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("refresh-message");
    const after = await workbook(page);
    const report = after.sheets.find((s) => s.id === reportId)!;
    expect(report.name).toBe("Rapportage t\u2215m Q4 2024");
    expect(report.values[0]).toEqual(["Welzijnsmonitor – rapportage t/m Q4 2024"]);
    expect(after.sheets.find((s) => s.name === USER_SHEET)).toEqual(
      before.sheets.find((s) => s.name === USER_SHEET)
    );
    expect(after.sheets).toHaveLength(before.sheets.length);
    expect(after.settings).toEqual(expect.objectContaining({ period: "t/m Q4 2024" }));
    // Nothing on the pane still names last quarter's sheet.
    expect(await page.locator("#refresh-message").textContent()).toMatch(
      /^Vernieuwd: blad "Rapportage t∕m Q4 2024" toont nu t\/m Q4 2024/
    );
    expect(await page.locator("#generate-message").textContent()).toBe("");
    await page.screenshot({ path: resolve(shots, "taakvenster-7-vernieuwd.png"), fullPage: true });
    await page
      .locator("#section-refresh")
      .screenshot({ path: resolve(shots, "taakvenster-7b-vernieuwd.png") });
    expect(errors).toEqual([]);
  });

  it("fits a 300 px pane: the refresh period and the mapping labels are not cut off", async () => {
    await page.setViewportSize({ width: 300, height: 760 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const input = await page.locator("#refresh-period").boundingBox();
    const card = await page.locator("#section-refresh").boundingBox();
    expect(input!.width).toBeGreaterThan(150);
    expect(input!.x + input!.width).toBeLessThanOrEqual(card!.x + card!.width);
    const next = await page.locator("#refresh-next").boundingBox();
    expect(next!.x + next!.width).toBeLessThanOrEqual(card!.x + card!.width);
    await page.screenshot({ path: resolve(shots, "taakvenster-8-smal-vernieuwen.png") });
    await page.click("#edit-mapping");
    await page.locator("#map-cases-caseId").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("mapping-title");
    const label = await page.locator('label[for="map-cases-caseId"]').boundingBox();
    expect(label!.height).toBeLessThanOrEqual(22);
    await page.screenshot({
      path: resolve(shots, "taakvenster-9-smal-kolommen.png"),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });
});
