/**
 * The next steps a new fair folder carries: `HUONG-DAN.md` in Vietnamese and
 * `GUIDE.md` in English, whatever language the command spoke (the people who
 * open the folder later may read either). Commands are written as run inside
 * the folder.
 */
import { PLAN_NAME } from './starter.js';

export const GUIDE_NAMES = { vi: 'HUONG-DAN.md', en: 'GUIDE.md' } as const;

const IMPORT = 'npx fairkit import producers.xlsx products.xlsx booths.xlsx --into fair.json';

export function guideVi(fairName: string): string {
  return `# ${fairName}: các bước tiếp theo

Thư mục này là dữ liệu hội chợ của bạn. Mở cửa sổ dòng lệnh (Terminal / Command Prompt)
tại thư mục này rồi làm lần lượt:

1. **Xem thử ki-ốt ngay bây giờ:** \`npx fairkit serve\`, rồi mở địa chỉ lệnh đó in ra
   (ví dụ http://localhost:8080/) bằng Chrome hoặc Edge. Nhấn Ctrl+C để dừng.
2. **Điền ba bảng tính** bằng Excel (hoặc LibreOffice, Google Trang tính rồi tải về dạng .xlsx):
   - \`producers.xlsx\`: các hợp tác xã, doanh nghiệp, hộ sản xuất;
   - \`products.xlsx\`: sản phẩm, giá, số sao OCOP, nhà sản xuất, gian hàng;
   - \`booths.xlsx\`: số gian hàng và nhà sản xuất ở mỗi gian.

   Giữ nguyên dòng tiêu đề; dòng thứ hai là ví dụ, hãy sửa hoặc xóa đi. Cột có "(en)" là
   bản tiếng Anh, có thể để trống. Ảnh: chép ảnh vào thư mục này (ví dụ thư mục \`img/\`)
   và ghi tên tệp vào cột Ảnh, ví dụ \`img/mien-dong.jpg\`.
3. **Nhập bảng tính vào dữ liệu hội chợ:**

   \`\`\`
   ${IMPORT}
   \`\`\`

   Sửa bảng tính rồi nhập lại bao nhiêu lần cũng được: các mục được cập nhật, không mất gì.
4. **Kiểm tra:** \`npx fairkit check fair.json\` liệt kê những chỗ cần sửa (ảnh thiếu,
   gian hàng chưa có vị trí trên sơ đồ, bản dịch còn thiếu…).
5. **Vẽ sơ đồ:** \`npx fairkit edit fair.json\` mở trình sửa sơ đồ trong trình duyệt. Tải lên
   sơ đồ thật của địa điểm (SVG, PNG hoặc JPG) thay cho \`${PLAN_NAME}\`, đặt tỉ lệ bằng cách kẻ một
   đường lên một bức tường đã biết chiều dài, rồi vẽ gian hàng (từng gian, hoặc cả dãy bằng công cụ
   Dãy gian hàng), lối đi, ki-ốt, lối vào, nhà vệ sinh… Trình sửa chỉ ra ngay gian hàng nào chưa
   có đường đi tới. Nhấn Lưu (Ctrl+S): \`fair.json\` được ghi lại, bản trước giữ ở \`fair.json.bak\`.
6. **Đóng gói cho ki-ốt:**

   \`\`\`
   npx fairkit pack fair.json --out kiosk --zip
   \`\`\`

   Lệnh này tạo thư mục \`kiosk/\` và tệp \`kiosk.zip\`: ki-ốt chạy được cả khi không có mạng.
7. **Chép sang máy ki-ốt:** giải nén \`kiosk.zip\`, chạy \`npx fairkit serve kiosk\` trên máy đó
   (hoặc đặt thư mục lên một máy chủ web bất kỳ), mở địa chỉ trong trình duyệt ở chế độ toàn màn
   hình một lần khi còn mạng; từ đó ki-ốt chạy cả khi mất mạng. Nếu ki-ốt đặt ở chỗ khác,
   thêm \`?here=<mã địa điểm>\` vào cuối địa chỉ.
`;
}

export function guideEn(fairName: string): string {
  return `# ${fairName}: next steps

This folder is your fair's data. Open a terminal (Terminal / Command Prompt) in this folder
and work through these steps:

1. **Look at the kiosk now:** \`npx fairkit serve\`, then open the address it prints
   (e.g. http://localhost:8080/) in Chrome or Edge. Press Ctrl+C to stop.
2. **Fill in the three spreadsheets** in Excel (or LibreOffice, or Google Sheets downloaded as .xlsx):
   - \`producers.xlsx\`: the cooperatives, companies and household producers;
   - \`products.xlsx\`: products, prices, OCOP stars, producer, booth;
   - \`booths.xlsx\`: the booth numbers and who is at each.

   Keep the header row; the second row is an example to change or delete. Columns marked
   "(en)" are the English text and may stay empty. Photos: copy them into this folder (e.g. an
   \`img/\` folder) and write the file name in the Images column, e.g. \`img/vermicelli.jpg\`.
3. **Import the sheets into the fair:**

   \`\`\`
   ${IMPORT}
   \`\`\`

   Edit the sheets and import again as often as you like: items are updated, nothing is lost.
4. **Check:** \`npx fairkit check fair.json\` lists what to fix (missing photos, booths not yet
   placed on the plan, missing translations…).
5. **Draw the plan:** \`npx fairkit edit fair.json\` opens the plan editor in your browser.
   Upload the venue's real plan (SVG, PNG or JPG) in place of \`${PLAN_NAME}\`, set its scale by
   drawing a line over a wall of known length, then draw the booths (one by one, or a whole row
   with the Row tool), the aisles, the kiosk, entrances, restrooms… The editor shows at once any
   booth that cannot be walked to. Press Save (Ctrl+S): \`fair.json\` is written, the previous
   version kept as \`fair.json.bak\`.
6. **Pack it for the kiosk:**

   \`\`\`
   npx fairkit pack fair.json --out kiosk --zip
   \`\`\`

   This makes the folder \`kiosk/\` and the file \`kiosk.zip\`: a kiosk that runs with no network.
7. **Copy it to the kiosk:** unzip \`kiosk.zip\`, run \`npx fairkit serve kiosk\` on that computer
   (or put the folder on any web server), and open the address full-screen in the browser once
   while online; from then on the kiosk runs offline too. For a kiosk standing elsewhere, add
   \`?here=<place id>\` to the end of the address.
`;
}
