/**
 * Small view parts shared by the sections: a step card, a message box, a progress bar,
 * a collapsible group.
 *
 * @module
 */
import { h, type Child } from "./dom";
import type { PaneActions } from "./paneActions";
import type { PaneMessage, PaneState } from "./paneState";

/**
 * A step of the pane: a card with a numbered heading.
 *
 * @param id - the section id ("data" → heading id "data-title")
 * @param step - the step number ('' for none)
 * @param title - the heading
 * @param children - the content
 * @returns the section
 */
export function card(id: string, step: string, title: string, ...children: Child[]): HTMLElement {
  return h(
    "section",
    { id: `section-${id}`, class: "card", "aria-labelledby": `${id}-title` },
    h(
      "h2",
      { id: `${id}-title`, tabindex: "-1" },
      step ? h("span", { class: "step", "aria-hidden": "true" }, step) : null,
      step ? h("span", { class: "visually-hidden" }, `Stap ${step}: `) : null,
      title
    ),
    ...children
  );
}

/**
 * A message box: errors are alerts (read out at once), the rest polite status.
 *
 * @param id - the element id
 * @param message - the message, or undefined for an empty live region
 * @param extra - nodes after the text (a button)
 * @returns the box
 */
export function messageBox(
  id: string,
  message: PaneMessage | undefined,
  ...extra: Child[]
): HTMLElement {
  if (!message) return h("div", { id, class: "message-slot", "aria-live": "polite" });
  const role = message.kind === "error" ? "alert" : "status";
  return h(
    "div",
    { id, class: `message message-${message.kind}`, role, tabindex: "-1" },
    h("p", {}, message.text),
    ...extra
  );
}

/**
 * The progress bar of a busy step.
 *
 * @param state - the pane state
 * @param step - the step that owns the bar
 * @returns the bar, or null when the step is not busy
 */
export function progressBar(state: PaneState, step: PaneState["busy"]): HTMLElement | null {
  if (state.busy !== step || !state.progress) return null;
  const { text, value, max } = state.progress;
  return h(
    "div",
    { class: "progress", role: "status" },
    // max 0: no known amount (the ribbon's refresh): an indeterminate bar.
    h("progress", {
      id: `progress-${step}`,
      ...(max > 0 ? { value: String(value), max: String(max) } : {}),
      "aria-label": text,
    }),
    h("p", { class: "progress-text" }, text)
  );
}

/**
 * A collapsible group that keeps its open state across re-renders.
 *
 * @param actions - the pane actions (open state)
 * @param id - the element id
 * @param summary - the summary line
 * @param children - the content
 * @returns the details element
 */
export function group(
  actions: PaneActions,
  id: string,
  summary: Child,
  children: Child[],
  openByDefault = false
): HTMLDetailsElement {
  const details = h(
    "details",
    { id, open: actions.isOpen(id, openByDefault) },
    h("summary", {}, summary),
    ...children
  );
  details.addEventListener("toggle", () => actions.toggleDetails(id, details.open));
  return details;
}

/**
 * A done step folded to its summary, with a "Wijzigen" button that opens it again.
 *
 * @param id - the section id ("data")
 * @param step - the step number
 * @param title - the heading
 * @param summary - one or two short lines saying what was chosen
 * @param onEdit - opens the step
 * @returns the folded section
 */
export function foldedCard(
  id: string,
  step: string,
  title: string,
  summary: readonly string[],
  onEdit: () => void
): HTMLElement {
  const section = card(
    id,
    step,
    title,
    h(
      "div",
      { class: "folded" },
      h(
        "div",
        { class: "folded-summary", id: `${id}-summary` },
        ...summary.map((line) => h("p", {}, line))
      ),
      h(
        "button",
        {
          type: "button",
          class: "secondary small",
          id: `edit-${id}`,
          "aria-describedby": `${id}-summary`,
          onClick: onEdit,
        },
        "Wijzigen"
      )
    )
  );
  section.classList.add("card-folded");
  return section;
}
