// `npm run manifest`: custom-elements.json from the JSDoc on each element
// (@summary @slot @csspart @cssprop @fires), for editors, Storybook and docs.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/fair-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.gen.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
