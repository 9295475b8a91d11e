/**
 * An element class, with the `fair-*` elements its templates render when it
 * has any: `static dependencies = { 'fair-search': FairSearch }` (Shoelace's
 * pattern). Importing the class defines nothing; defining it defines those too.
 */
export type DefinableElement = CustomElementConstructor & {
  readonly dependencies?: Readonly<Record<string, DefinableElement>>;
};

/**
 * Registers a custom element once, after the elements it renders: a second
 * registration (two copies of the kit, or a page that already has the tag) is
 * a no-op instead of a throw, for the element and for each of its
 * dependencies alike (a tag another copy defined keeps that copy's class).
 */
export function defineElement(tag: string, ctor: DefinableElement): void {
  if (typeof customElements === 'undefined') return;
  const dependencies = ctor.dependencies ?? {};
  for (const dependency in dependencies) defineElement(dependency, dependencies[dependency]);
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
