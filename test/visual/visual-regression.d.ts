// The package's own types (`index.d.ts`: `export * from './browser/commands.mjs'`) name a file TypeScript does
// not find (it has `commands.d.ts`, not `.d.mts`), so its browser half is declared here.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with its baseline `name` (see web-test-runner.config.js). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
