// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s63b4762cd8b9e44c: `正在加载展销会信息…`,
  saad4ce3b0e8a013b: str`数据中有 ${0} 个问题：`,
  saf26f52ce105304c: `无法加载展销会信息。`,
  sb2cb6a1d62a05c27: `数据中有 1 个问题：`,
  sdf2414dc6a3cc7c8: `暂无展销会信息。`,
};
