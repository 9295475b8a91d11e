// Filled by `npm run localize:build` from xliff/vi.xlf.
export const templates = {};
