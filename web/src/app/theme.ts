import type { ThemeConfig } from 'antd';

/** Fonts that are on the machines our users have; no web fonts are downloaded (offline sites). */
export const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"WenQuanYi Zen Hei"',
  '"Noto Sans CJK SC"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

export const brandColor = '#1f5fbf';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: brandColor,
    colorInfo: brandColor,
    colorLink: brandColor,
    borderRadius: 6,
    fontFamily,
    colorBgLayout: '#f3f6fa',
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: 0, // the inner row carries the padding, aligned with the content column
      footerBg: 'transparent',
    },
  },
};
