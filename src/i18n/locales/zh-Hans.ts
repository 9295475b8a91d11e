// Filled by `npm run localize:build` from xliff/zh-Hans.xlf.
export const templates = {};
