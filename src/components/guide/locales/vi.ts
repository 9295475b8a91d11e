
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'guide-nav-home': `Trang chủ`,
'guide-nav-list': `Đã lưu`,
's00f7e86dc3ff339d': `Địa điểm`,
's03c96cd72c4d716e': str`Đến gian hàng ${0}`,
's059e9b2c34bca266': `Danh sách của bạn chưa có gian hàng nào.`,
's081a8ec8653e63b6': `Về gian hàng này`,
's0f81801159759cfb': str`Bỏ ${0} khỏi danh sách của tôi`,
's183601190f5f8007': `Gian hàng`,
's1ad16c0154f16c1e': `Danh sách của bạn đang trống. Chạm ♡ ở một gian hàng, sản phẩm hoặc nhà sản xuất để lưu vào đây.`,
's22162c4afcedce55': `Không có ở hội chợ này`,
's292910711ec0928f': `Đã thêm 1 mục từ danh sách được chia sẻ.`,
's2942157d4b1c6122': `Chia sẻ danh sách`,
's2df075aface0dab8': `Chia sẻ`,
's366b07483a81d803': `Một lượt đi qua cả danh sách`,
's3a9b8a60b045fc4e': `Đi hết danh sách của tôi`,
's443188f3f4569014': `Đang tìm đường…`,
's515cf659535a9d7d': `Về trang chính của hội chợ`,
's53562464253c40a1': str`Gian hàng ${0}`,
's5d929ff1619ac0c9': `Tìm kiếm`,
's66aaddbba4b8a82f': str`Tìm: ${0}`,
's6c71e462ead82678': str`${0} điểm dừng`,
's73aedca58b457031': str`Không có đường không bậc thang đến gian hàng ${0}.`,
's740187a1971de927': `Đã sao chép liên kết.`,
's7bf3b283b3f22c4b': `Hướng dẫn`,
's834451951f47451c': `Gian hàng`,
's9ffe20789c952e07': `Nhà sản xuất`,
'saa3d5720f232bf2e': str`Liên kết này không dẫn tới nội dung nào của ${0}. Có thể liên kết đã cũ hoặc bị cắt ngắn.`,
'sac1929d64cf81a82': str`Đường đến gian hàng ${0}`,
'sb639bafff252ffc2': str`Không tìm thấy đường đến gian hàng ${0}.`,
'sb8b6ddc37bf2d9b5': `Danh sách của tôi`,
'sba2479108993f923': `Đường đi`,
'sc16e00a7a8b2fde2': `Quay lại`,
'scf6fdcd128cd6c5c': `1 điểm dừng`,
'sd6afbc2c825261f5': str`Đã thêm ${0} mục từ danh sách được chia sẻ.`,
'sde1f02481331134c': `Sản phẩm`,
'sfb7439a11f5de237': `Xuất phát từ`,
    };
  