
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'guide-nav-home': `홈`,
'guide-nav-list': `내 목록`,
's00f7e86dc3ff339d': `장소`,
's03c96cd72c4d716e': str`${0} 부스까지`,
's059e9b2c34bca266': `목록에 아직 부스가 없습니다.`,
's081a8ec8653e63b6': `이 부스 정보`,
's0f81801159759cfb': str`내 목록에서 ${0} 삭제`,
's183601190f5f8007': `부스`,
's1ad16c0154f16c1e': `목록이 비어 있습니다. 부스, 상품 또는 생산자에서 ♡를 누르면 여기에 저장됩니다.`,
's22162c4afcedce55': `이 박람회에 없습니다`,
's292910711ec0928f': `공유된 목록에서 1개 항목을 추가했습니다.`,
's2942157d4b1c6122': `내 목록 공유`,
's2df075aface0dab8': `공유`,
's366b07483a81d803': `한 번에 내 목록 둘러보기`,
's3a9b8a60b045fc4e': `내 목록 둘러보기`,
's443188f3f4569014': `길을 찾는 중…`,
's515cf659535a9d7d': `박람회 홈으로 가기`,
's53562464253c40a1': str`부스 ${0}`,
's5d929ff1619ac0c9': `검색`,
's66aaddbba4b8a82f': str`검색: ${0}`,
's6c71e462ead82678': str`${0}곳`,
's73aedca58b457031': str`${0} 부스까지 계단 없는 길이 없습니다.`,
's740187a1971de927': `링크를 복사했습니다.`,
's7bf3b283b3f22c4b': `안내`,
's834451951f47451c': `부스`,
's9ffe20789c952e07': `생산자`,
'saa3d5720f232bf2e': str`이 링크는 ${0}의 어떤 항목으로도 연결되지 않습니다. 오래되었거나 잘린 링크일 수 있습니다.`,
'sac1929d64cf81a82': str`${0} 부스로 가는 길`,
'sb639bafff252ffc2': str`${0} 부스로 가는 길을 찾지 못했습니다.`,
'sb8b6ddc37bf2d9b5': `내 목록`,
'sba2479108993f923': `길 안내`,
'sc16e00a7a8b2fde2': `뒤로`,
'scf6fdcd128cd6c5c': `1곳`,
'sd6afbc2c825261f5': str`공유된 목록에서 ${0}개 항목을 추가했습니다.`,
'sde1f02481331134c': `상품`,
'sfb7439a11f5de237': `출발 위치`,
    };
  