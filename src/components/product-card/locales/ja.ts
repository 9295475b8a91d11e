// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s027041ec8062d49e: str`${0} のQRコード`,
  s03aa3cfb08dff960: `タグ`,
  s1e7b73a3b9057adb: `読み取って産地・履歴を確認`,
  s1ec6f0aa0230dac6: `オーガニック`,
  s3741f519c32ac391: `新商品`,
  s39bcc740b40355b8: `人気商品`,
  s53562464253c40a1: str`ブース ${0}`,
  s53b1becfacfb60a7: `ハラール`,
  s5cffe4c22702f9b2: `ヴィーガン`,
  s63b4762cd8b9e44c: `見本市の情報を読み込み中…`,
  s73cfe240d06eb8ff: `地理的表示`,
  s7db4102f62721412: `輸出実績あり`,
  s81fa26ccde47d6b4: `（新しいタブで開きます）`,
  s91bd760d31dd0af5: `スマートフォンのカメラで読み取って開く`,
  s978de4b38d4587ea: `認証`,
  sa3aae5659d74e345: `生産者について`,
  sa793ea8a557ee284: `どこで育ち、作られ、検査されたか。`,
  saad4ce3b0e8a013b: str`データに問題が ${0} 件あります：`,
  saf0f4edd9f79e255: `手作り`,
  saf26f52ce105304c: `見本市の情報を読み込めませんでした。`,
  sb2cb6a1d62a05c27: `データに問題が 1 件あります：`,
  sdf2414dc6a3cc7c8: `見本市のデータはまだありません。`,
  se2201756b9901951: str`OCOP ${0}つ星`,
  se46f5ded47305a87: str`商品コード：${0}`,
  sf2df4e4ffa92ca75: `この商品は見本市の一覧にありません。`,
  sf34b11148c5f0ab1: `地図で探す`,
  sfaa3cf7e2cd3a4cf: `ギフト`,
  sfcd20aea1027253a: `輸出品質`,
};
