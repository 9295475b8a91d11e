// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s027041ec8062d49e: str`${0} 的 QR 碼`,
  s03aa3cfb08dff960: `標籤`,
  s1e7b73a3b9057adb: `掃描追溯產品來源`,
  s1ec6f0aa0230dac6: `有機`,
  s3741f519c32ac391: `新品`,
  s39bcc740b40355b8: `暢銷`,
  s53562464253c40a1: str`攤位 ${0}`,
  s53b1becfacfb60a7: `清真`,
  s5cffe4c22702f9b2: `全素`,
  s63b4762cd8b9e44c: `正在載入博覽會資料…`,
  s73cfe240d06eb8ff: `地理標示`,
  s7db4102f62721412: `外銷產品`,
  s81fa26ccde47d6b4: `（在新分頁中開啟）`,
  s91bd760d31dd0af5: `用手機相機掃描開啟`,
  s978de4b38d4587ea: `認證`,
  sa3aae5659d74e345: `關於生產者`,
  sa793ea8a557ee284: `種植、生產與檢驗的地點。`,
  saad4ce3b0e8a013b: str`資料中有 ${0} 個問題：`,
  saf0f4edd9f79e255: `手工製作`,
  saf26f52ce105304c: `無法載入博覽會資料。`,
  sb2cb6a1d62a05c27: `資料中有 1 個問題：`,
  sdf2414dc6a3cc7c8: `尚無博覽會資料。`,
  se2201756b9901951: str`OCOP ${0} 星`,
  se46f5ded47305a87: str`產品編號：${0}`,
  sf2df4e4ffa92ca75: `此產品不在本博覽會的名錄中。`,
  sf34b11148c5f0ab1: `在地圖上尋找`,
  sfaa3cf7e2cd3a4cf: `禮品`,
  sfcd20aea1027253a: `出口級品質`,
};
