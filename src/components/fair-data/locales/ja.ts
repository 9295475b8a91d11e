// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s63b4762cd8b9e44c: `見本市の情報を読み込み中…`,
  saad4ce3b0e8a013b: str`データに問題が ${0} 件あります：`,
  saf26f52ce105304c: `見本市の情報を読み込めませんでした。`,
  sb2cb6a1d62a05c27: `データに問題が 1 件あります：`,
  sdf2414dc6a3cc7c8: `見本市のデータはまだありません。`,
};
