/**
 * A small DOM builder for the pane (no framework: the pane is a few forms).
 *
 * @module
 */

/** What may be a child: nodes, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes and event handlers: `onClick` etc. become listeners, booleans properties. */
export type Props = Record<string, unknown>;

/**
 * Creates an element.
 *
 * @param tag - the tag name
 * @param props - attributes (`class`, `for`, `aria-*`, `id`…), properties (`checked`,
 *   `disabled`, `value`, `selected`) and listeners (`onClick`, `onChange`, `onInput`)
 * @param children - child nodes and texts
 * @returns the element
 *
 * @example
 * h('button', { type: 'button', class: 'primary', onClick: go }, 'Rapport maken')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      element.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (key === "class") {
      element.className = String(value);
    } else if (key === "for") {
      element.setAttribute("for", String(value));
    } else if (
      key === "checked" ||
      key === "disabled" ||
      key === "selected" ||
      key === "open" ||
      key === "value"
    ) {
      (element as unknown as Record<string, unknown>)[key] = value;
    } else {
      element.setAttribute(key, value === true ? "" : String(value));
    }
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "number" ? String(child) : child);
  }
  return element;
}

/**
 * Replaces an element's children, keeping the keyboard focus on the element with the same
 * id when it is rebuilt (a re-render must not throw a keyboard user back to the top).
 *
 * @param container - the element to fill
 * @param children - the new children
 */
export function render(container: HTMLElement, ...children: Child[]): void {
  const active = document.activeElement;
  const focusId = active instanceof HTMLElement && container.contains(active) ? active.id : "";
  container.replaceChildren(
    ...children
      .filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false)
      .map((c) => (typeof c === "number" ? String(c) : c))
  );
  if (focusId) document.getElementById(focusId)?.focus();
}

/**
 * A select element with options.
 *
 * @param props - attributes and listeners of the select
 * @param options - value, text and whether it is selected
 * @returns the select
 */
export function select(
  props: Props,
  options: readonly { value: string; text: string; selected?: boolean }[]
): HTMLSelectElement {
  const element = h(
    "select",
    props,
    ...options.map((o) => h("option", { value: o.value, selected: o.selected === true }, o.text))
  );
  const chosen = options.find((o) => o.selected);
  if (chosen) element.value = chosen.value;
  return element;
}
