// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s2cc7cd11d9b856cd: `カテゴリ`,
  s5643568b7c038f43: `検索結果`,
  s56cfbd4a489f0432: str`「${0}」は見つかりませんでした。`,
  s5bbdb6e292610437: `1 件の結果。矢印キーで選び、Enter キーで開きます。`,
  s5d7548be29b19777: `検索をクリア`,
  s63b4762cd8b9e44c: `見本市の情報を読み込み中…`,
  s71ffa0f2117def1c: `生産者`,
  s834451951f47451c: `ブース`,
  s90a3244455a8bdd1: `ブース・生産者・商品を検索…`,
  s9ad335e88c8da2a7: str`${0} に一致する結果はありません。近い候補 ${1} 件：矢印キーで選び、Enter キーで開きます。`,
  s9fc41f789c63b40d: `商品`,
  sa093ab836ce031d0: `見本市内を検索`,
  saad4ce3b0e8a013b: str`データに問題が ${0} 件あります：`,
  sac7532314198fd0e: str`${0} に一致する結果はありません。近い候補 1 件：矢印キーで選び、Enter キーで開きます。`,
  sae17cd54bb807067: `つづりを確認するか、言葉を減らすか、B-107 のようなブース番号で検索してください。`,
  saf26f52ce105304c: `見本市の情報を読み込めませんでした。`,
  sb2cb6a1d62a05c27: `データに問題が 1 件あります：`,
  sc6417cdfa8c46a72: str`${0} ブース`,
  sdf2414dc6a3cc7c8: `見本市のデータはまだありません。`,
  se6201dba8b159349: str`${0} に一致する結果はありません。`,
  sea1625c1b5a055ca: `カテゴリから探す：`,
  sebdd01877bf62e12: `最近の検索`,
  sec5aa2f74d3ae5a1: `近い候補`,
  sed099af9b8dd3799: str`${0} 件の結果。矢印キーで選び、Enter キーで開きます。`,
  sf727dedbf54bf694: `1 ブース`,
};
