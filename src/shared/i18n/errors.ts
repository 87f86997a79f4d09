/**
 * Messages of the API's error codes, in both languages. The server answers in the user's
 * language; the web shows the message it receives.
 */
export const errorMessages = {
  id: {
    UNAUTHENTICATED: 'Silakan masuk terlebih dahulu.',
    SESSION_EXPIRED: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    FORBIDDEN: 'Anda tidak berwenang melakukan tindakan ini.',
    TOTP_REQUIRED: 'Peran Anda mewajibkan verifikasi dua langkah. Aktifkan autentikator terlebih dahulu.',
    NOT_FOUND: 'Data tidak ditemukan.',
    VALIDATION: 'Data yang dikirim tidak valid. Periksa isian yang ditandai.',
    MALFORMED_JSON: 'Isi permintaan bukan JSON yang valid.',
    UNSUPPORTED_MEDIA_TYPE: 'Jenis isi permintaan tidak didukung.',
    PAYLOAD_TOO_LARGE: 'Ukuran data melebihi batas {{limit}}.',
    CONFLICT: 'Data bertabrakan dengan data lain: {{detail}}',
    DUPLICATE: '{{field}} sudah dipakai.',
    THROTTLED: 'Terlalu banyak percobaan. Coba lagi dalam {{minutes}} menit.',
    CSRF: 'Permintaan ditolak karena asalnya tidak dikenal.',
    FILE_TYPE_MISMATCH: 'Isi berkas tidak sesuai dengan ekstensinya ({{extension}}).',
    FILE_TYPE_NOT_ALLOWED: 'Jenis berkas {{type}} tidak diizinkan.',
    IMPORT_INVALID: 'Berkas impor memuat {{count}} kesalahan. Tidak ada data yang disimpan.',
    IMPORT_UNREADABLE: 'Berkas tidak dapat dibaca: {{detail}}',
    IMPORT_COLUMNS: 'Kolom tidak sesuai templat: {{detail}}',
    INVALID_STATE: 'Tindakan tidak dapat dilakukan pada status ini.',
    WEAK_PASSWORD: 'Kata sandi terlalu lemah: minimal 12 karakter dan tidak termasuk kata sandi umum.',
    INVALID_CREDENTIALS: 'Email atau kata sandi salah.',
    UNIT_CYCLE: 'Unit tidak dapat menjadi induk dari dirinya sendiri atau turunannya.',
    INTERNAL: 'Terjadi kesalahan pada sistem. Silakan coba lagi atau hubungi admin.',
    PDF_UNAVAILABLE: 'PDF memerlukan LibreOffice Writer (soffice) di server; unduh versi Word (DOCX) atau minta admin memasangnya.',
    SURVEY_CLOSED: 'Survei ini sudah ditutup; jawaban tidak lagi diterima.',
    SURVEY_NOT_OPEN: 'Survei ini belum dibuka. Silakan kembali mulai {{date}}.',
    INVITATION_USED: 'Tautan undangan ini sudah dipakai untuk menjawab. Setiap undangan hanya untuk satu jawaban.',
    SURVEY_DUPLICATE: 'Jawaban yang sama sudah kami terima dari perangkat ini. Terima kasih.',
    SURVEY_QUOTA_FULL: 'Kuota responden untuk {{detail}} sudah terpenuhi.',
    SURVEY_RATE_LIMITED: 'Terlalu banyak jawaban dikirim dari alamat ini. Coba lagi dalam {{minutes}} menit.',
    QUESTIONNAIRE_ANSWERED: 'Kuesioner versi {{version}} sudah dijawab sehingga tidak dapat diubah. Buat versi baru.',
  },
  en: {
    UNAUTHENTICATED: 'Please sign in first.',
    SESSION_EXPIRED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    TOTP_REQUIRED: 'Your role requires two-step verification. Set up an authenticator first.',
    NOT_FOUND: 'Not found.',
    VALIDATION: 'The data sent is not valid. Check the marked fields.',
    MALFORMED_JSON: 'The request body is not valid JSON.',
    UNSUPPORTED_MEDIA_TYPE: 'This content type is not supported.',
    PAYLOAD_TOO_LARGE: 'The data is larger than the {{limit}} limit.',
    CONFLICT: 'This conflicts with other data: {{detail}}',
    DUPLICATE: '{{field}} is already in use.',
    THROTTLED: 'Too many attempts. Try again in {{minutes}} minutes.',
    CSRF: 'The request was refused because its origin is unknown.',
    FILE_TYPE_MISMATCH: 'The file content does not match its extension ({{extension}}).',
    FILE_TYPE_NOT_ALLOWED: 'Files of type {{type}} are not allowed.',
    IMPORT_INVALID: 'The import file has {{count}} errors. Nothing was saved.',
    IMPORT_UNREADABLE: 'The file cannot be read: {{detail}}',
    IMPORT_COLUMNS: 'The columns do not match the template: {{detail}}',
    INVALID_STATE: 'This action is not possible in the current state.',
    WEAK_PASSWORD: 'The password is too weak: at least 12 characters and not a common password.',
    INVALID_CREDENTIALS: 'Wrong e-mail or password.',
    UNIT_CYCLE: 'A unit cannot be the parent of itself or of its descendants.',
    INTERNAL: 'Something went wrong. Please try again or contact the admin.',
    PDF_UNAVAILABLE:
      'PDF needs LibreOffice Writer (soffice) on the server; download the Word (DOCX) version or ask the admin to install it.',
    SURVEY_CLOSED: 'This survey is closed; answers are no longer accepted.',
    SURVEY_NOT_OPEN: 'This survey is not open yet. Please come back from {{date}}.',
    INVITATION_USED: 'This invitation link has already been used. Each invitation takes one response.',
    SURVEY_DUPLICATE: 'We have already received the same answers from this device. Thank you.',
    SURVEY_QUOTA_FULL: 'The quota of respondents for {{detail}} is already full.',
    SURVEY_RATE_LIMITED: 'Too many responses were sent from this address. Try again in {{minutes}} minutes.',
    QUESTIONNAIRE_ANSWERED: 'Version {{version}} of the questionnaire already has answers and cannot change. Create a new version.',
  },
} as const;

export type ErrorCode = keyof (typeof errorMessages)['id'];
export type Lang = keyof typeof errorMessages;
export const LANGS: readonly Lang[] = ['id', 'en'];

/** Fills {{name}} placeholders. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function errorMessage(lang: Lang, code: ErrorCode, params?: Record<string, string | number>): string {
  return interpolate(errorMessages[lang][code], params);
}
