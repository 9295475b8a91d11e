// Filled by `npm run localize:build` from xliff/zh-Hant.xlf.
export const templates = {};
