// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s02554c06c07a1aa6: `이야기를 읽어 주는 중`,
  s061cc20e3432dead: `일시정지`,
  s09e291981b26069c: `다음 사진`,
  s0b4873c33bf3556e: `이 이야기를 휴대폰으로 가져가기`,
  s104e2cf950ee5907: str`${0} 사진`,
  s206410eb6afc868c: `이 생산자는 아직 이야기를 공유하지 않았습니다.`,
  s259f5451e17f8cbc: `이전 사진`,
  s26d5166b20114c80: str`생산자 코드: ${0}`,
  s3bc1ed272d643c78: `사진, 화살표 키로 넘기기`,
  s3d529738d1d0bae8: `이 생산자는 박람회 목록에 없습니다.`,
  s63b4762cd8b9e44c: `박람회 정보를 불러오는 중…`,
  s7798873123950b15: str`${0}, 사진 ${1}`,
  s81fa26ccde47d6b4: `(새 탭에서 열림)`,
  s82665b2ffabc9c0a: `웹사이트`,
  s87bae2710b2492c3: `연락처`,
  s89118d3a7be870ca: `계속`,
  s91bd760d31dd0af5: `휴대폰 카메라로 스캔하여 열기`,
  s922af999e3e63e5d: `만나는 곳`,
  s95bc8722b2708f8b: `일시정지됨`,
  saad4ce3b0e8a013b: str`데이터에 문제가 ${0}개 있습니다:`,
  saf26f52ce105304c: `박람회 정보를 불러올 수 없습니다.`,
  sb2b44de8a70ae954: str`${1}개 중 ${0}번째`,
  sb2cb6a1d62a05c27: `데이터에 문제가 1개 있습니다:`,
  scf43ec2b550bc3bd: str`${0}의 상품`,
  sd11144db189cd981: `이야기 듣기`,
  sd1f44f1a8bc20e67: `이메일`,
  sd4b1d26ba7abc506: `슬라이드`,
  sd9ad53251f2330a5: `정지`,
  sddaeebd037bba1f3: `캐러셀`,
  sdf2414dc6a3cc7c8: `아직 박람회 정보가 없습니다.`,
  sf1bc83d2509bafcf: `전화`,
  sf94896e0c59dd21c: `휴대폰 카메라로 스캔하세요.`,
};
