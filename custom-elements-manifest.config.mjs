// `npm run manifest`: custom-elements.json from the JSDoc on each element
// (@tag @summary @slot @csspart @cssprop @fires), for editors, Storybook and docs.
// `scripts/check-manifest.js` fails the tests when a public name is undocumented.
//
// Inheritance: what a base class documents (FairElement's `status`, `skeleton` and
// `error` parts, its `fair-load` / `fair-error` events, `src`, `timeout`, `.feed`)
// the analyzer copies onto every element that extends it, marked `inheritedFrom`.
// Document it once, on the base class, whose file must be in `globs` (as must any
// mixin's), and `scripts/readme-api.js` lists it in each element's README tables.

/**
 * The analyzer also guesses events from `dispatchEvent(new SomeEvent(id))`,
 * taking the first argument for the event's name ("id", "undefined"). Our
 * events are typed classes documented with @fires: keep only those.
 */
function documentedEventsOnly() {
  return {
    name: 'fairkit-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.description && /^[a-z]+(-[a-z]+)+$/.test(e.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/fair-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.gen.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [documentedEventsOnly()],
};
