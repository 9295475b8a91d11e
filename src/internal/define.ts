/**
 * Registers a custom element once: a second registration (two copies of the
 * kit, or a page that already has the tag) is a no-op instead of a throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
