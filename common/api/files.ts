// Stored uploads (文件): what a client sees of a file, the purposes an upload may serve, the size
// limit and the accepted types. Shared by the server (which checks the bytes themselves) and the
// web (which can check a file's name and size before sending it).
import { z } from 'zod';

/** What an upload is for; a room claims (attaches) the file later. */
export const FILE_PURPOSES = ['application.material', 'workflow.attachment', 'evaluation.evidence', 'appeal.media', 'ledger.evidence', 'ledger.workbook'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export const MIB = 1024 * 1024;
/** The default upload limit (FILES_MAX_MB on the server may set another). */
export const MAX_UPLOAD_BYTES = 20 * MIB;

/** How the server recognises a type by its first bytes; zip containers are told apart by their entries. */
export type FileSignature = 'pdf' | 'jpeg' | 'png' | 'zip';

export interface FileType {
  mime: string;
  /** Lower-case, without the dot; the first is the usual one. */
  extensions: readonly string[];
  signature: FileSignature;
  label: { zh: string; en: string };
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** OFD (GB/T 33190, 版式文档): China's e-document format, a zip container with OFD.xml at its root. */
export const OFD_MIME = 'application/ofd';

export const FILE_TYPES: readonly FileType[] = [
  { mime: 'application/pdf', extensions: ['pdf'], signature: 'pdf', label: { zh: 'PDF 文档', en: 'PDF document' } },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], signature: 'jpeg', label: { zh: 'JPEG 图片', en: 'JPEG image' } },
  { mime: 'image/png', extensions: ['png'], signature: 'png', label: { zh: 'PNG 图片', en: 'PNG image' } },
  { mime: OFD_MIME, extensions: ['ofd'], signature: 'zip', label: { zh: 'OFD 版式文档', en: 'OFD document' } },
  { mime: DOCX_MIME, extensions: ['docx'], signature: 'zip', label: { zh: 'Word 文档（.docx）', en: 'Word document (.docx)' } },
  { mime: XLSX_MIME, extensions: ['xlsx'], signature: 'zip', label: { zh: 'Excel 表格（.xlsx）', en: 'Excel workbook (.xlsx)' } },
];

/** ".pdf, .jpg, .jpeg, …" — for messages and the web's file picker (`accept`). */
export const ALLOWED_EXTENSIONS: readonly string[] = FILE_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`));

/** The lower-case extension of a file name without the dot, or '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The accepted type a name's extension claims, if any (the server still checks the bytes). */
export function fileTypeByName(name: string): FileType | undefined {
  const ext = extensionOf(name);
  return FILE_TYPES.find((t) => t.extensions.includes(ext));
}

export const fileView = z.object({
  id: z.string().uuid(),
  name: z.string(),
  /** The type the server recognised from the content, not what the client said. */
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  /** The subject that claimed the file (e.g. an application), or null while unclaimed. */
  attachedTo: z.string().nullable(),
});
export type FileView = z.infer<typeof fileView>;

/** POST /api/v1/files?purpose=…&name=… with the file itself as the body. */
export const uploadQuery = z.object({
  purpose: z.enum(FILE_PURPOSES),
  name: z.string().trim().min(1).max(255),
});

export const fileParams = z.object({ id: z.string().uuid() });

/** GET /api/v1/files/:id/content — `inline=true` shows PDFs and images in the browser instead of downloading. */
export const contentQuery = z.object({ inline: z.enum(['true', 'false']).optional() });
