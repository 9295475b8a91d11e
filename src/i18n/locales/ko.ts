// Filled by `npm run localize:build` from xliff/ko.xlf.
export const templates = {};
