// Times in the admin as Vietnamese readers and editors write them, in Vietnam's time whatever the
// browser's zone: "20:31:05", "29/11/2026".
const ZONE = 'Asia/Ho_Chi_Minh';

export const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('vi-VN', { timeZone: ZONE, hour12: false });
export const day = (iso: string) => new Date(iso).toLocaleDateString('vi-VN', { timeZone: ZONE });
