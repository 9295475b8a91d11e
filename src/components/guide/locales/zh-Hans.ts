
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'guide-nav-home': `首页`,
'guide-nav-list': `我的清单`,
's00f7e86dc3ff339d': `地点`,
's03c96cd72c4d716e': str`前往展位 ${0}`,
's059e9b2c34bca266': `你的清单里还没有展位。`,
's081a8ec8653e63b6': `关于这个展位`,
's0f81801159759cfb': str`从我的清单中移除${0}`,
's183601190f5f8007': `展位`,
's1ad16c0154f16c1e': `你的清单还是空的。在展位、产品或生产者上点 ♡，就会保存在这里。`,
's22162c4afcedce55': `本展会没有找到`,
's292910711ec0928f': `已从分享的清单添加 1 项。`,
's2942157d4b1c6122': `分享我的清单`,
's2df075aface0dab8': `分享`,
's366b07483a81d803': `一次走完我的清单`,
's3a9b8a60b045fc4e': `按我的清单参观`,
's443188f3f4569014': `正在查找路线…`,
's515cf659535a9d7d': `前往展会首页`,
's53562464253c40a1': str`展位 ${0}`,
's5d929ff1619ac0c9': `搜索`,
's66aaddbba4b8a82f': str`搜索：${0}`,
's6c71e462ead82678': str`${0} 站`,
's73aedca58b457031': str`没有无台阶的路线可到展位 ${0}。`,
's740187a1971de927': `链接已复制。`,
's7bf3b283b3f22c4b': `导览`,
's834451951f47451c': `展位`,
's9ffe20789c952e07': `生产者`,
'saa3d5720f232bf2e': str`此链接在${0}中找不到对应内容，可能已过期或不完整。`,
'sac1929d64cf81a82': str`前往展位 ${0} 的路线`,
'sb639bafff252ffc2': str`找不到前往展位 ${0} 的路线。`,
'sb8b6ddc37bf2d9b5': `我的清单`,
'sba2479108993f923': `路线`,
'sc16e00a7a8b2fde2': `返回`,
'scf6fdcd128cd6c5c': `1 站`,
'sd6afbc2c825261f5': str`已从分享的清单添加 ${0} 项。`,
'sde1f02481331134c': `产品`,
'sfb7439a11f5de237': `出发地点`,
    };
  