// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s02554c06c07a1aa6: `ストーリーを読み上げ中`,
  s061cc20e3432dead: `一時停止`,
  s09e291981b26069c: `次の写真`,
  s0b4873c33bf3556e: `このストーリーをスマホで持ち帰る`,
  s104e2cf950ee5907: str`${0}の写真`,
  s206410eb6afc868c: `この生産者のストーリーはまだありません。`,
  s259f5451e17f8cbc: `前の写真`,
  s26d5166b20114c80: str`生産者コード：${0}`,
  s3bc1ed272d643c78: `写真（矢印キーで切り替え）`,
  s3d529738d1d0bae8: `この生産者は見本市の一覧にありません。`,
  s63b4762cd8b9e44c: `見本市の情報を読み込み中…`,
  s7798873123950b15: str`${0}、写真 ${1}`,
  s81fa26ccde47d6b4: `（新しいタブで開きます）`,
  s82665b2ffabc9c0a: `ウェブサイト`,
  s87bae2710b2492c3: `連絡先`,
  s89118d3a7be870ca: `再開`,
  s91bd760d31dd0af5: `スマートフォンのカメラで読み取って開く`,
  s922af999e3e63e5d: `出展場所`,
  s95bc8722b2708f8b: `一時停止中`,
  saad4ce3b0e8a013b: str`データに問題が ${0} 件あります：`,
  saf26f52ce105304c: `見本市の情報を読み込めませんでした。`,
  sb2b44de8a70ae954: str`${1}枚中${0}枚目`,
  sb2cb6a1d62a05c27: `データに問題が 1 件あります：`,
  scf43ec2b550bc3bd: str`${0}の商品`,
  sd11144db189cd981: `ストーリーを聞く`,
  sd1f44f1a8bc20e67: `メール`,
  sd4b1d26ba7abc506: `スライド`,
  sd9ad53251f2330a5: `停止`,
  sddaeebd037bba1f3: `カルーセル`,
  sdf2414dc6a3cc7c8: `見本市のデータはまだありません。`,
  sf1bc83d2509bafcf: `電話`,
  sf94896e0c59dd21c: `スマートフォンのカメラで読み取ってください。`,
};
