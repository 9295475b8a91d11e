// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s2cc7cd11d9b856cd: `类别`,
  s5643568b7c038f43: `搜索结果`,
  s56cfbd4a489f0432: str`未找到“${0}”。`,
  s5bbdb6e292610437: `1 个结果。用方向键选择，按 Enter 打开。`,
  s5d7548be29b19777: `清除搜索`,
  s63b4762cd8b9e44c: `正在加载展销会信息…`,
  s71ffa0f2117def1c: `生产者`,
  s834451951f47451c: `展位`,
  s90a3244455a8bdd1: `搜索展位、生产者、产品…`,
  s9ad335e88c8da2a7: str`没有与 ${0} 相关的结果。${1} 个最接近的结果：用方向键选择，按 Enter 打开。`,
  s9fc41f789c63b40d: `产品`,
  sa093ab836ce031d0: `搜索展销会`,
  saad4ce3b0e8a013b: str`数据中有 ${0} 个问题：`,
  sac7532314198fd0e: str`没有与 ${0} 相关的结果。1 个最接近的结果：用方向键选择，按 Enter 打开。`,
  sae17cd54bb807067: `请检查拼写、减少关键词，或试试展位编号，例如 B-107。`,
  saf26f52ce105304c: `无法加载展销会信息。`,
  sb2cb6a1d62a05c27: `数据中有 1 个问题：`,
  sc6417cdfa8c46a72: str`${0} 个展位`,
  sdf2414dc6a3cc7c8: `暂无展销会信息。`,
  se6201dba8b159349: str`没有与 ${0} 相关的结果。`,
  sea1625c1b5a055ca: `按类别浏览：`,
  sebdd01877bf62e12: `最近搜索`,
  sec5aa2f74d3ae5a1: `最接近的结果`,
  sed099af9b8dd3799: str`${0} 个结果。用方向键选择，按 Enter 打开。`,
  sf727dedbf54bf694: `1 个展位`,
};
