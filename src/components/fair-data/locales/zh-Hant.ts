// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s63b4762cd8b9e44c: `正在載入博覽會資料…`,
  saad4ce3b0e8a013b: str`資料中有 ${0} 個問題：`,
  saf26f52ce105304c: `無法載入博覽會資料。`,
  sb2cb6a1d62a05c27: `資料中有 1 個問題：`,
  sdf2414dc6a3cc7c8: `尚無博覽會資料。`,
};
