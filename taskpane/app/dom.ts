/**
 * Creates an element with attributes and children (no innerHTML anywhere: text stays text).
 * @example h('p', { class: 'hint' }, 'Click a cell') // <p class="hint">Click a cell</p>
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

