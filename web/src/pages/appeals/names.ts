// A ticket's category name in the reader's language (the server sends both; English falls back to Chinese).
export const categoryNameOf = (a: { categoryName: string; categoryNameEn?: string | null }, language: string | undefined): string =>
  language === 'en' && a.categoryNameEn ? a.categoryNameEn : a.categoryName;
