// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s02554c06c07a1aa6: `正在朗讀故事`,
  s061cc20e3432dead: `暫停`,
  s09e291981b26069c: `下一張`,
  s0b4873c33bf3556e: `把這個故事存到手機`,
  s104e2cf950ee5907: str`${0}的照片`,
  s206410eb6afc868c: `此生產者尚未分享他們的故事。`,
  s259f5451e17f8cbc: `上一張`,
  s26d5166b20114c80: str`生產者編號：${0}`,
  s3bc1ed272d643c78: `照片；用方向鍵翻頁`,
  s3d529738d1d0bae8: `此生產者不在本博覽會的名錄中。`,
  s63b4762cd8b9e44c: `正在載入博覽會資料…`,
  s7798873123950b15: str`${0}，照片 ${1}`,
  s81fa26ccde47d6b4: `（在新分頁中開啟）`,
  s82665b2ffabc9c0a: `網站`,
  s87bae2710b2492c3: `聯絡方式`,
  s89118d3a7be870ca: `繼續`,
  s91bd760d31dd0af5: `用手機相機掃描開啟`,
  s922af999e3e63e5d: `攤位位置`,
  s95bc8722b2708f8b: `已暫停`,
  saad4ce3b0e8a013b: str`資料中有 ${0} 個問題：`,
  saf26f52ce105304c: `無法載入博覽會資料。`,
  sb2b44de8a70ae954: str`第 ${0} 張，共 ${1} 張`,
  sb2cb6a1d62a05c27: `資料中有 1 個問題：`,
  scf43ec2b550bc3bd: str`${0}的產品`,
  sd11144db189cd981: `收聽故事`,
  sd1f44f1a8bc20e67: `電子郵件`,
  sd4b1d26ba7abc506: `幻燈片`,
  sd9ad53251f2330a5: `停止`,
  sddaeebd037bba1f3: `輪播`,
  sdf2414dc6a3cc7c8: `尚無博覽會資料。`,
  sf1bc83d2509bafcf: `電話`,
  sf94896e0c59dd21c: `用手機相機掃描。`,
};
