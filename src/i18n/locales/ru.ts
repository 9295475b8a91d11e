// Filled by `npm run localize:build` from xliff/ru.xlf.
export const templates = {};
