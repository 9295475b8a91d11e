// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s63b4762cd8b9e44c: `박람회 정보를 불러오는 중…`,
  saad4ce3b0e8a013b: str`데이터에 문제가 ${0}개 있습니다:`,
  saf26f52ce105304c: `박람회 정보를 불러올 수 없습니다.`,
  sb2cb6a1d62a05c27: `데이터에 문제가 1개 있습니다:`,
  sdf2414dc6a3cc7c8: `아직 박람회 정보가 없습니다.`,
};
