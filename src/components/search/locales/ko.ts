// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s2cc7cd11d9b856cd: `분류`,
  s5643568b7c038f43: `검색 결과`,
  s56cfbd4a489f0432: str`“${0}”에 대한 검색 결과가 없습니다.`,
  s5bbdb6e292610437: `결과 1개. 화살표 키로 고르고 Enter 키로 여세요.`,
  s5d7548be29b19777: `검색어 지우기`,
  s63b4762cd8b9e44c: `박람회 정보를 불러오는 중…`,
  s71ffa0f2117def1c: `생산자`,
  s834451951f47451c: `부스`,
  s90a3244455a8bdd1: `부스, 생산자, 상품 검색…`,
  s9ad335e88c8da2a7: str`${0}에 대한 결과가 없습니다. 가장 비슷한 결과 ${1}개: 화살표 키로 고르고 Enter 키로 여세요.`,
  s9fc41f789c63b40d: `상품`,
  sa093ab836ce031d0: `박람회 검색`,
  saad4ce3b0e8a013b: str`데이터에 문제가 ${0}개 있습니다:`,
  sac7532314198fd0e: str`${0}에 대한 결과가 없습니다. 가장 비슷한 결과 1개: 화살표 키로 고르고 Enter 키로 여세요.`,
  sae17cd54bb807067: `맞춤법을 확인하거나 검색어를 줄이거나 B-107 같은 부스 번호로 찾아보세요.`,
  saf26f52ce105304c: `박람회 정보를 불러올 수 없습니다.`,
  sb2cb6a1d62a05c27: `데이터에 문제가 1개 있습니다:`,
  sc6417cdfa8c46a72: str`부스 ${0}개`,
  sdf2414dc6a3cc7c8: `아직 박람회 정보가 없습니다.`,
  se6201dba8b159349: str`${0}에 대한 결과가 없습니다.`,
  sea1625c1b5a055ca: `분류별로 둘러보기:`,
  sebdd01877bf62e12: `최근 검색`,
  sec5aa2f74d3ae5a1: `가장 비슷한 결과`,
  sed099af9b8dd3799: str`결과 ${0}개. 화살표 키로 고르고 Enter 키로 여세요.`,
  sf727dedbf54bf694: `부스 1개`,
};
