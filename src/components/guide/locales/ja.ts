
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'guide-nav-home': `ホーム`,
'guide-nav-list': `マイリスト`,
's00f7e86dc3ff339d': `場所`,
's03c96cd72c4d716e': str`ブース ${0} まで`,
's059e9b2c34bca266': `リストにはまだブースがありません。`,
's081a8ec8653e63b6': `このブースについて`,
's0f81801159759cfb': str`${0}をマイリストから外す`,
's183601190f5f8007': `ブース`,
's1ad16c0154f16c1e': `リストは空です。ブース、商品、生産者の ♡ をタップすると、ここに保存されます。`,
's22162c4afcedce55': `この見本市には見つかりません`,
's292910711ec0928f': `共有リストから1件追加しました。`,
's2942157d4b1c6122': `マイリストを共有`,
's2df075aface0dab8': `共有`,
's366b07483a81d803': `マイリストを一度に回る`,
's3a9b8a60b045fc4e': `マイリストを回る`,
's443188f3f4569014': `道順を探しています…`,
's515cf659535a9d7d': `見本市のホームへ`,
's53562464253c40a1': str`ブース ${0}`,
's5d929ff1619ac0c9': `検索`,
's66aaddbba4b8a82f': str`検索: ${0}`,
's6c71e462ead82678': str`${0}か所`,
's73aedca58b457031': str`ブース ${0} へは段差のない道順がありません。`,
's740187a1971de927': `リンクをコピーしました。`,
's7bf3b283b3f22c4b': `ガイド`,
's834451951f47451c': `ブース`,
's9ffe20789c952e07': `生産者`,
'saa3d5720f232bf2e': str`このリンクは${0}のどの項目にもつながりません。古いか、途中で切れている可能性があります。`,
'sac1929d64cf81a82': str`ブース ${0} への道順`,
'sb639bafff252ffc2': str`ブース ${0} への道順が見つかりません。`,
'sb8b6ddc37bf2d9b5': `マイリスト`,
'sba2479108993f923': `道順`,
'sc16e00a7a8b2fde2': `戻る`,
'scf6fdcd128cd6c5c': `1か所`,
'sd6afbc2c825261f5': str`共有リストから${0}件追加しました。`,
'sde1f02481331134c': `商品`,
'sfb7439a11f5de237': `出発地点`,
    };
  