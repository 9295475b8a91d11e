// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s027041ec8062d49e: str`${0} 的二维码`,
  s03aa3cfb08dff960: `标签`,
  s1e7b73a3b9057adb: `扫码追溯产品来源`,
  s1ec6f0aa0230dac6: `有机`,
  s3741f519c32ac391: `新品`,
  s39bcc740b40355b8: `畅销`,
  s53562464253c40a1: str`展位 ${0}`,
  s53b1becfacfb60a7: `清真`,
  s5cffe4c22702f9b2: `纯素`,
  s63b4762cd8b9e44c: `正在加载展销会信息…`,
  s73cfe240d06eb8ff: `地理标志`,
  s7db4102f62721412: `出口产品`,
  s81fa26ccde47d6b4: `（在新标签页中打开）`,
  s91bd760d31dd0af5: `用手机相机扫码打开`,
  s978de4b38d4587ea: `认证`,
  sa3aae5659d74e345: `关于生产者`,
  sa793ea8a557ee284: `种植、生产和检验的地点。`,
  saad4ce3b0e8a013b: str`数据中有 ${0} 个问题：`,
  saf0f4edd9f79e255: `手工制作`,
  saf26f52ce105304c: `无法加载展销会信息。`,
  sb2cb6a1d62a05c27: `数据中有 1 个问题：`,
  sdf2414dc6a3cc7c8: `暂无展销会信息。`,
  se2201756b9901951: str`OCOP ${0} 星`,
  se46f5ded47305a87: str`产品编号：${0}`,
  sf2df4e4ffa92ca75: `该产品不在本展销会的名录中。`,
  sf34b11148c5f0ab1: `在地图上查找`,
  sfaa3cf7e2cd3a4cf: `礼品`,
  sfcd20aea1027253a: `出口级品质`,
};
