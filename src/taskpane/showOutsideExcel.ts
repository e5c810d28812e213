/**
 * Replaces the pane's content with the Dutch explanation shown when the page is
 * opened outside Excel (a browser, a preview): nothing to read or write there.
 *
 * @param root - the element that holds the app
 */
export function showOutsideExcel(root: HTMLElement): void {
  root.replaceChildren();
  const title = document.createElement("h2");
  title.textContent = "Open Welzijnsmonitor in Excel";
  const text = document.createElement("p");
  text.id = "outside-excel";
  text.textContent =
    "Deze pagina is het taakvenster van de Excel-invoegtoepassing Welzijnsmonitor. " +
    "Open Excel (desktop of Excel op het web), laad de invoegtoepassing en kies op het tabblad Start de knop Welzijnsmonitor.";
  const hint = document.createElement("p");
  hint.className = "hint";
  hint.textContent =
    "Zonder Excel kan de rapportage ook met de opdrachtregel, in de map van Welzijnsmonitor " +
    "(na npm install): npx welzijnsmonitor rapport --hulp. Zie de handleiding.";
  root.append(title, text, hint);
}
