// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s027041ec8062d49e: str`${0} QR 코드`,
  s03aa3cfb08dff960: `태그`,
  s1e7b73a3b9057adb: `스캔하여 상품 이력 확인`,
  s1ec6f0aa0230dac6: `유기농`,
  s3741f519c32ac391: `신상품`,
  s39bcc740b40355b8: `베스트셀러`,
  s53562464253c40a1: str`부스 ${0}`,
  s53b1becfacfb60a7: `할랄`,
  s5cffe4c22702f9b2: `비건`,
  s63b4762cd8b9e44c: `박람회 정보를 불러오는 중…`,
  s73cfe240d06eb8ff: `지리적 표시`,
  s7db4102f62721412: `수출 상품`,
  s81fa26ccde47d6b4: `(새 탭에서 열림)`,
  s91bd760d31dd0af5: `휴대폰 카메라로 스캔하여 열기`,
  s978de4b38d4587ea: `인증`,
  sa3aae5659d74e345: `생산자 소개`,
  sa793ea8a557ee284: `재배·생산·검사 이력을 확인하세요.`,
  saad4ce3b0e8a013b: str`데이터에 문제가 ${0}개 있습니다:`,
  saf0f4edd9f79e255: `수제`,
  saf26f52ce105304c: `박람회 정보를 불러올 수 없습니다.`,
  sb2cb6a1d62a05c27: `데이터에 문제가 1개 있습니다:`,
  sdf2414dc6a3cc7c8: `아직 박람회 정보가 없습니다.`,
  se2201756b9901951: str`OCOP ${0}성급`,
  se46f5ded47305a87: str`상품 코드: ${0}`,
  sf2df4e4ffa92ca75: `이 상품은 박람회 목록에 없습니다.`,
  sf34b11148c5f0ab1: `지도에서 찾기`,
  sfaa3cf7e2cd3a4cf: `선물용`,
  sfcd20aea1027253a: `수출 품질`,
};
