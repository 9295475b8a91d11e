// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s02554c06c07a1aa6: `正在朗读故事`,
  s061cc20e3432dead: `暂停`,
  s09e291981b26069c: `下一张`,
  s0b4873c33bf3556e: `把这个故事存到手机`,
  s104e2cf950ee5907: str`${0}的照片`,
  s206410eb6afc868c: `该生产者还没有分享他们的故事。`,
  s259f5451e17f8cbc: `上一张`,
  s26d5166b20114c80: str`生产者编号：${0}`,
  s3bc1ed272d643c78: `照片；用方向键翻页`,
  s3d529738d1d0bae8: `该生产者不在本展销会的名录中。`,
  s63b4762cd8b9e44c: `正在加载展销会信息…`,
  s7798873123950b15: str`${0}，照片 ${1}`,
  s81fa26ccde47d6b4: `（在新标签页中打开）`,
  s82665b2ffabc9c0a: `网站`,
  s87bae2710b2492c3: `联系方式`,
  s89118d3a7be870ca: `继续`,
  s91bd760d31dd0af5: `用手机相机扫码打开`,
  s922af999e3e63e5d: `展位位置`,
  s95bc8722b2708f8b: `已暂停`,
  saad4ce3b0e8a013b: str`数据中有 ${0} 个问题：`,
  saf26f52ce105304c: `无法加载展销会信息。`,
  sb2b44de8a70ae954: str`第 ${0} 张，共 ${1} 张`,
  sb2cb6a1d62a05c27: `数据中有 1 个问题：`,
  scf43ec2b550bc3bd: str`${0}的产品`,
  sd11144db189cd981: `收听故事`,
  sd1f44f1a8bc20e67: `电子邮件`,
  sd4b1d26ba7abc506: `幻灯片`,
  sd9ad53251f2330a5: `停止`,
  sddaeebd037bba1f3: `轮播`,
  sdf2414dc6a3cc7c8: `暂无展销会信息。`,
  sf1bc83d2509bafcf: `电话`,
  sf94896e0c59dd21c: `用手机相机扫码。`,
};
