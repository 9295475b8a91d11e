// Filled by `npm run localize:build` from xliff/ja.xlf.
export const templates = {};
