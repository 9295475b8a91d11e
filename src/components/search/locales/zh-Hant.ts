// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s2cc7cd11d9b856cd: `類別`,
  s5643568b7c038f43: `搜尋結果`,
  s56cfbd4a489f0432: str`找不到「${0}」。`,
  s5bbdb6e292610437: `1 個結果。用方向鍵選擇，按 Enter 開啟。`,
  s5d7548be29b19777: `清除搜尋`,
  s63b4762cd8b9e44c: `正在載入博覽會資料…`,
  s71ffa0f2117def1c: `生產者`,
  s834451951f47451c: `攤位`,
  s90a3244455a8bdd1: `搜尋攤位、生產者、產品…`,
  s9ad335e88c8da2a7: str`沒有與 ${0} 相關的結果。${1} 個最接近的結果：用方向鍵選擇，按 Enter 開啟。`,
  s9fc41f789c63b40d: `產品`,
  sa093ab836ce031d0: `搜尋博覽會`,
  saad4ce3b0e8a013b: str`資料中有 ${0} 個問題：`,
  sac7532314198fd0e: str`沒有與 ${0} 相關的結果。1 個最接近的結果：用方向鍵選擇，按 Enter 開啟。`,
  sae17cd54bb807067: `請檢查拼字、減少關鍵字，或試試攤位編號，例如 B-107。`,
  saf26f52ce105304c: `無法載入博覽會資料。`,
  sb2cb6a1d62a05c27: `資料中有 1 個問題：`,
  sc6417cdfa8c46a72: str`${0} 個攤位`,
  sdf2414dc6a3cc7c8: `尚無博覽會資料。`,
  se6201dba8b159349: str`沒有與 ${0} 相關的結果。`,
  sea1625c1b5a055ca: `依類別瀏覽：`,
  sebdd01877bf62e12: `最近搜尋`,
  sec5aa2f74d3ae5a1: `最接近的結果`,
  sed099af9b8dd3799: str`${0} 個結果。用方向鍵選擇，按 Enter 開啟。`,
  sf727dedbf54bf694: `1 個攤位`,
};
