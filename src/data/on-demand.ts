/**
 * A module of the kit fetched on first use, a chunk of its own (the route
 * engine, the QR encoder, the Markdown reader, the kiosk's keyboard and
 * panels, the windowed lists), so a page that never needs it never carries
 * it. No DOM: the data layer uses it too.
 */
export interface OnDemand<M> {
  /**
   * Loads the module once (later calls share the first). Resolves to
   * undefined when its chunk cannot be fetched (offline, before it was
   * cached); the next call tries again.
   */
  load(): Promise<M | undefined>;
  /** The module once it has loaded, else undefined. */
  readonly module: M | undefined;
}

/** A module loaded by `importer` (an `import()`) on first use; see {@link OnDemand}. */
export function onDemand<M>(importer: () => Promise<M>): OnDemand<M> {
  let loading: Promise<M | undefined> | undefined;
  const chunk: { module: M | undefined; load(): Promise<M | undefined> } = {
    module: undefined,
    load: () =>
      (loading ??= importer().then(
        (m) => (chunk.module = m),
        () => {
          loading = undefined;
          return undefined;
        },
      )),
  };
  return chunk;
}
