
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'guide-nav-home': `首頁`,
'guide-nav-list': `我的清單`,
's00f7e86dc3ff339d': `地點`,
's03c96cd72c4d716e': str`前往攤位 ${0}`,
's059e9b2c34bca266': `你的清單裡還沒有攤位。`,
's081a8ec8653e63b6': `關於這個攤位`,
's0f81801159759cfb': str`從我的清單中移除${0}`,
's183601190f5f8007': `攤位`,
's1ad16c0154f16c1e': `你的清單還是空的。在攤位、產品或生產者上點 ♡，就會保存在這裡。`,
's22162c4afcedce55': `本展會沒有找到`,
's292910711ec0928f': `已從分享的清單新增 1 項。`,
's2942157d4b1c6122': `分享我的清單`,
's2df075aface0dab8': `分享`,
's366b07483a81d803': `一次走完我的清單`,
's3a9b8a60b045fc4e': `按我的清單參觀`,
's443188f3f4569014': `正在查找路線…`,
's515cf659535a9d7d': `前往展會首頁`,
's53562464253c40a1': str`攤位 ${0}`,
's5d929ff1619ac0c9': `搜尋`,
's66aaddbba4b8a82f': str`搜尋：${0}`,
's6c71e462ead82678': str`${0} 站`,
's73aedca58b457031': str`沒有無台階的路線可到攤位 ${0}。`,
's740187a1971de927': `連結已複製。`,
's7bf3b283b3f22c4b': `導覽`,
's834451951f47451c': `攤位`,
's9ffe20789c952e07': `生產者`,
'saa3d5720f232bf2e': str`此連結在${0}中找不到對應內容，可能已過期或不完整。`,
'sac1929d64cf81a82': str`前往攤位 ${0} 的路線`,
'sb639bafff252ffc2': str`找不到前往攤位 ${0} 的路線。`,
'sb8b6ddc37bf2d9b5': `我的清單`,
'sba2479108993f923': `路線`,
'sc16e00a7a8b2fde2': `返回`,
'scf6fdcd128cd6c5c': `1 站`,
'sd6afbc2c825261f5': str`已從分享的清單新增 ${0} 項。`,
'sde1f02481331134c': `產品`,
'sfb7439a11f5de237': `出發地點`,
    };
  