// Filled by `npm run localize:build` from xliff/th.xlf.
export const templates = {};
