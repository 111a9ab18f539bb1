// A ticket's category name in the reader's language (the server sends both; English falls back to Chinese).
export const categoryNameOf = (a: { categoryName: string; categoryNameEn?: string | null }, language: string | undefined): string =>
  language === 'en' && a.categoryNameEn ? a.categoryNameEn : a.categoryName;

/** Who filed it, as the viewer may see them: the (masked) name, or that the requester hid it from the units. */
export const requesterNameOf = (a: { requesterName: string | null; requesterNameHidden?: boolean }, hiddenLabel: string): string | null =>
  a.requesterName ?? (a.requesterNameHidden ? hiddenLabel : null);
